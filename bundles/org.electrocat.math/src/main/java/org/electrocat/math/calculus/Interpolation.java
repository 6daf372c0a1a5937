package org.electrocat.math.calculus;

import org.electrocat.math.Checks;

/**
 * Interpolation of samples (x_i, y_i) with strictly increasing x: piecewise linear, natural cubic
 * spline and monotone piecewise cubic Hermite (PCHIP). Each returns an immutable {@link Interpolant}
 * whose behaviour outside [x_0, x_{n−1}] is set explicitly by an {@link Extrapolation} policy.
 *
 * <ul>
 * <li>{@link #linear}: straight segments; C⁰, exact for linear data.</li>
 * <li>{@link #naturalCubicSpline}: the C² cubic spline with zero second derivative at both ends
 * (C. de Boor, A Practical Guide to Splines, Springer 1978, ch. IV), knot slopes from a
 * diagonally dominant tridiagonal system; exact for linear data, O(h⁴) inside for smooth data,
 * but may overshoot between data points.</li>
 * <li>{@link #pchip}: shape-preserving cubic Hermite (F. N. Fritsch, R. E. Carlson, SIAM J. Numer.
 * Anal. 17 (1980) 238) with the weighted-harmonic-mean slopes of F. N. Fritsch, J. Butland, SIAM
 * J. Sci. Stat. Comput. 5 (1984) 300 and the three-point end slopes of scipy's
 * PchipInterpolator: monotone data give a monotone interpolant, no overshoot at steps (good for
 * calibration curves and baseline anchor points); C¹.</li>
 * </ul>
 */
public final class Interpolation {

    private Interpolation() {
    }

    /** Piecewise-linear interpolation (numpy.interp with an explicit extrapolation policy). */
    public static Interpolant linear(double[] x, double[] y, Extrapolation extrapolation) {
        check(x, y, extrapolation);
        int n = x.length;
        double[] b = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            b[k] = (y[k + 1] - y[k]) / (x[k + 1] - x[k]);
        }
        return new PiecewiseCubic(x.clone(), y.clone(), b, new double[n - 1], new double[n - 1], extrapolation);
    }

    /** Natural cubic spline (scipy CubicSpline with {@code bc_type='natural'}). */
    public static Interpolant naturalCubicSpline(double[] x, double[] y, Extrapolation extrapolation) {
        check(x, y, extrapolation);
        int n = x.length;
        // slopes m_k: m_{k−1}/h_{k−1} + 2m_k(1/h_{k−1} + 1/h_k) + m_{k+1}/h_k = 3(Δ_{k−1}/h_{k−1} + Δ_k/h_k),
        // ends 2m_0 + m_1 = 3Δ_0 and m_{n−2} + 2m_{n−1} = 3Δ_{n−2} (zero curvature); Thomas algorithm
        double[] lower = new double[n];
        double[] diag = new double[n];
        double[] upper = new double[n];
        double[] rhs = new double[n];
        for (int k = 0; k < n; k++) {
            if (k == 0) {
                double h = x[1] - x[0];
                diag[0] = 2 / h;
                upper[0] = 1 / h;
                rhs[0] = 3 * (y[1] - y[0]) / (h * h);
            } else if (k == n - 1) {
                double h = x[k] - x[k - 1];
                lower[k] = 1 / h;
                diag[k] = 2 / h;
                rhs[k] = 3 * (y[k] - y[k - 1]) / (h * h);
            } else {
                double h0 = x[k] - x[k - 1];
                double h1 = x[k + 1] - x[k];
                lower[k] = 1 / h0;
                diag[k] = 2 / h0 + 2 / h1;
                upper[k] = 1 / h1;
                rhs[k] = 3 * ((y[k] - y[k - 1]) / (h0 * h0) + (y[k + 1] - y[k]) / (h1 * h1));
            }
        }
        for (int k = 1; k < n; k++) {
            double f = lower[k] / diag[k - 1];
            diag[k] -= f * upper[k - 1];
            rhs[k] -= f * rhs[k - 1];
        }
        double[] m = new double[n];
        m[n - 1] = rhs[n - 1] / diag[n - 1];
        for (int k = n - 2; k >= 0; k--) {
            m[k] = (rhs[k] - upper[k] * m[k + 1]) / diag[k];
        }
        return PiecewiseCubic.hermite(x, y, m, extrapolation);
    }

    /** Monotone piecewise cubic Hermite interpolation (scipy PchipInterpolator). */
    public static Interpolant pchip(double[] x, double[] y, Extrapolation extrapolation) {
        check(x, y, extrapolation);
        int n = x.length;
        double[] h = new double[n - 1];
        double[] delta = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            h[k] = x[k + 1] - x[k];
            delta[k] = (y[k + 1] - y[k]) / h[k];
        }
        double[] m = new double[n];
        if (n == 2) {
            m[0] = delta[0];
            m[1] = delta[0];
            return PiecewiseCubic.hermite(x, y, m, extrapolation);
        }
        for (int k = 1; k < n - 1; k++) {
            double d0 = delta[k - 1];
            double d1 = delta[k];
            if (d0 == 0 || d1 == 0 || (d0 > 0) != (d1 > 0)) {
                m[k] = 0; // a local extremum or flat piece: a horizontal tangent prevents overshoot
            } else {
                double w1 = 2 * h[k] + h[k - 1];
                double w2 = h[k] + 2 * h[k - 1];
                m[k] = (w1 + w2) / (w1 / d0 + w2 / d1);
            }
        }
        m[0] = endSlope(h[0], h[1], delta[0], delta[1]);
        m[n - 1] = endSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
        return PiecewiseCubic.hermite(x, y, m, extrapolation);
    }

    /**
     * y where a sampled path first reaches {@code x0}, for paths whose x need not be sorted (one
     * sweep of a voltammogram, a titration with reversals): the samples {@code [from, to)} are
     * walked in order and y is interpolated linearly inside the first pair (x_i, x_{i+1}) that
     * brackets x0 (or at a sample equal to x0). Pairs with a non-finite y are passed over, so gaps
     * in a record do not stop the search. NaN when x never reaches x0 there.
     */
    public static double atFirstCrossing(double[] x, double[] y, int from, int to, double x0) {
        Checks.sameLength(x, "x", y, "y");
        if (from < 0 || to > x.length || from > to) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") is outside the " + x.length
                    + " samples");
        }
        for (int i = from; i < to - 1; i++) {
            double a = x[i];
            double b = x[i + 1];
            if ((a - x0) * (b - x0) <= 0 && a != b && Double.isFinite(y[i]) && Double.isFinite(y[i + 1])) {
                double t = (x0 - a) / (b - a);
                return y[i] + t * (y[i + 1] - y[i]);
            }
            if (a == x0 && Double.isFinite(y[i])) {
                return y[i];
            }
        }
        return Double.NaN;
    }

    /** Non-centred three-point end slope, limited to keep the end piece monotone. */
    private static double endSlope(double h0, double h1, double d0, double d1) {
        double m = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
        if (Math.signum(m) != Math.signum(d0)) {
            return 0;
        }
        if (Math.signum(d0) != Math.signum(d1) && Math.abs(m) > 3 * Math.abs(d0)) {
            return 3 * d0;
        }
        return m;
    }

    private static void check(double[] x, double[] y, Extrapolation extrapolation) {
        Checks.minLength(x, 2, "x");
        Checks.strictlyIncreasing(x, "x");
        Checks.finite(y, "y");
        Checks.sameLength(x, "x", y, "y");
        if (extrapolation == null) {
            throw new IllegalArgumentException("extrapolation must not be null");
        }
    }
}
