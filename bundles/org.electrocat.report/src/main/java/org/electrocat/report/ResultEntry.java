package org.electrocat.report;

import java.util.List;
import java.util.Objects;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;

/**
 * One result with what the runtime found to present it: the charts every supporting
 * {@link org.electrocat.api.ChartContributor} drew, and the candidate {@link ReportSection}s (the
 * first that supports the result writes its section; without one the report writes a generic
 * section).
 *
 * @param result   the analysis result
 * @param charts   charts for the result, may be empty
 * @param sections report sections to try, may be empty
 */
public record ResultEntry(Result result, List<NamedChart> charts, List<ReportSection> sections) {

    public ResultEntry {
        Objects.requireNonNull(result, "result");
        charts = charts == null ? List.of() : List.copyOf(charts);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
