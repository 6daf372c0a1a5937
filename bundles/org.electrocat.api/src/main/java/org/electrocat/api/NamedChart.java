package org.electrocat.api;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * A chart with a stable id (used as the file name of exported PNG/SVG files) and a caption.
 *
 * @param id      file-name-safe id, e.g. {@code cdl-fit}
 * @param caption one sentence for the report
 * @param chart   an ordinary JFreeChart, free to adjust
 */
public record NamedChart(String id, String caption, JFreeChart chart) {
    public NamedChart {
        Objects.requireNonNull(id, "chart id");
        Objects.requireNonNull(chart, "chart " + id);
        if (!id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("chart id '" + id + "' must be letters, digits, '.', '_' or '-'");
        }
        caption = caption == null ? "" : caption;
    }
}
