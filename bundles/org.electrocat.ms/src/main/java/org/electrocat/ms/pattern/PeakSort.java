package org.electrocat.ms.pattern;

/**
 * Sorts two parallel double arrays by the first (ascending), in place, without boxing. Masses within
 * a span of 500 u are quantised to 1e-9 u and packed with their index into longs, which the JDK's
 * dual-pivot quicksort orders fast; other inputs use a quicksort with median-of-three pivots and
 * insertion sort for short runs (Sedgewick, Algorithms in C, 1998).
 */
final class PeakSort {

    private static final double QUANTUM = 1e-9;
    private static final int INDEX_BITS = 24;

    private PeakSort() {
    }

    /** Sorts the whole arrays by {@code key}. */
    static void byKey(double[] key, double[] value) {
        int n = key.length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double k : key) {
            lo = Math.min(lo, k);
            hi = Math.max(hi, k);
        }
        if (n < 64 || n >= (1 << INDEX_BITS) || !((hi - lo) / QUANTUM < (double) (1L << (63 - INDEX_BITS)))) {
            byKey(key, value, 0, n);
            return;
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) ((key[i] - lo) / QUANTUM) << INDEX_BITS) | i;
        }
        java.util.Arrays.sort(packed);
        double[] k2 = new double[n];
        double[] v2 = new double[n];
        int mask = (1 << INDEX_BITS) - 1;
        for (int i = 0; i < n; i++) {
            int from = (int) (packed[i] & mask);
            k2[i] = key[from];
            v2[i] = value[from];
        }
        System.arraycopy(k2, 0, key, 0, n);
        System.arraycopy(v2, 0, value, 0, n);
    }

    static void byKey(double[] key, double[] value, int from, int to) {
        while (to - from > 24) {
            int mid = (from + to) >>> 1;
            int last = to - 1;
            if (key[mid] < key[from]) {
                swap(key, value, mid, from);
            }
            if (key[last] < key[from]) {
                swap(key, value, last, from);
            }
            if (key[last] < key[mid]) {
                swap(key, value, last, mid);
            }
            double pivot = key[mid];
            int i = from;
            int j = last;
            while (i <= j) {
                while (key[i] < pivot) {
                    i++;
                }
                while (key[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(key, value, i++, j--);
                }
            }
            // recurse into the smaller part, loop on the larger: stack depth O(log n)
            if (j - from < to - i) {
                byKey(key, value, from, j + 1);
                from = i;
            } else {
                byKey(key, value, i, to);
                to = j + 1;
            }
        }
        for (int i = from + 1; i < to; i++) {
            double k = key[i];
            double v = value[i];
            int j = i - 1;
            while (j >= from && key[j] > k) {
                key[j + 1] = key[j];
                value[j + 1] = value[j];
                j--;
            }
            key[j + 1] = k;
            value[j + 1] = v;
        }
    }

    private static void swap(double[] key, double[] value, int a, int b) {
        double t = key[a];
        key[a] = key[b];
        key[b] = t;
        t = value[a];
        value[a] = value[b];
        value[b] = t;
    }
}
