package org.electrocat.vibspec.process.peaks;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.math.fit.FitResult;
import org.electrocat.math.fit.NonlinearLeastSquares;

/**
 * Least-squares fit of overlapping bands: y(x) = Σ_k A_k·f(x; c_k, w_k, η_k) + background, with f a
 * unit-area {@link PeakShape}, so the fitted parameters are directly each band's area A, position c
 * and FWHM w (and Lorentzian fraction η), and their standard errors come straight from the fit's
 * covariance (scaled by the reduced χ², as scipy's curve_fit does by default). The background is
 * none, a constant or a straight line in (x − x̄). Solved by the shared Levenberg–Marquardt solver
 * with an analytic Jacobian and box bounds: A ≥ 0 for a band pointing up, A ≤ 0 for one pointing down
 * (either sign when negative bands are allowed, for difference spectra), c within ±maxShift of its start and inside the window, w between half a point spacing and
 * the window width, 0 ≤ η ≤ 1. Heights are derived, A·f(c), with their uncertainty propagated from the
 * covariance of A, w (and η).
 */
public final class PeakFit {

    /** Background under the bands. */
    public enum Background {
        NONE, CONSTANT, LINEAR
    }

    /**
     * A starting point for one band.
     *
     * @param position start position (x units)
     * @param fwhm     start FWHM (x units, &gt; 0)
     * @param sign     +1 for a band pointing up (area ≥ 0), −1 for one pointing down (area ≤ 0, e.g. a
     *                 consumed species in a relative in situ spectrum), 0 for either
     */
    public record Guess(double position, double fwhm, int sign) {

        /** A band pointing up. */
        public Guess(double position, double fwhm) {
            this(position, fwhm, 1);
        }
    }

    /**
     * A fitted band with standard errors (NaN when the fit could not determine them).
     *
     * @param atBound true when a parameter ended on a bound (its uncertainty is then only indicative)
     */
    public record FittedPeak(PeakShape shape, double position, double positionSE, double fwhm, double fwhmSE,
            double area, double areaSE, double height, double heightSE, double eta, double etaSE, boolean atBound) {
    }

    /**
     * The fit.
     *
     * @param peaks      fitted bands in the order of the guesses
     * @param x          the abscissae of the fitted window
     * @param y          the data in the window
     * @param model      the fitted model at x
     * @param background the fitted background at x
     * @param components each band's contribution at x, [band][point]
     */
    public record Outcome(List<FittedPeak> peaks, double[] x, double[] y, double[] model, double[] background,
            double[][] components, double chiSquare, double reducedChiSquare, double rSquared, int degreesOfFreedom,
            boolean converged, String message) {
    }

    private PeakFit() {
    }

