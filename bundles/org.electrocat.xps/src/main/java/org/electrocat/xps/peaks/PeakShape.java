package org.electrocat.xps.peaks;

import java.util.Locale;

/**
 * XPS line shapes, each as a profile of height 1 at its nominal position x0 with full width at half
 * maximum w (for the asymmetric shapes, the width of the symmetric core), a Gaussian–Lorentzian
 * mixing m in [0, 1] (0 = Gaussian) and an asymmetry a (dimensionless, 0 = symmetric):
 * <ul>
 * <li>{@link #GL_PRODUCT}: exp(−4 ln2 (1 − m) u²)/(1 + 4 m u²), u = (x − x0)/w — CasaXPS's GL(m);</li>
 * <li>{@link #GL_SUM}: (1 − m) exp(−4 ln2 u²) + m/(1 + 4u²) — CasaXPS's SGL(m), a pseudo-Voigt;</li>
 * <li>{@link #ASYMMETRIC_GL}: the GL sum with a width that varies across the line,
 * w(x) = 2w/(1 + exp(a·u)), the sigmoidal asymmetric pseudo-Voigt of A. L. Stancik, E. B. Brauns,
 * Vib. Spectrosc. 47 (2008) 66 (a &gt; 0 gives a tail to higher x, i.e. higher binding energy);</li>
 * <li>{@link #DONIACH_SUNJIC}: cos(πα/2 + (1 − α) arctan(2u))/(1 + 4u²)^((1−α)/2) divided by cos(πα/2)
 * (S. Doniach, M. Šunjić, J. Phys. C 3 (1970) 285), α = a in [0, 1): the metallic line with its
 * tail to higher binding energy; its area over an infinite range diverges for α &gt; 0, so areas
 * are taken over the fitted window.</li>
 * </ul>
 */
public enum PeakShape {
    GL_PRODUCT, GL_SUM, ASYMMETRIC_GL, DONIACH_SUNJIC;

    private static final double LN2X4 = 4 * Math.log(2);

    /** Parses {@code gl-product}, {@code gl-sum}, {@code asymmetric-gl}, {@code doniach-sunjic}. */
    public static PeakShape parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "gl-product", "gl", "glp" -> GL_PRODUCT;
            case "gl-sum", "sgl", "pseudo-voigt" -> GL_SUM;
            case "asymmetric-gl", "agl" -> ASYMMETRIC_GL;
            case "doniach-sunjic", "ds" -> DONIACH_SUNJIC;
            default -> throw new IllegalArgumentException("unknown peak shape '" + s
                    + "' (gl-product, gl-sum, asymmetric-gl, doniach-sunjic)");
        };
    }

    /** The id used in parameters. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Profile value at x (BE axis: a positive asymmetry tails towards larger x).
     *
     * @param x0   position
     * @param fwhm full width at half maximum (> 0)
     * @param mix  Lorentzian fraction m in [0, 1]
     * @param asym asymmetry (see class comment)
     */
    public double value(double x, double x0, double fwhm, double mix, double asym) {
        double u = (x - x0) / fwhm;
        switch (this) {
            case GL_PRODUCT:
                return Math.exp(-LN2X4 * (1 - mix) * u * u) / (1 + 4 * mix * u * u);
            case GL_SUM:
                return glSum(u, mix);
            case ASYMMETRIC_GL: {
                double local = 2 / (1 + Math.exp(-asym * u));
                return glSum(u / local, mix);
            }
            case DONIACH_SUNJIC:
            default: {
                double alpha = Math.max(0, Math.min(asym, 0.95));
                double g = 1 + 4 * u * u;
                return Math.cos(Math.PI * alpha / 2 + (1 - alpha) * Math.atan(2 * u)) / Math.pow(g, (1 - alpha) / 2)
                        / Math.cos(Math.PI * alpha / 2);
            }
        }
    }

    private static double glSum(double u, double mix) {
        return (1 - mix) * Math.exp(-LN2X4 * u * u) + mix / (1 + 4 * u * u);
    }

    /**
     * Area of the unit-height profile over the whole line (over [lo, hi] for Doniach–Šunjić with
     * α &gt; 0), by the midpoint rule (4000 nodes) after the substitution x − x0 = (w/2)·tan θ, which turns the
     * Lorentzian tails into a bounded integrand on (−π/2, π/2). Where {@link #areaScalesWithWidth} holds this
     * is {@code fwhm · unitArea(mix, asym)}.
     */
    public double area(double x0, double fwhm, double mix, double asym, double lo, double hi) {
        if (areaScalesWithWidth(asym)) {
            return fwhm * unitArea(mix, asym);
        }
        return midpoint(x0, fwhm, mix, asym, Math.atan(2 * (lo - x0) / fwhm), Math.atan(2 * (hi - x0) / fwhm));
    }

    /**
     * True when the area over the whole axis is the width times a constant of the mixing and asymmetry
     * alone (the profile depends on x only through u = (x − x0)/w): every shape except Doniach–Šunjić
     * with α &gt; 0, whose area diverges and is taken over the fitted window instead.
     */
    public boolean areaScalesWithWidth(double asym) {
        return this != DONIACH_SUNJIC || asym <= 0;
    }

    /** Area of the profile of unit height and unit FWHM over the whole axis (see {@link #area}). */
    public double unitArea(double mix, double asym) {
        return midpoint(0, 1, mix, asym, -Math.PI / 2, Math.PI / 2);
    }

    private double midpoint(double x0, double fwhm, double mix, double asym, double tLo, double tHi) {
        int n = 4000;
        double h = (tHi - tLo) / n;
        double s = 0;
        for (int i = 0; i < n; i++) {
            // midpoint rule: never evaluates the (limit-only) end points θ = ±π/2
            double t = tLo + (i + 0.5) * h;
            double c = Math.cos(t);
            s += value(x0 + 0.5 * fwhm * Math.tan(t), x0, fwhm, mix, asym) * 0.5 * fwhm / (c * c);
        }
        return s * h;
    }
}
