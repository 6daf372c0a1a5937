package org.electrocat.api;

/**
 * Writes the report block for a result: the explanation, the values that matter, the tables and
 * charts, in the order a reader of that technique expects. Without a matching section the report
 * shows a generic block (values, tables, charts from {@link ChartContributor}s).
 */
public interface ReportSection {

    /** True when this section renders the result (usually by analysis id). */
    boolean supports(Result result);

    /** Adds the result's blocks. */
    void write(Result result, ReportBuilder report);
}
