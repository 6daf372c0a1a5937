package org.electrocat.vibspec.testing;

import java.util.List;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;

/** Runs an analysis as the study runner would (parameters resolved against the declarations). */
public final class Runs {

    private Runs() {
    }

    public static Result run(Analysis a, List<Dataset> inputs, Map<String, String> params) {
        Parameters p = Parameters.resolve("analysis " + a.id(), a.parameters(), params);
        return a.run(AnalysisContext.of("step", inputs, p));
    }

    /** Cell (row, column by header) of the result's table with the given title prefix. */
    public static Object cell(Result r, String titlePrefix, int row, String header) {
        Table t = r.tables().stream().filter(x -> x.title().startsWith(titlePrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + titlePrefix + " in " + r));
        int c = t.headers().indexOf(header);
        if (c < 0) {
            throw new AssertionError("no column " + header + " in " + t.headers());
        }
        return t.rows().get(row).get(c);
    }

    /** A quantity cell. */
    public static Quantity quantity(Result r, String titlePrefix, int row, String header) {
        Object o = cell(r, titlePrefix, row, header);
        if (!(o instanceof Quantity q)) {
            throw new AssertionError("cell " + header + " of row " + row + " is " + o);
        }
        return q;
    }

    /** The curve with the given id. */
    public static Dataset curve(Result r, String id) {
        return r.curves().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no curve " + id + " in " + r.curves()));
    }
}