    /**
     * Fits bands in the window [xmin, xmax].
     *
     * @param maxShift      largest move of a position from its guess (x units, &gt; 0)
     * @param allowNegative let every band take either sign (difference spectra), whatever its guess's sign
     * @throws IllegalArgumentException when the window holds too few points for the parameters
     */
    public static Outcome fit(double[] x, double[] y, double xmin, double xmax, List<Guess> guesses, PeakShape shape,
            Background background, double maxShift, boolean allowNegative) {
        if (guesses.isEmpty()) {
            throw new IllegalArgumentException("no bands to fit in [" + xmin + ", " + xmax + "]");
        }
        double lo = Math.min(xmin, xmax);
        double hi = Math.max(xmin, xmax);
        int m = 0;
        for (int i = 0; i < x.length; i++) {
            m += x[i] >= lo && x[i] <= hi && Double.isFinite(y[i]) ? 1 : 0;
        }
        double[] wx = new double[m];
        double[] wy = new double[m];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (x[i] >= lo && x[i] <= hi && Double.isFinite(y[i])) {
                wx[k] = x[i];
                wy[k++] = y[i];
            }
        }
        int per = shape.parameters();
        int nb = background == Background.NONE ? 0 : background == Background.CONSTANT ? 1 : 2;
        int p = per * guesses.size() + nb;
        if (m <= p) {
            throw new IllegalArgumentException("the window [" + lo + ", " + hi + "] holds " + m + " points, too few for "
                    + p + " parameters (" + guesses.size() + " " + shape + " bands)");
        }
        double spacing = (hi - lo) / Math.max(1, m - 1);
        double xm = 0;
        for (double v : wx) {
            xm += v;
        }
        xm /= m;
        Model model = new Model(wx, wy, shape, guesses.size(), nb, xm);
        double[] start = new double[p];
        double[] lower = new double[p];
        double[] upper = new double[p];
        String[] names = new String[p];
        double[] bg = startBackground(wx, wy, xm, nb);
        for (int k = 0; k < guesses.size(); k++) {
            Guess g = guesses.get(k);
            if (!(g.fwhm() > 0) || !Double.isFinite(g.position())) {
                throw new IllegalArgumentException("band " + (k + 1) + ": start position " + g.position() + " and FWHM "
                        + g.fwhm() + " must be finite, FWHM > 0");
            }
            double c = Math.max(lo, Math.min(hi, g.position()));
            double w = Math.max(spacing, g.fwhm());
            double h = interpolate(wx, wy, c) - (nb == 0 ? 0 : bg[0] + (nb == 2 ? bg[1] * (c - xm) : 0));
            int sign = allowNegative ? 0 : Integer.signum(g.sign());
            double tiny = 1e-6 * range(wy) + Double.MIN_NORMAL;
            if (sign > 0) {
                h = Math.max(h, tiny);
            } else if (sign < 0) {
                h = Math.min(h, -tiny);
            }
            double eta = 0.5;
            int o = k * per;
            start[o] = h / shape.unitHeight(w, eta);
            lower[o] = sign > 0 ? 0 : Double.NEGATIVE_INFINITY;
            upper[o] = sign < 0 ? 0 : Double.POSITIVE_INFINITY;
            start[o + 1] = c;
            lower[o + 1] = Math.max(lo, c - maxShift);
            upper[o + 1] = Math.min(hi, c + maxShift);
            start[o + 2] = Math.min(w, hi - lo);
            lower[o + 2] = Math.min(spacing / 2, start[o + 2]);
            upper[o + 2] = hi - lo;
            names[o] = "area" + (k + 1);
            names[o + 1] = "position" + (k + 1);
            names[o + 2] = "fwhm" + (k + 1);
            if (per == 4) {
                start[o + 3] = eta;
                lower[o + 3] = 0;
                upper[o + 3] = 1;
                names[o + 3] = "eta" + (k + 1);
            }
        }
        for (int b = 0; b < nb; b++) {
            int o = per * guesses.size() + b;
            start[o] = bg[b];
            lower[o] = Double.NEGATIVE_INFINITY;
            upper[o] = Double.POSITIVE_INFINITY;
            names[o] = b == 0 ? "background" : "background slope";
        }
        FitResult r = NonlinearLeastSquares.builder(m, model::residuals).jacobian(model::jacobian)
                .bounds(lower, upper).parameterNames(names).maxIterations(500).build().fit(start);
        return outcome(r, model, wx, wy, guesses.size());
    }

    private static Outcome outcome(FitResult r, Model model, double[] wx, double[] wy, int bands) {
        double[] par = r.parameters();
        double[] se = r.standardErrors();
        double[][] cov = r.covariance();
        boolean[] atBound = r.atBound();
        PeakShape shape = model.shape;
        int per = shape.parameters();
        List<FittedPeak> peaks = new ArrayList<>();
        for (int k = 0; k < bands; k++) {
            int o = k * per;
            double a = par[o];
            double w = par[o + 2];
            double eta = per == 4 ? par[o + 3] : shape == PeakShape.LORENTZIAN ? 1 : 0;
            double unit = shape.unitHeight(w, eta);
            // h = A·H(w, η) with H ∝ 1/w: ∂h/∂A = H, ∂h/∂w = −h/w, ∂h/∂η = A·(2/π − 2√(ln2/π))/w
            int[] idx = per == 4 ? new int[] {o, o + 2, o + 3} : new int[] {o, o + 2};
            double[] grad = per == 4
                    ? new double[] {unit, -a * unit / w, a * (2 / Math.PI - 2 * Math.sqrt(Math.log(2) / Math.PI)) / w}
                    : new double[] {unit, -a * unit / w};
            double var = 0;
            for (int i = 0; i < idx.length; i++) {
                for (int j = 0; j < idx.length; j++) {
                    var += grad[i] * grad[j] * cov[idx[i]][idx[j]];
                }
            }
            boolean bound = atBound[o] || atBound[o + 1] || atBound[o + 2] || (per == 4 && atBound[o + 3]);
            peaks.add(new FittedPeak(shape, par[o + 1], se[o + 1], w, se[o + 2], a, se[o], a * unit,
                    Math.sqrt(Math.max(0, var)), eta, per == 4 ? se[o + 3] : 0, bound));
        }
        double[] fitted = model.evaluate(par);
        double[] bg = model.background(par);
        double[][] comps = new double[bands][];
        for (int k = 0; k < bands; k++) {
            comps[k] = model.component(par, k);
        }
        double mean = 0;
        for (double v : wy) {
            mean += v;
        }
        mean /= wy.length;
        double ssTot = 0;
        double ssRes = 0;
        for (int i = 0; i < wy.length; i++) {
            ssTot += (wy[i] - mean) * (wy[i] - mean);
            ssRes += (wy[i] - fitted[i]) * (wy[i] - fitted[i]);
        }
        return new Outcome(peaks, wx, wy, fitted, bg, comps, r.chiSquare(), r.reducedChiSquare(),
                ssTot > 0 ? 1 - ssRes / ssTot : Double.NaN, r.degreesOfFreedom(), r.converged(), r.message());
    }

    private static double[] startBackground(double[] x, double[] y, double xm, int nb) {
        int m = x.length;
        int e = Math.max(1, Math.min(5, m / 10));
        double y0 = 0;
        double y1 = 0;
        double x0 = 0;
        double x1 = 0;
        for (int i = 0; i < e; i++) {
            y0 += y[i] / e;
            x0 += x[i] / e;
            y1 += y[m - 1 - i] / e;
            x1 += x[m - 1 - i] / e;
        }
        double slope = x1 != x0 ? (y1 - y0) / (x1 - x0) : 0;
        if (nb == 1) {
            return new double[] {Math.min(y0, y1)};
        }
        return new double[] {y0 + slope * (xm - x0), slope};
    }

    private static double interpolate(double[] x, double[] y, double at) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (Math.abs(x[i] - at) < Math.abs(x[best] - at)) {
                best = i;
            }
        }
        return y[best];
    }

    private static double range(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        return hi - lo;
    }
}
