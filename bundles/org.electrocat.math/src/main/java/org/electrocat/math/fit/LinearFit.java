package org.electrocat.math.fit;

import org.electrocat.math.Checks;

/**
 * Straight-line least squares y = a + b·x (or y = b·x through the origin), unweighted or weighted,
 * with closed-form uncertainties (N. R. Draper, H. Smith, Applied Regression Analysis, 3rd ed.,
 * Wiley 1998, ch. 1 and 9). Sums are taken about the weighted means (two-pass), which keeps full
 * accuracy when x is far from zero, e.g. Tafel or Koutecký–Levich abscissae; the NIST StRD linear
 * data sets (Norris, NoInt1/2) are reproduced to 13+ digits.
 *
 * <p>With weights w_i (1/σ_i², or any relative weights) the residual variance is
 * s² = Σ w_i r_i² / ν and the covariance s²·(XᵀWX)⁻¹ (scipy curve_fit's {@code absolute_sigma=False});
 * pass {@code absoluteSigma = true} when the w_i are exactly 1/σ_i² of known σ_i to use (XᵀWX)⁻¹.
 * ν = n − 2 (n − 1 through the origin), n counting points of non-zero weight. R² is the usual
 * 1 − SSR/SST about the weighted mean; through the origin it is the uncentred 1 − SSR/Σw·y², the
 * definition NIST and R use for no-intercept models.
 */
public final class LinearFit {

    private LinearFit() {
    }

    /** Ordinary least squares y = a + b·x. */
    public static LinearFitResult fit(double[] x, double[] y) {
        return fit(x, y, null, false, false);
    }

    /** Weighted least squares y = a + b·x, covariance scaled by the residual variance. */
    public static LinearFitResult fitWeighted(double[] x, double[] y, double[] weights) {
        Checks.notNull(weights, "weights");
        return fit(x, y, weights, false, false);
    }

    /** Least squares through the origin, y = b·x. */
    public static LinearFitResult fitThroughOrigin(double[] x, double[] y) {
        return fit(x, y, null, true, false);
    }

    /**
     * Ordinary least squares y = a + b·x over the samples {@code [from, to)} only, without copying
     * (e.g. a sliding local slope, or a background over the first part of a sweep).
     *
     * @throws IllegalArgumentException when the range is outside the arrays or holds NaN
     */
    public static LinearFitResult fit(double[] x, double[] y, int from, int to) {
        Checks.notNull(x, "x");
        Checks.sameLength(x, "x", y, "y");
        if (from < 0 || to > x.length || from > to) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") is outside the " + x.length
                    + " points");
        }
        return fit(x, y, null, from, to, false, false);
    }

    /**
     * The general form.
     *
     * @param x abscissae (finite)
     * @param y ordinates (finite), same length
     * @param weights w_i ≥ 0 (finite), same length, or null for all 1
     * @param throughOrigin fit y = b·x (intercept fixed at 0)
     * @param absoluteSigma weights are 1/σ_i² of known σ_i: do not rescale the covariance by s²
     * @throws IllegalArgumentException on NaN, unequal lengths, negative weights, too few points or
     *         x values that cannot determine a slope
     */
    public static LinearFitResult fit(double[] x, double[] y, double[] weights, boolean throughOrigin,
            boolean absoluteSigma) {
        Checks.notNull(x, "x");
        Checks.sameLength(x, "x", y, "y");
        if (weights != null) {
            Checks.sameLength(x, "x", weights, "weights");
        }
        return fit(x, y, weights, 0, x.length, throughOrigin, absoluteSigma);
    }

    private static LinearFitResult fit(double[] x, double[] y, double[] weights, int from, int to,
            boolean throughOrigin, boolean absoluteSigma) {
        for (int i = from; i < to; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException((Double.isFinite(x[i]) ? "y[" : "x[") + i + "] is "
                        + (Double.isFinite(x[i]) ? y[i] : x[i]) + "; finite values required");
            }
            if (weights != null && !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("weights[" + i + "] is " + weights[i] + "; finite values required");
            }
        }
        int n = 0;
        double sw = 0;
        for (int i = from; i < to; i++) {
            double w = weight(weights, i);
            if (w < 0) {
                throw new IllegalArgumentException("weights[" + i + "] = " + w + " is negative");
            }
            if (w > 0) {
                n++;
                sw += w;
            }
        }
        int params = throughOrigin ? 1 : 2;
        if (n < params) {
            throw new IllegalArgumentException("only " + n + " points of non-zero weight; at least " + params
                    + " are needed for " + (throughOrigin ? "a line through the origin" : "a line"));
        }
        double mx = 0;
        double my = 0;
        if (!throughOrigin) {
            for (int i = from; i < to; i++) {
                double w = weight(weights, i);
                mx += w * x[i];
                my += w * y[i];
            }
            mx /= sw;
            my /= sw;
        }
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = from; i < to; i++) {
            double w = weight(weights, i);
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxx += w * dx * dx;
            sxy += w * dx * dy;
            syy += w * dy * dy;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException(throughOrigin ? "x is zero at every weighted point; slope undefined"
                    : "x has the same value at every weighted point; slope undefined");
        }
        double slope = sxy / sxx;
        double intercept = throughOrigin ? 0 : my - slope * mx;
        double ssr = 0;
        for (int i = from; i < to; i++) {
            double r = y[i] - intercept - slope * x[i];
            ssr += weight(weights, i) * r * r;
        }
        int dof = n - params;
        double variance = absoluteSigma ? 1.0 : (dof > 0 ? ssr / dof : Double.NaN);
        double slopeVar = variance / sxx;
        double interceptVar = throughOrigin ? 0 : variance * (1 / sw + mx * mx / sxx);
        double cov = throughOrigin ? 0 : -mx * variance / sxx;
        double rSquared = syy > 0 ? 1 - ssr / syy : Double.NaN;
        double residualSd = dof > 0 ? Math.sqrt(ssr / dof) : Double.NaN;
        return new LinearFitResult(slope, intercept, Math.sqrt(slopeVar), Math.sqrt(interceptVar), cov, rSquared,
                residualSd, ssr, n, dof, throughOrigin, mx, my, sxx, sw);
    }

    private static double weight(double[] weights, int i) {
        return weights == null ? 1.0 : weights[i];
    }
}
