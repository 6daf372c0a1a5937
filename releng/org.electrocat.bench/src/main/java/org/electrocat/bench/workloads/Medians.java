package org.electrocat.bench.workloads;

import java.util.Arrays;

/** Medians of per-fit values, the check values of the fitting workloads. */
final class Medians {

    private Medians() {
    }

    /** Median of the values. */
    static double of(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int h = s.length / 2;
        return s.length % 2 == 1 ? s[h] : 0.5 * (s[h - 1] + s[h]);
    }

    /** Median of each column of {@code rows} (rows × columns). */
    static double[] of(double[][] rows) {
        int m = rows[0].length;
        double[] out = new double[m];
        double[] col = new double[rows.length];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < rows.length; i++) {
                col[i] = rows[i][j];
            }
            out[j] = of(col);
        }
        return out;
    }
}
