package org.electrocat.bench.jmh;

import java.util.Arrays;
import java.util.Locale;

/** Check values as one line of numbers in full precision, the format both sides print. */
public final class CheckValues {

    private CheckValues() {
    }

    /** Space-separated values, each with 17 significant digits. */
    public static String format(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double x : v) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.17g", x));
        }
        return sb.toString();
    }

    /** The values of a line written by {@link #format} (or by the Python side). */
    public static double[] parse(String line) {
        String t = line.trim();
        return t.isEmpty() ? new double[0] : Arrays.stream(t.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    /**
     * Largest relative difference between two sets of check values (∞ when their counts differ);
     * |a − b| / max(|a|, |b|, 1e-300).
     */
    public static double worstRelativeDifference(double[] a, double[] b) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(a[i] - b[i]) / Math.max(Math.max(Math.abs(a[i]), Math.abs(b[i])), 1e-300);
            worst = Math.max(worst, Double.isNaN(d) ? Double.POSITIVE_INFINITY : d);
        }
        return worst;
    }
}
