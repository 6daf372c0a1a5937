package org.electrocat.echem.numeric;

import org.electrocat.math.fit.LinearFit;
import org.electrocat.math.fit.LinearFitResult;

/**
 * Onset potentials of a faradaic current on one sweep, by two methods.
 *
 * <p><b>Threshold:</b> the potential where the current magnitude in the chosen direction, y
 * (y = −j for a cathodic onset, y = j for an anodic one), crosses a threshold, linearly
 * interpolated. Rule {@code first}: the first crossing along the sweep. Rule {@code sustained}
 * (default in {@code echem.lsv}): the last upward crossing, after which y stays above the
 * threshold until the end of the sweep, which ignores charging spikes at the start of a sweep.
 *
 * <p><b>Tangent:</b> the intersection of the background line (least squares over the first
 * {@code baselineFraction} of the sweep's samples) with the tangent at the steepest point of the
 * rising current (least-squares slope over {@code tangentPoints} samples around the point of
 * largest dy/dE, searched before the highest current of the sweep); see A. J. Bard &amp;
 * L. R. Faulkner, Electrochemical Methods, 2nd ed., for the extrapolation convention. For a current
 * that grows without a peak the steepest point is near the vertex, so that onset depends on the
 * sweep limit; the result says which point the tangent was taken at.
 */
public final class OnsetFinder {

    /**
     * A tangent-method onset.
     *
     * @param potential     the intersection (NaN when the lines are parallel or there is no rise)
     * @param tangentAt     potential where the tangent was taken
     * @param tangentSlope  dy/dE of the tangent
     * @param tangentIntercept y at E = 0 of the tangent
     * @param baseSlope     dy/dE of the background line
     * @param baseIntercept y at E = 0 of the background line
     */
    public record Tangent(double potential, double tangentAt, double tangentSlope, double tangentIntercept,
            double baseSlope, double baseIntercept) {
    }

    private OnsetFinder() {
    }

    /**
     * Threshold onset on samples {@code [from, to)}; NaN when y never reaches the threshold.
     *
     * @param sustained true for the last crossing after which y stays above the threshold
     */
    public static double threshold(double[] e, double[] y, int from, int to, double threshold, boolean sustained) {
        if (sustained) {
            int last = to - 1;
            while (last >= from && !Double.isFinite(y[last])) {
                last--;
            }
            if (last < from || !(y[last] >= threshold)) {
                return Double.NaN;
            }
            int k = last;
            while (k > from && (y[k - 1] >= threshold || !Double.isFinite(y[k - 1]))) {
                k--;
            }
            if (k == from) {
                return e[from];
            }
            return cross(e, y, k - 1, k, threshold);
        }
        for (int i = from; i < to; i++) {
            if (y[i] >= threshold) {
                return i == from ? e[from] : cross(e, y, i - 1, i, threshold);
            }
        }
        return Double.NaN;
    }

    private static double cross(double[] e, double[] y, int a, int b, double thr) {
        if (!Double.isFinite(y[a])) {
            return e[b];
        }
        double t = (thr - y[a]) / (y[b] - y[a]);
        return e[a] + t * (e[b] - e[a]);
    }

    /**
     * Tangent onset on samples {@code [from, to)}.
     *
     * @param baselineFraction fraction (0, 0.5] of the sweep's samples, from its start, for the background line
     * @param tangentPoints    odd number ≥ 3 of samples for the local slope
     */
    public static Tangent tangent(double[] e, double[] y, int from, int to, double baselineFraction, int tangentPoints) {
        int n = to - from;
        int nb = Math.max(2, (int) Math.round(n * baselineFraction));
        int half = Math.max(1, tangentPoints / 2);
        if (n < nb + 2 * half + 2) {
            throw new IllegalArgumentException("the sweep has " + n + " samples: too few for a " + nb
                    + "-sample background and a " + (2 * half + 1) + "-sample tangent");
        }
        LinearFitResult base = LinearFit.fit(e, y, from, from + nb);
        int top = from;
        for (int i = from; i < to; i++) {
            if (y[i] > y[top]) {
                top = i;
            }
        }
        int best = -1;
        double bestSlope = 0;
        LinearFitResult bestFit = null;
        double direction = Math.signum(e[to - 1] - e[from]);
        for (int c = from + nb + half; c <= Math.min(top, to - 1 - half); c++) {
            LinearFitResult local = LinearFit.fit(e, y, c - half, c + half + 1);
            double rise = local.slope() * direction; // dy per unit of sweep progress
            if (rise > bestSlope) {
                bestSlope = rise;
                best = c;
                bestFit = local;
            }
        }
        if (bestFit == null) {
            return new Tangent(Double.NaN, Double.NaN, Double.NaN, Double.NaN, base.slope(), base.intercept());
        }
        double ds = bestFit.slope() - base.slope();
        double onset = ds == 0 ? Double.NaN : (base.intercept() - bestFit.intercept()) / ds;
        return new Tangent(onset, e[best], bestFit.slope(), bestFit.intercept(), base.slope(), base.intercept());
    }
}
