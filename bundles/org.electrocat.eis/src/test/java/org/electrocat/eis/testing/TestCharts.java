package org.electrocat.eis.testing;

import java.util.List;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ReportBuilder;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;

/** Test helpers for charts and report sections. */
public final class TestCharts {

    private TestCharts() {
    }

    /** A report builder that records what a section writes. */
    public static final class Recorder implements ReportBuilder {
        /** Headings, paragraphs and warnings, one per line. */
        public final StringBuilder text = new StringBuilder();
        /** Charts written. */
        public int charts;
        /** Tables written. */
        public int tables;

        @Override
        public void heading(String t) {
            text.append(t).append('\n');
        }

        @Override
        public void paragraph(String t) {
            text.append(t).append('\n');
        }

        @Override
        public void values(List<Result.Value> values) {
            text.append(values.size()).append(" values\n");
        }

        @Override
        public void table(Table table) {
            tables++;
        }

        @Override
        public void chart(NamedChart chart) {
            charts++;
        }

        @Override
        public void warning(String t) {
            text.append("warning: ").append(t).append('\n');
        }
    }
}
