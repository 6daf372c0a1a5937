package org.electrocat.chart;

/**
 * One named curve or point set: x and y values of equal length. {@code NaN} in either array marks a
 * gap (the line breaks there); infinities are rejected because no axis can show them. The arrays are
 * not copied, so charts of large data cost no extra memory; do not change them afterwards.
 *
 * @param name legend name, unique within a chart (e.g. {@code Cycle 2}, {@code −0.40 V vs RHE})
 * @param x    x values
 * @param y    y values
 * @throws IllegalArgumentException naming the series when the name is missing, the arrays differ in
 *                                  length, a value is infinite, or no point is finite
 */
public record Series(String name, double[] x, double[] y) {

    public Series {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("series name is missing");
        }
        Checks.finitePairs("series '" + name + "'", x, y);
    }

    /** Shorthand for the constructor. */
    public static Series of(String name, double[] x, double[] y) {
        return new Series(name, x, y);
    }

    /** Number of points, gaps included. */
    public int size() {
        return x.length;
    }
}
