package org.electrocat.vibspec.process;

import java.util.Arrays;

/**
 * Cosmic-ray spike removal for Raman spectra by the method of D. A. Whitaker and K. Hayes (Chemom.
 * Intell. Lab. Syst. 179 (2018) 82): spikes are detected as outliers of the first differences
 * Δy_i = y_i − y_{i−1}, whose modified z-score z_i = 0.6745·(Δy_i − median Δy)/MAD (B. Iglewicz,
 * D. C. Hoaglin, 1993) exceeds {@code threshold} in magnitude; each spike point is replaced by the
 * mean of the non-spike points within ±{@code window} points.
 *
 * <p>Which point a flagged difference belongs to: cosmic rays add positive, one-to-few-pixel
 * features, so a flagged rise Δy_i &gt; 0 marks point i (the first point after the jump) and a flagged
 * fall Δy_i &lt; 0 marks point i − 1 (the last point before it). A one-pixel spike at k is then k
 * alone, a two-pixel spike k and k+1, and the clean neighbours are left alone. Defaults follow the
 * paper: threshold 7, window 3 (their m). Limits: a real band only one or two pixels wide looks like
 * a spike and is removed too; raise the threshold for such data.
 */
public final class CosmicSpikes {

    /**
     * Spike positions and the cleaned spectrum.
     *
     * @param cleaned the intensities with spikes replaced
     * @param spikes  0-based indices of the replaced points, ascending
     */
    public record Result(double[] cleaned, int[] spikes) {
    }

    private CosmicSpikes() {
    }

    /**
     * Removes spikes.
     *
     * @param y         intensities (finite)
     * @param threshold modified z-score above which a difference is a spike (&gt; 0; default 7)
     * @param window    half width m of the replacement window in points (≥ 1; default 3)
     */
    public static Result remove(double[] y, double threshold, int window) {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold = " + threshold + " must be > 0");
        }
        if (window < 1) {
            throw new IllegalArgumentException("window = " + window + " must be >= 1");
        }
        int n = y.length;
        if (n < 4) {
            return new Result(y.clone(), new int[0]);
        }
        double[] d = new double[n - 1];
        for (int i = 1; i < n; i++) {
            d[i - 1] = y[i] - y[i - 1];
        }
        double med = median(d);
        double[] dev = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            dev[i] = Math.abs(d[i] - med);
        }
        double mad = median(dev);
        boolean[] spike = new boolean[n];
        if (mad > 0) {
            for (int i = 1; i < n; i++) {
                double z = 0.6745 * (d[i - 1] - med) / mad;
                if (z > threshold) {
                    spike[i] = true;
                } else if (z < -threshold) {
                    spike[i - 1] = true;
                }
            }
        }
        double[] out = y.clone();
        int count = 0;
        int[] where = new int[n];
        for (int i = 0; i < n; i++) {
            if (!spike[i]) {
                continue;
            }
            where[count++] = i;
            double sum = 0;
            int used = 0;
            for (int j = Math.max(0, i - window); j <= Math.min(n - 1, i + window); j++) {
                if (!spike[j]) {
                    sum += y[j];
                    used++;
                }
            }
            if (used > 0) {
                out[i] = sum / used;
            }
        }
        return new Result(out, Arrays.copyOf(where, count));
    }

    /** Median (average of the middle two for even counts); a copy is sorted. */
    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}
