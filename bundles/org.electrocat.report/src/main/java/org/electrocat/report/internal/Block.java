package org.electrocat.report.internal;

import java.util.List;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;

/**
 * One block of a result's section as a {@link org.electrocat.api.ReportSection} (or the generic
 * section) added it. The same blocks feed the HTML page, results.json and the CSV and chart files,
 * so all outputs say the same thing.
 */
public sealed interface Block {

    /** A sub-heading. */
    record Heading(String text) implements Block {
    }

    /** A paragraph of plain text. */
    record Paragraph(String text) implements Block {
    }

    /** Named values with units and uncertainties. */
    record Values(List<Result.Value> values) implements Block {
        public Values {
            values = List.copyOf(values);
        }
    }

    /** A table. */
    record TableBlock(Table table) implements Block {
    }

    /** A chart. */
    record Chart(NamedChart chart) implements Block {
    }

    /** A warning the reader must not miss. */
    record Warning(String text) implements Block {
    }
}
