package org.electrocat.api;

import java.util.List;
import org.electrocat.core.model.Table;

/**
 * The blocks a {@link ReportSection} may add to a report. The report bundle renders them to HTML
 * (and the same content to results.json and CSV); plugins never write HTML themselves, so every
 * report looks alike and stays self-contained.
 */
public interface ReportBuilder {

    /** A sub-heading inside the current result's section. */
    void heading(String text);

    /** A paragraph of plain text (escaped by the report). */
    void paragraph(String text);

    /** A list of named values with units and uncertainties. */
    void values(List<Result.Value> values);

    /** A table. */
    void table(Table table);

    /** A chart, embedded as SVG. */
    void chart(NamedChart chart);

    /** A warning the reader must not miss. */
    void warning(String text);
}
