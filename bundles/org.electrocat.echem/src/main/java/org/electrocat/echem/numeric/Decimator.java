package org.electrocat.echem.numeric;

import java.util.Arrays;

/**
 * Picks at most about {@code maxPoints} samples of a long signal for display, keeping in every
 * bucket the first sample and the samples of the smallest and largest y, so spikes and steps stay
 * visible (min-max decimation, the usual technique of oscilloscope displays).
 */
public final class Decimator {

    private Decimator() {
    }

    /** Indices into {@code [from, to)}, increasing; all indices when the range is short enough. */
    public static int[] minMax(double[] y, int from, int to, int maxPoints) {
        int n = to - from;
        if (n <= maxPoints) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = from + i;
            }
            return all;
        }
        int buckets = Math.max(1, maxPoints / 3);
        int[] out = new int[buckets * 3 + 1];
        int k = 0;
        for (int b = 0; b < buckets; b++) {
            int s = from + (int) ((long) n * b / buckets);
            int e = from + (int) ((long) n * (b + 1) / buckets);
            int lo = s;
            int hi = s;
            for (int i = s; i < e; i++) {
                if (y[i] < y[lo]) {
                    lo = i;
                }
                if (y[i] > y[hi]) {
                    hi = i;
                }
            }
            out[k++] = s;
            int a = Math.min(lo, hi);
            int c = Math.max(lo, hi);
            if (a != s) {
                out[k++] = a;
            }
            if (c != a && c != s) {
                out[k++] = c;
            }
        }
        if (out[k - 1] != to - 1) {
            out[k++] = to - 1;
        }
        return Arrays.copyOf(out, k);
    }

    /** {@code values[idx[i]]} scaled by {@code factor}. */
    public static double[] take(double[] values, int[] idx, double factor) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = values[idx[i]] * factor;
        }
        return out;
    }
}
