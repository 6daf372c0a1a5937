package org.electrocat.math.calculus;

import org.electrocat.math.Checks;

/**
 * Numerical integration of sampled data, with scipy.integrate's names and conventions: the
 * composite trapezoid rule (exact for piecewise-linear data, error O(h²)), its running sum, and
 * Simpson's rule for arbitrary (non-uniform) spacing, exact for quadratics, O(h⁴) for smooth data.
 *
 * <p>Units: the integral of y over x carries y-units × x-units (e.g. A × s = C for charge from a
 * chronoamperogram, A × V for a voltammogram area that is divided by the scan rate afterwards).
 *
 * <p>The trapezoid rules accept any finite x, increasing, decreasing or not monotonic at all: the
 * result is the path integral Σ (x_{i+1} − x_i)(y_i + y_{i+1})/2, as numpy/scipy compute it, so a
 * cathodic sweep integrates with the sign of dx. Simpson's rule needs strictly monotonic x, since
 * it divides by interval lengths.
 */
public final class Integration {

    private Integration() {
    }

    /** ∫ y dx by the trapezoid rule over samples (x_i, y_i). */
    public static double trapezoid(double[] y, double[] x) {
        checkPair(y, x);
        double s = 0;
        for (int i = 1; i < y.length; i++) {
            s += (x[i] - x[i - 1]) * (y[i] + y[i - 1]);
        }
        return 0.5 * s;
    }

    /**
     * ∫ y dx by the trapezoid rule over the samples {@code [from, to)} only, without copying
     * (e.g. one time window of a long chronoamperogram); 0 with fewer than two samples.
     */
    public static double trapezoid(double[] y, double[] x, int from, int to) {
        checkRange(y, x, from, to);
        double s = 0;
        for (int i = from + 1; i < to; i++) {
            s += (x[i] - x[i - 1]) * (y[i] + y[i - 1]);
        }
        return 0.5 * s;
    }

    /**
     * ∫ |y| dx over {@code [from, to)}, exact for the piecewise-linear interpolant also where y
     * changes sign inside an interval: there the two triangles give (y₀² + y₁²)/(|y₀| + |y₁|)·Δx/2
     * instead of the trapezoid's |y₀ + y₁|·Δx/2, so a current crossing zero is not under-counted
     * (charge passed regardless of direction). The sign of Δx is kept, as in {@link #trapezoid}.
     */
    public static double trapezoidAbs(double[] y, double[] x, int from, int to) {
        checkRange(y, x, from, to);
        double s = 0;
        for (int i = from + 1; i < to; i++) {
            s += (x[i] - x[i - 1]) * absPair(y[i - 1], y[i]);
        }
        return 0.5 * s;
    }

    /**
     * Running ∫ |y| dx over {@code [from, to)} (see {@link #trapezoidAbs}): {@code to − from}
     * values, the first {@code initial}.
     */
    public static double[] cumulativeTrapezoidAbs(double[] y, double[] x, int from, int to, double initial) {
        checkRange(y, x, from, to);
        Checks.finite(initial, "initial");
        double[] out = new double[to - from];
        if (out.length == 0) {
            return out;
        }
        out[0] = initial;
        for (int i = from + 1; i < to; i++) {
            out[i - from] = out[i - from - 1] + 0.5 * (x[i] - x[i - 1]) * absPair(y[i - 1], y[i]);
        }
        return out;
    }

    /**
     * Discretisation error estimate of the trapezoid rule over {@code [from, to)} by Richardson's
     * comparison with the rule over every second sample, |T(h) − T(2h)|/3 (exact for the leading h²
     * term on uniform grids; W. H. Press et al., Numerical Recipes, 3rd ed., §4.2–4.3), both taken over
     * the same samples (an even count leaves the last interval out of both). {@code absolute}
     * estimates the error of {@link #trapezoidAbs} instead. NaN with fewer than 5 samples or where x
     * does not strictly increase.
     */
    public static double trapezoidErrorEstimate(double[] y, double[] x, int from, int to, boolean absolute) {
        checkRange(y, x, from, to);
        int end = (to - from) % 2 == 0 ? to - 1 : to; // odd sample count for both rules
        if (end - from < 5) {
            return Double.NaN;
        }
        double fine = 0;
        for (int i = from + 1; i < end; i++) {
            double dx = x[i] - x[i - 1];
            if (!(dx > 0)) {
                return Double.NaN;
            }
            fine += dx * (absolute ? absPair(y[i - 1], y[i]) : y[i] + y[i - 1]);
        }
        double coarse = 0;
        for (int i = from + 2; i < end; i += 2) {
            coarse += (x[i] - x[i - 2]) * (absolute ? absPair(y[i - 2], y[i]) : y[i] + y[i - 2]);
        }
        return Math.abs(0.5 * fine - 0.5 * coarse) / 3.0;
    }

    /** 2·∫|linear| over one unit interval from y0 to y1. */
    private static double absPair(double y0, double y1) {
        if ((y0 >= 0 && y1 >= 0) || (y0 <= 0 && y1 <= 0)) {
            return Math.abs(y0 + y1);
        }
        double a0 = Math.abs(y0);
        double a1 = Math.abs(y1);
        return (a0 * a0 + a1 * a1) / (a0 + a1);
    }

