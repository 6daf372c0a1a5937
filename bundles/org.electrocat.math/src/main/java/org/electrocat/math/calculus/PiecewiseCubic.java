package org.electrocat.math.calculus;

import java.util.Arrays;

/**
 * A piecewise polynomial of degree ≤ 3 in power form about each left knot,
 * p_k(s) = a_k + b_k·s + c_k·s² + d_k·s³ with s = x − x_k; the common evaluator behind linear,
 * spline and PCHIP interpolation. Intervals are found by binary search, O(log n).
 */
final class PiecewiseCubic implements Interpolant {

    private final double[] x;
    private final double[] a;
    private final double[] b;
    private final double[] c;
    private final double[] d;
    private final Extrapolation extrapolation;

    /** Coefficients per interval k in [0, n−2]; a also holds y_{n−1} at index n−1. */
    PiecewiseCubic(double[] x, double[] a, double[] b, double[] c, double[] d, Extrapolation extrapolation) {
        this.x = x;
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.extrapolation = extrapolation;
    }

    /** A cubic Hermite interpolant from knot values y and knot slopes m. */
    static PiecewiseCubic hermite(double[] x, double[] y, double[] m, Extrapolation e) {
        int n = x.length;
        double[] b = new double[n - 1];
        double[] c = new double[n - 1];
        double[] d = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            double h = x[k + 1] - x[k];
            double delta = (y[k + 1] - y[k]) / h;
            b[k] = m[k];
            c[k] = (3 * delta - 2 * m[k] - m[k + 1]) / h;
            d[k] = (m[k] + m[k + 1] - 2 * delta) / (h * h);
        }
        return new PiecewiseCubic(x.clone(), y.clone(), b, c, d, e);
    }

    /** Index of the interval holding v (clamped to the end intervals), or −1 outside under NEAREST/NAN/ERROR. */
    private int interval(double v) {
        int n = x.length;
        if (v < x[0] || v > x[n - 1]) {
            switch (extrapolation) {
                case ERROR:
                    throw new IllegalArgumentException("x = " + v + " is outside the data range [" + x[0] + ", "
                            + x[n - 1] + "] and extrapolation is ERROR");
                case EXTEND:
                    return v < x[0] ? 0 : n - 2;
                default:
                    return -1;
            }
        }
        int i = Arrays.binarySearch(x, v);
        int k = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(k, n - 2));
    }

    @Override
    public double value(double v) {
        if (Double.isNaN(v)) {
            return Double.NaN;
        }
        int k = interval(v);
        if (k < 0) {
            return extrapolation == Extrapolation.NAN ? Double.NaN : (v < x[0] ? a[0] : a[x.length - 1]);
        }
        double s = v - x[k];
        return a[k] + s * (b[k] + s * (c[k] + s * d[k]));
    }

    @Override
    public double derivative(double v) {
        if (Double.isNaN(v)) {
            return Double.NaN;
        }
        int k = interval(v);
        if (k < 0) {
            return extrapolation == Extrapolation.NAN ? Double.NaN : 0.0;
        }
        double s = v - x[k];
        return b[k] + s * (2 * c[k] + s * 3 * d[k]);
    }

    @Override
    public double integral(double from, double to) {
        int n = x.length;
        for (double v : new double[] {from, to}) {
            if (!(v >= x[0] && v <= x[n - 1])) {
                throw new IllegalArgumentException("integration limit " + v + " is outside the data range [" + x[0]
                        + ", " + x[n - 1] + "]");
            }
        }
        if (to < from) {
            return -integral(to, from);
        }
        int k0 = interval(from);
        int k1 = interval(to);
        double sum = 0;
        for (int k = k0; k <= k1; k++) {
            double lo = k == k0 ? from - x[k] : 0;
            double hi = k == k1 ? to - x[k] : x[k + 1] - x[k];
            sum += antiderivative(k, hi) - antiderivative(k, lo);
        }
        return sum;
    }

    private double antiderivative(int k, double s) {
        return s * (a[k] + s * (b[k] / 2 + s * (c[k] / 3 + s * d[k] / 4)));
    }
}
