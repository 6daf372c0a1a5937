package org.electrocat.vibspec.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.electrocat.core.units.Unit;
import org.electrocat.vibspec.model.Spectrum;

/**
 * A processed spectrum and the columns written next to it (the raw data, a baseline), each with
 * its unit, so a chart or a later step can show what changed.
 *
 * @param spectrum the result
 * @param extra    extra columns by name: values (one per point) and unit
 */
public record Processed(Spectrum spectrum, Map<String, Extra> extra) {

    /** An extra column. */
    public record Extra(double[] values, Unit unit) {
    }

    /** A processed spectrum with the input kept as the {@code raw} column. */
    public static Processed withRaw(Spectrum result, Spectrum input) {
        Map<String, Extra> m = new LinkedHashMap<>();
        if (result.size() == input.size()) {
            m.put("raw", new Extra(input.y(), input.yUnit()));
        }
        return new Processed(result, m);
    }

    /** Adds an extra column (returns this for chaining). */
    public Processed with(String name, double[] values, Unit unit) {
        extra.put(name, new Extra(values, unit));
        return this;
    }
}
