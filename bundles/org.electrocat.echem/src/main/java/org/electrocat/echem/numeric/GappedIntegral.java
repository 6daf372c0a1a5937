package org.electrocat.echem.numeric;

import org.electrocat.math.calculus.Integration;

/**
 * Trapezoid integrals of instrument records that may have gaps (e.g. the charge Q = ∫ I dt of a
 * chronoamperogram with a NaN reading, or two runs concatenated so that time jumps back).
 *
 * <p>Method: intervals touching a non-finite sample and intervals with Δx ≤ 0 are skipped and
 * counted, so the caller can warn; the remaining runs of consecutive good intervals are integrated
 * by {@link Integration#trapezoid(double[], double[], int, int)} or, for ∫|y| dx,
 * {@link Integration#trapezoidAbs} (exact for the linear interpolant across sign changes). The
 * discretisation error is Richardson's estimate ({@link Integration#trapezoidErrorEstimate}),
 * given only when the whole window is one clean run (NaN otherwise).
 */
public final class GappedIntegral {

    /**
     * An integral with bookkeeping.
     *
     * @param value               the integral, in y-units × x-units
     * @param errorEstimate       Richardson estimate of the discretisation error (NaN with under 5 points or gaps)
     * @param skippedNaN          intervals skipped because a sample was NaN or infinite
     * @param skippedNonMonotonic intervals skipped because x did not increase
     * @param intervals           intervals used
     */
    public record Integral(double value, double errorEstimate, int skippedNaN, int skippedNonMonotonic,
            int intervals) {
    }

    private GappedIntegral() {
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
        int nan = 0;
        int nonMonotonic = 0;
        int used = 0;
        int start = from; // first sample of the current clean run
        for (int i = from; i < to - 1; i++) {
            int bad = badInterval(x, y, i);
            if (bad == 0) {
                continue;
            }
            if (bad == 1) {
                nan++;
            } else {
                nonMonotonic++;
            }
            sum += runIntegral(x, y, start, i + 1, abs);
            used += Math.max(0, i - start);
            start = i + 1;
        }
        sum += runIntegral(x, y, start, to, abs);
        used += Math.max(0, to - 1 - start);
        double err = start == from && nan + nonMonotonic == 0
                ? Integration.trapezoidErrorEstimate(y, x, from, to, abs) : Double.NaN;
        return new Integral(sum, err, nan, nonMonotonic, used);
    }

    /** Running ∫ |y| dx from sample {@code from}; element 0 is 0. Skipped intervals add nothing. */
    public static double[] cumulativeAbs(double[] x, double[] y, int from, int to) {
        check(x, y, from, to);
        double[] out = new double[to - from];
        int start = from;
        for (int i = from; i <= to - 1; i++) {
            if (i < to - 1 && badInterval(x, y, i) == 0) {
                continue;
            }
            // samples [start, i] form a clean run
            if (i > start) {
                double[] run = Integration.cumulativeTrapezoidAbs(y, x, start, i + 1, out[start - from]);
                System.arraycopy(run, 1, out, start - from + 1, run.length - 1);
            }
            if (i < to - 1) {
                out[i - from + 1] = out[i - from]; // the skipped interval adds nothing
            }
            start = i + 1;
        }
        return out;
    }

    /** 0 for a usable interval [i, i+1], 1 when a value is not finite, 2 when x does not increase. */
    private static int badInterval(double[] x, double[] y, int i) {
        double dx = x[i + 1] - x[i];
        if (!Double.isFinite(y[i]) || !Double.isFinite(y[i + 1]) || !Double.isFinite(dx)) {
            return 1;
        }
        return dx <= 0 ? 2 : 0;
    }

    private static double runIntegral(double[] x, double[] y, int from, int to, boolean abs) {
        if (to - from < 2) {
            return 0;
        }
        return abs ? Integration.trapezoidAbs(y, x, from, to) : Integration.trapezoid(y, x, from, to);
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
