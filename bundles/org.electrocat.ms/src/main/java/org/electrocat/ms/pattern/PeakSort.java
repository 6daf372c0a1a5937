package org.electrocat.ms.pattern;

/**
 * Sorts two parallel double arrays by the first (ascending), in place, without boxing: a quicksort
 * with median-of-three pivots and insertion sort for short runs (Sedgewick, Algorithms in C, 1998).
 */
final class PeakSort {

    private PeakSort() {
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
