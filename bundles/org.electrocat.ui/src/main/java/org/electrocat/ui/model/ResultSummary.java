package org.electrocat.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.Result;

/**
 * The part of a result a session keeps: the analysis version and the scalar values with units and
 * uncertainties, and the warnings. Enough to show what a session had computed when its raw files
 * are gone, and to tell whether a recomputation gives the same numbers.
 *
 * @param analysisVersion version of the analysis that computed it
 * @param values          the values in the result's order
 * @param warnings        the result's warnings
 */
public record ResultSummary(String analysisVersion, List<Value> values, List<String> warnings) {

    /**
     * One value.
     *
     * @param key         machine key
     * @param label       human label
     * @param value       the number, in {@code unit}
     * @param uncertainty standard uncertainty in {@code unit}, {@code NaN} when not determined
     * @param unit        unit symbol
     * @param note        how it was obtained, may be empty
     */
    public record Value(String key, String label, double value, double uncertainty, String unit, String note) {
    }

    public ResultSummary {
        values = List.copyOf(values);
        warnings = List.copyOf(warnings);
    }

    /** The summary of a result. */
    public static ResultSummary of(Result r) {
        List<Value> vs = new ArrayList<>();
        for (Result.Value v : r.values()) {
            vs.add(new Value(v.key(), v.label() == null ? v.key() : v.label(), v.quantity().value(),
                    v.quantity().uncertainty(), v.quantity().unit().symbol(), v.note()));
        }
        return new ResultSummary(r.analysisVersion(), vs, r.warnings());
    }

    /**
     * What differs between a saved summary and a recomputed one, in words; empty when the values
     * agree to a relative 1e-9 (deterministic analyses give identical numbers on identical input).
     */
    public List<String> differences(ResultSummary now) {
        List<String> out = new ArrayList<>();
        if (!analysisVersion.equals(now.analysisVersion)) {
            out.add("analysis version " + analysisVersion + " then, " + now.analysisVersion + " now");
        }
        for (Value then : values) {
            Value cur = now.values.stream().filter(v -> v.key().equals(then.key())).findFirst().orElse(null);
            if (cur == null) {
                out.add(then.key() + " is no longer computed");
            } else if (!then.unit().equals(cur.unit()) || !close(then.value(), cur.value())) {
                out.add(then.key() + " = " + then.value() + " " + then.unit() + " then, " + cur.value() + " "
                        + cur.unit() + " now");
            }
        }
        return out;
    }

    private static boolean close(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }
}
