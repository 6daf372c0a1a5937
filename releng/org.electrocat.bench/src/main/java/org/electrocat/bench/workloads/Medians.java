package org.electrocat.bench.workloads;

import java.util.Arrays;

/** Medians of per-fit values, the check values of the fitting workloads. */
final class Medians {

    private Medians() {
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
            Arrays.sort(col);
            int h = col.length / 2;
            out[j] = col.length % 2 == 1 ? col[h] : 0.5 * (col[h - 1] + col[h]);
        }
        return out;
    }
}
