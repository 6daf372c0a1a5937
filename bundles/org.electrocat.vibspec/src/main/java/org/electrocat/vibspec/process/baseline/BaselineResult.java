package org.electrocat.vibspec.process.baseline;

/**
 * A fitted baseline with what pybaselines returns in its {@code params}: the final weights (or the
 * mask of baseline points as 0/1), the tolerance history of iterative methods and whether they met
 * their tolerance before {@code max_iter}.
 *
 * @param baseline   the baseline, one value per data point (intensity units)
 * @param weights    final weights (Whittaker methods), 1/0 baseline mask (rubberband), or {@code null}
 * @param tolHistory relative change of the weights per iteration (empty for direct methods)
 * @param converged  true when the tolerance was met (always true for direct methods)
 */
public record BaselineResult(double[] baseline, double[] weights, double[] tolHistory, boolean converged) {

    /** Number of iterations run (0 for direct methods). */
    public int iterations() {
        return tolHistory.length;
    }

    /** data − baseline, a new array. */
    public double[] corrected(double[] data) {
        double[] out = new double[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = data[i] - baseline[i];
        }
        return out;
    }
}
