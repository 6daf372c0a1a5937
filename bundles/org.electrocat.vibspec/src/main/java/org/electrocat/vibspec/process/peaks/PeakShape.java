package org.electrocat.vibspec.process.peaks;

import java.util.Locale;

/**
 * Band shapes, each normalised to unit area and written in terms of position c and full width at
 * half maximum w, so a fitted amplitude is the band area directly:
 *
 * <ul>
 *   <li>Gaussian: G = (2√(ln2/π)/w)·exp(−4 ln2 (x − c)²/w²);</li>
 *   <li>Lorentzian: L = (w/2π)/((x − c)² + w²/4);</li>
 *   <li>pseudo-Voigt: η·L + (1 − η)·G with a common FWHM, 0 ≤ η ≤ 1 the Lorentzian fraction
 *       (G. K. Wertheim et al., Rev. Sci. Instrum. 45 (1974) 1369; T. Ida, M. Ando, H. Toraya,
 *       J. Appl. Cryst. 33 (2000) 1311 for its use as a Voigt approximation).</li>
 * </ul>
 *
 * {@link #eval} returns the value and the partial derivatives used by the fit's analytic Jacobian.
 */
public enum PeakShape {
    GAUSSIAN, LORENTZIAN, PSEUDO_VOIGT;

    private static final double LN2 = Math.log(2);
    private static final double G0 = 2 * Math.sqrt(LN2 / Math.PI);

    /** Parses {@code gaussian}, {@code lorentzian}, {@code pseudo-voigt} (also {@code voigt}, {@code pv}). */
    public static PeakShape parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("_", "-");
        switch (t) {
            case "gaussian": case "gauss": return GAUSSIAN;
            case "lorentzian": case "lorentz": return LORENTZIAN;
            case "pseudo-voigt": case "pseudovoigt": case "voigt": case "pv": return PSEUDO_VOIGT;
            default: throw new IllegalArgumentException("unknown peak shape '" + text
                    + "'; use gaussian, lorentzian or pseudo-voigt");
        }
    }

    /** Shape parameters per band: 3 (area, position, FWHM), or 4 with η for pseudo-Voigt. */
    public int parameters() {
        return this == PSEUDO_VOIGT ? 4 : 3;
    }

    /** Peak height of a unit-area band of FWHM w (and Lorentzian fraction η). */
    public double unitHeight(double w, double eta) {
        double g = G0 / w;
        double l = 2 / (Math.PI * w);
        return this == GAUSSIAN ? g : this == LORENTZIAN ? l : eta * l + (1 - eta) * g;
    }

    /**
     * The unit-area shape at x and its derivatives.
     *
     * @param out receives {f, ∂f/∂c, ∂f/∂w, ∂f/∂η} (∂f/∂η = 0 except for pseudo-Voigt)
     */
    public void eval(double x, double c, double w, double eta, double[] out) {
        double u = x - c;
        double gv = 0;
        double gc = 0;
        double gw = 0;
        double lv = 0;
        double lc = 0;
        double lw = 0;
        if (this != LORENTZIAN) {
            double e = Math.exp(-4 * LN2 * u * u / (w * w));
            gv = G0 / w * e;
            gc = gv * 8 * LN2 * u / (w * w);
            gw = gv * (-1 / w + 8 * LN2 * u * u / (w * w * w));
        }
        if (this != GAUSSIAN) {
            double d = u * u + w * w / 4;
            lv = w / (2 * Math.PI) / d;
            lc = w * u / (Math.PI * d * d);
            lw = 1 / (2 * Math.PI * d) - w * w / (4 * Math.PI * d * d);
        }
        if (this == GAUSSIAN) {
            out[0] = gv;
            out[1] = gc;
            out[2] = gw;
            out[3] = 0;
        } else if (this == LORENTZIAN) {
            out[0] = lv;
            out[1] = lc;
            out[2] = lw;
            out[3] = 0;
        } else {
            out[0] = eta * lv + (1 - eta) * gv;
            out[1] = eta * lc + (1 - eta) * gc;
            out[2] = eta * lw + (1 - eta) * gw;
            out[3] = lv - gv;
        }
    }

    @Override
    public String toString() {
        return this == PSEUDO_VOIGT ? "pseudo-voigt" : name().toLowerCase(Locale.ROOT);
    }
}
