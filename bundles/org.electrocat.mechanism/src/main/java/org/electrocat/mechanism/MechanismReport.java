package org.electrocat.mechanism;

import java.util.List;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ReportBuilder;
import org.electrocat.api.Result;

/** The order every mechanism report section follows: method, warnings, values, charts, tables. */
public final class MechanismReport {

    private MechanismReport() {
    }

    /**
     * Writes the blocks.
     *
     * @param method one paragraph on the method and its reference
     * @param charts the result's charts
     */
    public static void write(Result result, ReportBuilder report, String method, List<NamedChart> charts) {
        report.paragraph(method);
        for (String w : result.warnings()) {
            report.warning(w);
        }
        report.values(result.values());
        charts.forEach(report::chart);
        result.tables().forEach(report::table);
    }
}
