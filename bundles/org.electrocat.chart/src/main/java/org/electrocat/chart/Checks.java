package org.electrocat.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Input checks shared by the chart factories; every message names the series or field at fault. */
final class Checks {

    private Checks() {
    }

    /**
     * Checks that {@code x} and {@code y} exist, have equal length, hold no infinity and at least one
     * point where both are finite.
     */
    static void finitePairs(String what, double[] x, double[] y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException(what + ": " + (x == null ? "x" : "y") + " values are missing");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException(what + ": x has " + x.length + " values but y has " + y.length);
        }
        boolean any = false;
        for (int i = 0; i < x.length; i++) {
            if (Double.isInfinite(x[i]) || Double.isInfinite(y[i])) {
                throw new IllegalArgumentException(what + ": " + (Double.isInfinite(x[i]) ? "x" : "y") + "[" + i
                        + "] is infinite");
            }
            any |= !Double.isNaN(x[i]) && !Double.isNaN(y[i]);
        }
        if (!any) {
            throw new IllegalArgumentException(what + " has no finite point (" + x.length + " values, all NaN or empty)");
        }
    }

    /** Checks that {@code values} exist, have {@code expected} entries and hold no infinity. */
    static void length(String what, double[] values, int expected, String expectedWhat) {
        if (values == null) {
            throw new IllegalArgumentException(what + " are missing");
        }
        if (values.length != expected) {
            throw new IllegalArgumentException(what + ": " + values.length + " values for " + expected + " " + expectedWhat);
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] is infinite");
            }
        }
    }

    /** True when at least one value is finite. */
    static boolean anyFinite(double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    /** Checks that the list is non-empty and its names are unique. */
    static <T> void namedList(String what, List<T> items, Function<T, String> name) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException(what + ": at least one series is needed");
        }
        Set<String> seen = new HashSet<>();
        for (T t : items) {
            if (t == null) {
                throw new IllegalArgumentException(what + ": a series is null");
            }
            if (!seen.add(name.apply(t))) {
                throw new IllegalArgumentException(what + ": two series are called '" + name.apply(t) + "'");
            }
        }
    }

    /** Checks that a chart title is present (it may be empty, not null). */
    static String title(String title) {
        return title == null ? "" : title;
    }
}
