package org.electrocat.bench.run;

import java.util.Arrays;

/**
 * Repeated timings of one implementation: wall and CPU seconds of each timed run, summarised as
 * median and range (the machine is shared, so single runs mean little).
 *
 * @param wall wall-clock seconds of each run
 * @param cpu  process CPU seconds of each run (NaN where unknown)
 */
public record Timings(double[] wall, double[] cpu) {

    /** Median of the wall times, s. */
    public double wallMedian() {
        return median(wall);
    }

    /** Median of the CPU times, s. */
    public double cpuMedian() {
        return median(cpu);
    }

    /** Number of timed runs. */
    public int runs() {
        return wall.length;
    }

    /** Median of the values (NaN for none). */
    public static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        int h = s.length / 2;
        return s.length % 2 == 1 ? s[h] : 0.5 * (s[h - 1] + s[h]);
    }

    /** Smallest value. */
    public static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    /** Largest value. */
    public static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