    private static void checkRange(double[] y, double[] x, int from, int to) {
        Checks.sameLength(y, "y", x, "x");
        if (from < 0 || to > y.length || from > to) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") is outside the " + y.length
                    + " samples");
        }
        for (int i = from; i < to; i++) {
            if (!Double.isFinite(y[i]) || !Double.isFinite(x[i])) {
                throw new IllegalArgumentException((Double.isFinite(y[i]) ? "x[" + i + "] is " + x[i] : "y[" + i
                        + "] is " + y[i]) + "; finite values required");
            }
        }
    }

    /** ∫ y dx by the trapezoid rule for uniform spacing dx (x-units), dx finite and ≠ 0. */
    public static double trapezoid(double[] y, double dx) {
        Checks.finite(y, "y");
        checkSpacing(dx);
        if (y.length < 2) {
            return 0;
        }
        double s = 0.5 * (y[0] + y[y.length - 1]);
        for (int i = 1; i < y.length - 1; i++) {
            s += y[i];
        }
        return s * dx;
    }

    /**
     * Running trapezoid integral with the first value {@code initial} (scipy
     * {@code cumulative_trapezoid(y, x, initial=initial)}): n values, out[0] = initial,
     * out[i] = initial + ∫_{x_0}^{x_i} y dx.
     */
    public static double[] cumulativeTrapezoid(double[] y, double[] x, double initial) {
        checkPair(y, x);
        Checks.finite(initial, "initial");
        double[] out = new double[y.length];
        if (y.length == 0) {
            return out;
        }
        out[0] = initial;
        for (int i = 1; i < y.length; i++) {
            out[i] = out[i - 1] + 0.5 * (x[i] - x[i - 1]) * (y[i] + y[i - 1]);
        }
        return out;
    }

    /**
     * Running trapezoid integral without the initial value (scipy's default,
     * {@code cumulative_trapezoid(y, x)}): n − 1 values, out[i] = ∫_{x_0}^{x_{i+1}} y dx.
     */
    public static double[] cumulativeTrapezoid(double[] y, double[] x) {
        double[] full = cumulativeTrapezoid(y, x, 0.0);
        double[] out = new double[Math.max(0, full.length - 1)];
        System.arraycopy(full, 1, out, 0, out.length);
        return out;
    }

    /**
     * ∫ y dx by composite Simpson's rule on arbitrary spacing (scipy.integrate.simpson). Each pair
     * of intervals (h₀, h₁) is integrated exactly for the parabola through its three points:
     * (h₀+h₁)/6·[(2 − h₁/h₀)y₀ + (h₀+h₁)²/(h₀h₁)·y₁ + (2 − h₀/h₁)y₂]. With an even number of
     * samples the last interval gets the parabola through the last three points (K. V. Cartwright,
     * "Simpson's rule cumulative integration with MS Excel and irregularly-spaced data", J. Math.
     * Sci. Math. Educ. 12(2) (2017) 1), as scipy ≥ 1.11 does. Two samples fall back to the trapezoid.
     *
     * @param y samples, finite
     * @param x strictly increasing or strictly decreasing abscissae, same length
     */
    public static double simpson(double[] y, double[] x) {
        checkPair(y, x);
        int n = y.length;
        for (int i = 1; i < n; i++) {
            double d = x[i] - x[i - 1];
            double first = x[1] - x[0];
            if (d == 0 || (d > 0) != (first > 0)) {
                throw new IllegalArgumentException("x must be strictly monotonic for Simpson's rule but x[" + (i - 1)
                        + "] = " + x[i - 1] + ", x[" + i + "] = " + x[i]);
            }
        }
        if (n < 2) {
            return 0;
        }
        if (n == 2) {
            return 0.5 * (x[1] - x[0]) * (y[0] + y[1]);
        }
        int end = n % 2 == 1 ? n - 1 : n - 2;
        double s = 0;
        for (int i = 0; i < end; i += 2) {
            double h0 = x[i + 1] - x[i];
            double h1 = x[i + 2] - x[i + 1];
            double hs = h0 + h1;
            s += hs / 6 * ((2 - h1 / h0) * y[i] + hs * hs / (h0 * h1) * y[i + 1] + (2 - h0 / h1) * y[i + 2]);
        }
        if (n % 2 == 0) {
            double h0 = x[n - 2] - x[n - 3];
            double h1 = x[n - 1] - x[n - 2];
            double alpha = (2 * h1 * h1 + 3 * h0 * h1) / (6 * (h0 + h1));
            double beta = (h1 * h1 + 3 * h0 * h1) / (6 * h0);
            double eta = h1 * h1 * h1 / (6 * h0 * (h0 + h1));
            s += alpha * y[n - 1] + beta * y[n - 2] - eta * y[n - 3];
        }
        return s;
    }

    private static void checkPair(double[] y, double[] x) {
        Checks.finite(y, "y");
        Checks.finite(x, "x");
        Checks.sameLength(y, "y", x, "x");
    }

    private static void checkSpacing(double dx) {
        if (!Double.isFinite(dx) || dx == 0) {
            throw new IllegalArgumentException("dx is " + dx + "; a finite non-zero spacing is required");
        }
    }
}
