package org.electrocat.chart;

/**
 * One bar per category with an optional error bar, e.g. the Faradaic efficiency of one product on
 * each catalyst. {@code NaN} leaves the bar out (product not measured on that catalyst).
 *
 * @param name   legend name, e.g. {@code H₂} or {@code formate}
 * @param values one value per category
 * @param errors one standard uncertainty per category (same unit), or {@code null} for no error bars;
 *               {@code NaN} draws no error bar for that category
 * @throws IllegalArgumentException naming the series on missing arrays, infinities, negative
 *                                  uncertainties or no finite value; lengths are checked by the chart
 */
public record BarSeries(String name, double[] values, double[] errors) {

    public BarSeries {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("bar series name is missing");
        }
        String what = "bar series '" + name + "'";
        if (values == null) {
            throw new IllegalArgumentException(what + ": values are missing");
        }
        Checks.length(what + " values", values, values.length, "categories");
        if (!Checks.anyFinite(values)) {
            throw new IllegalArgumentException(what + " has no finite value");
        }
        if (errors != null) {
            Checks.length(what + " errors", errors, values.length, "values");
            for (int i = 0; i < errors.length; i++) {
                if (errors[i] < 0) {
                    throw new IllegalArgumentException(what + ": errors[" + i + "] = " + errors[i] + " is negative");
                }
            }
        }
    }

    /** A series without error bars. */
    public static BarSeries of(String name, double... values) {
        return new BarSeries(name, values, null);
    }
}
