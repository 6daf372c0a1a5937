package org.electrocat.echem.numeric;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Ordinary least-squares straight line {@code y = intercept + slope · x} with the standard
 * errors of both coefficients, R², the residual standard deviation {@code s(y/x)} and what
 * inverse prediction needs (Sxx, means).
 *
 * <p>Method: centred two-pass sums (numerically stable), {@code slope = Sxy/Sxx},
 * {@code s² = Σ r² / (n − 2)}, {@code SE(slope) = s/√Sxx}, {@code SE(intercept) = s·√(1/n + x̄²/Sxx)};
 * J. N. Miller &amp; J. C. Miller, Statistics and Chemometrics for Analytical Chemistry, 6th ed.
 * (2010), §5.2-5.6. With exactly two points the standard errors are {@code NaN} (no degrees of
 * freedom), never zero.
 *
 * @param slope        fitted slope
 * @param intercept    fitted intercept
 * @param slopeSE      standard error of the slope
 * @param interceptSE  standard error of the intercept
 * @param rSquared     coefficient of determination
 * @param residualSD   s(y/x), the residual standard deviation
 * @param n            number of points
 * @param meanX        mean of x
 * @param meanY        mean of y
 * @param sxx          Σ (x − x̄)²
 */
public record LinearFit(double slope, double intercept, double slopeSE, double interceptSE, double rSquared,
        double residualSD, int n, double meanX, double meanY, double sxx) {

    /** Fits all points. */
    public static LinearFit of(double[] x, double[] y) {
        return of(x, y, 0, x.length);
    }

    /**
     * Fits points {@code [from, to)}.
     *
     * @throws IllegalArgumentException with fewer than 2 points, non-finite values or all x equal
     */
    public static LinearFit of(double[] x, double[] y, int from, int to) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        int n = to - from;
        if (n < 2) {
            throw new IllegalArgumentException("a straight-line fit needs at least 2 points, got " + n);
        }
        double sx = 0;
        double sy = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + (i + 1) + " is not finite (x=" + x[i] + ", y=" + y[i] + ")");
            }
            sx += x[i];
            sy += y[i];
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = from; i < to; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("all x values are equal (" + mx + "): the slope is undefined");
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double ssr = 0;
        for (int i = from; i < to; i++) {
            double r = y[i] - (intercept + slope * x[i]);
            ssr += r * r;
        }
        double s = n > 2 ? Math.sqrt(ssr / (n - 2)) : Double.NaN;
        double seSlope = s / Math.sqrt(sxx);
        double seIntercept = s * Math.sqrt(1.0 / n + mx * mx / sxx);
        double r2 = syy > 0 ? 1 - ssr / syy : 1.0;
        return new LinearFit(slope, intercept, seSlope, seIntercept, r2, s, n, mx, my, sxx);
    }

    /** The fitted value at {@code x}. */
    public double at(double x) {
        return intercept + slope * x;
    }

    /** Two-sided Student-t quantile for a confidence level (e.g. 0.95) with n − 2 degrees of freedom. */
    public double tQuantile(double confidence) {
        if (n <= 2) {
            return Double.NaN;
        }
        return new TDistribution(n - 2).inverseCumulativeProbability(0.5 + confidence / 2);
    }

    /**
     * x for a measured response {@code y0} (inverse prediction) and its standard deviation,
     * {@code s_x0 = (s/|b|)·√(1/m + 1/n + (y0 − ȳ)²/(b²·Sxx))} (Miller &amp; Miller eq. 5.9).
     *
     * @param y0         mean measured response
     * @param replicates m, number of replicate measurements averaged into y0
     * @return {x0, s_x0}
     */
    public double[] inverse(double y0, int replicates) {
        double x0 = (y0 - intercept) / slope;
        double d = y0 - meanY;
        double sx0 = residualSD / Math.abs(slope)
                * Math.sqrt(1.0 / replicates + 1.0 / n + d * d / (slope * slope * sxx));
        return new double[] {x0, sx0};
    }
}
