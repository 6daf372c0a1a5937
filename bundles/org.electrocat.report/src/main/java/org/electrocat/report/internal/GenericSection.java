package org.electrocat.report.internal;

import java.util.List;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ReportBuilder;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;

/**
 * The section of a result that no plugin section supports: warnings first, then the values, the
 * tables, the charts, and a list of the derived curves (fits, baselines) the result carries.
 */
final class GenericSection {

    private GenericSection() {
    }

    static void write(Result result, List<NamedChart> charts, ReportBuilder report) {
        for (String w : result.warnings()) {
            report.warning(w);
        }
        report.values(result.values());
        for (Table t : result.tables()) {
            report.table(t);
        }
        for (NamedChart c : charts) {
            report.chart(c);
        }
        if (!result.curves().isEmpty()) {
            Table.Builder curves = Table.builder("Derived curves").column("Curve", null).column("Kind", null)
                    .column("Points", null).column("Columns", null);
            for (Dataset d : result.curves()) {
                curves.row(d.name(), d.kind(), d.rows(), String.join(", ", d.columns().stream()
                        .map(org.electrocat.core.model.Column::label).toList()));
            }
            report.table(curves.build());
        }
    }
}
