package org.electrocat.echem.numeric;

/**
 * Trapezoidal integration of sampled signals on non-uniform grids (e.g. charge Q = ∫ I dt of a
 * chronoamperogram).
 *
 * <p>Method: composite trapezoid rule over consecutive samples. {@link #integrateAbs} integrates
 * the absolute value of the piecewise-linear interpolant exactly, also across sign changes inside
 * an interval (area {@code (y0² + y1²) / (2(|y0| + |y1|)) · Δx} there), so a current that
 * crosses zero is not over-counted. Intervals touching a NaN sample and intervals with
 * {@code Δx <= 0} (non-monotonic time) are skipped and counted, so the caller can warn.
 * The discretisation error is estimated by Richardson's comparison with the trapezoid over every
 * second sample, {@code |T(h) − T(2h)| / 3} (exact for the leading h² error term on uniform
 * grids; Press et al., Numerical Recipes, 3rd ed., §4.2-4.3).
 */
public final class Trapezoid {

    /**
     * An integral with bookkeeping.
     *
     * @param value             the integral
     * @param errorEstimate     Richardson estimate of the discretisation error ({@code NaN} with under 5 points)
     * @param skippedNaN        intervals skipped because a sample was NaN or infinite
     * @param skippedNonMonotonic intervals skipped because x did not increase
     * @param intervals         intervals used
     */
    public record Integral(double value, double errorEstimate, int skippedNaN, int skippedNonMonotonic, int intervals) {
    }

    private Trapezoid() {
    }

    /** ∫ y dx over samples {@code [from, to)}. */
    public static Integral integrate(double[] x, double[] y, int from, int to) {
        return run(x, y, from, to, false);
    }

    /** ∫ |y| dx over samples {@code [from, to)}, exact for the linear interpolant. */
    public static Integral integrateAbs(double[] x, double[] y, int from, int to) {
        return run(x, y, from, to, true);
    }

    private static Integral run(double[] x, double[] y, int from, int to, boolean abs) {
        check(x, y, from, to);
        double sum = 0;
        double coarse = 0;
        int nan = 0;
        int nonMonotonic = 0;
        int used = 0;
        for (int i = from; i < to - 1; i++) {
            double dx = x[i + 1] - x[i];
            double y0 = y[i];
            double y1 = y[i + 1];
            if (!Double.isFinite(y0) || !Double.isFinite(y1) || !Double.isFinite(dx)) {
                nan++;
                continue;
            }
            if (dx <= 0) {
                nonMonotonic++;
                continue;
            }
            sum += abs ? absArea(y0, y1, dx) : 0.5 * (y0 + y1) * dx;
            used++;
        }
        // coarse rule over every second sample, same window, for the error estimate
        int coarseUsed = 0;
        for (int i = from; i + 2 < to; i += 2) {
            double dx = x[i + 2] - x[i];
            double y0 = y[i];
            double y1 = y[i + 2];
            if (!Double.isFinite(y0) || !Double.isFinite(y1) || !Double.isFinite(y[i + 1]) || !(dx > 0)) {
                coarseUsed = -1;
                break;
            }
            coarse += abs ? absArea(y0, y1, dx) : 0.5 * (y0 + y1) * dx;
            coarseUsed++;
        }
        double err = Double.NaN;
        if (coarseUsed >= 2) {
            double fine = sum;
            if ((to - from) % 2 == 0) {
                // an even sample count leaves the last interval out of the coarse rule: compare like with like
                int i = to - 2;
                double y0 = y[i];
                double y1 = y[i + 1];
                double dx = x[i + 1] - x[i];
                if (Double.isFinite(y0) && Double.isFinite(y1) && dx > 0) {
                    fine -= abs ? absArea(y0, y1, dx) : 0.5 * (y0 + y1) * dx;
                }
            }
            err = Math.abs(fine - coarse) / 3.0;
        }
        return new Integral(sum, err, nan, nonMonotonic, used);
    }

    /** Exact ∫|linear| over one interval. */
    private static double absArea(double y0, double y1, double dx) {
        if ((y0 >= 0 && y1 >= 0) || (y0 <= 0 && y1 <= 0)) {
            return 0.5 * Math.abs(y0 + y1) * dx;
        }
        double a0 = Math.abs(y0);
        double a1 = Math.abs(y1);
        return 0.5 * (a0 * a0 + a1 * a1) / (a0 + a1) * dx;
    }

    /** Running integral ∫ y dx from sample {@code from}; element 0 is 0. Skipped intervals add nothing. */
    public static double[] cumulative(double[] x, double[] y, int from, int to, boolean abs) {
        check(x, y, from, to);
        double[] out = new double[to - from];
        double sum = 0;
        for (int i = from; i < to - 1; i++) {
            double dx = x[i + 1] - x[i];
            double y0 = y[i];
            double y1 = y[i + 1];
            if (Double.isFinite(y0) && Double.isFinite(y1) && dx > 0) {
                sum += abs ? absArea(y0, y1, dx) : 0.5 * (y0 + y1) * dx;
            }
            out[i - from + 1] = sum;
        }
        return out;
    }

    private static void check(double[] x, double[] y, int from, int to) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        if (from < 0 || to > x.length || to - from < 2) {
            throw new IllegalArgumentException("integration needs at least 2 samples in [" + from + ", " + to
                    + ") of " + x.length);
        }
    }
}
