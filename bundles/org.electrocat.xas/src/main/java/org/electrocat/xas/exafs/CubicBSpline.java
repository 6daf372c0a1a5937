package org.electrocat.xas.exafs;

/**
 * Cubic B-spline basis on [a, b] with a clamped, uniformly spaced knot vector (C. de Boor, A
 * Practical Guide to Splines, Springer 1978, ch. IX): {@code count} basis functions, each non-zero
 * on at most four knot spans, summing to 1 everywhere. Outside [a, b] the end spans' cubics are
 * continued, as scipy's {@code splev} extrapolates.
 */
public final class CubicBSpline {

    private final double[] knots;
    private final int count;

    /**
     * @param count number of basis functions (coefficients), at least 4
     */
    public CubicBSpline(double a, double b, int count) {
        if (count < 4 || !(b > a)) {
            throw new IllegalArgumentException("a cubic B-spline needs ≥ 4 coefficients on a non-empty interval, got "
                    + count + " on [" + a + ", " + b + "]");
        }
        this.count = count;
        int interior = count - 4;
        knots = new double[count + 4];
        for (int i = 0; i < 4; i++) {
            knots[i] = a;
            knots[count + i] = b;
        }
        for (int j = 1; j <= interior; j++) {
            knots[3 + j] = a + j * (b - a) / (interior + 1);
        }
    }

    /** Number of basis functions. */
    public int count() {
        return count;
    }

    /**
     * The four possibly non-zero basis values at x: writes B_{s}..B_{s+3} into {@code out} and
     * returns s.
     */
    public int basis(double x, double[] out) {
        int span = 3;
        while (span < count - 1 && x >= knots[span + 1]) {
            span++;
        }
        // Cox–de Boor, triangular scheme (de Boor's BSPLVB)
        double[] left = new double[4];
        double[] right = new double[4];
        out[0] = 1;
        for (int j = 1; j <= 3; j++) {
            left[j] = x - knots[span + 1 - j];
            right[j] = knots[span + j] - x;
            double saved = 0;
            for (int r = 0; r < j; r++) {
                double temp = out[r] / (right[r + 1] + left[j - r]);
                out[r] = saved + right[r + 1] * temp;
                saved = left[j - r] * temp;
            }
            out[j] = saved;
        }
        return span - 3;
    }

    /** Σ c_j B_j(x). */
    public double value(double[] coefficients, double x) {
        double[] b = new double[4];
        int s = basis(x, b);
        double v = 0;
        for (int i = 0; i < 4; i++) {
            v += coefficients[s + i] * b[i];
        }
        return v;
    }
}
