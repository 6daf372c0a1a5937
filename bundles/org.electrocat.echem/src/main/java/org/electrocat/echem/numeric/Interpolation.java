package org.electrocat.echem.numeric;

/** Linear interpolation on sampled curves whose abscissa need not be sorted (e.g. one sweep of a CV). */
public final class Interpolation {

    private Interpolation() {
    }

    /**
     * y at the first crossing of {@code x0} by x within samples {@code [from, to)}, linearly
     * interpolated between the bracketing samples; {@code NaN} when x never reaches x0 there.
     */
    public static double atFirstCrossing(double[] x, double[] y, int from, int to, double x0) {
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

    /**
     * Mean of y over the samples of {@code [from, to)} with |x − x0| ≤ halfWidth; falls back to
     * {@link #atFirstCrossing} when fewer than two samples lie that close.
     */
    public static double meanNear(double[] x, double[] y, int from, int to, double x0, double halfWidth) {
        double sum = 0;
        int n = 0;
        if (halfWidth > 0) {
            for (int i = from; i < to; i++) {
                if (Math.abs(x[i] - x0) <= halfWidth && Double.isFinite(y[i])) {
                    sum += y[i];
                    n++;
                }
            }
        }
        return n >= 2 ? sum / n : atFirstCrossing(x, y, from, to, x0);
    }
}
