package org.electrocat.api;

import java.util.List;

/**
 * Turns results into charts. The report embeds them as SVG, exports PNG/SVG files, and the
 * workbench shows them in chart views. Register as an OSGi service; every contributor whose
 * {@link #supports} accepts a result is asked for charts.
 */
public interface ChartContributor {

    /** True when this contributor draws charts for the result (usually by analysis id). */
    boolean supports(Result result);

    /** The charts for the result; may be empty. Must not modify the result. */
    List<NamedChart> charts(Result result);
}
