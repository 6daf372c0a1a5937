package org.electrocat.ui.api;

import java.awt.Window;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JComponent;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.jfree.chart.JFreeChart;

/**
 * What the workbench offers to views and actions. Call it on the Swing event dispatch thread.
 */
public interface WorkbenchContext {

    /** Charts of a result from every installed {@code ChartContributor} that supports it (as in the report). */
    List<NamedChart> charts(Result result);

    /**
     * The workbench's chart component for a chart: mouse-wheel and drag zoom, pan with Ctrl-drag, a
     * crosshair read-out of the nearest data point, and export to PNG, SVG and CSV of the plotted data.
     * Views should use it so every chart in the workbench behaves the same.
     *
     * @param chart  the chart
     * @param fileId base name proposed for exported files (letters, digits, {@code . _ -})
     */
    JComponent chartPanel(JFreeChart chart, String fileId);

    /** Datasets selected in the project tree (may be empty). */
    List<Dataset> selectedDatasets();

    /** The result selected in the project tree or results table, if any. */
    Optional<Result> selectedResult();

    /** Opens an input in the editor area with its preferred view (or brings its tab to the front). */
    void open(ViewInput input);

    /**
     * The shared conditions of the study an input belongs to ({@code pH}, {@code temperature},
     * {@code reference} ..., as the study file writes them), e.g. for a view that converts potentials
     * to RHE; empty for a file opened on its own or an ad-hoc run.
     */
    default Map<String, String> conditions(ViewInput input) {
        return Map.of();
    }

    /** Writes a line to the workbench's log. */
    void log(String message);

    /** The workbench window, as parent for dialogs. */
    Window window();
}
