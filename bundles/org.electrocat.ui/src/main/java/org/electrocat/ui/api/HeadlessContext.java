package org.electrocat.ui.api;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JComponent;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * A {@link WorkbenchContext} without a workbench, for testing views headless (or rendering them
 * off screen): chart panels are plain JFreeChart panels named {@code chart:<fileId>}, nothing is
 * selected, {@link #open} does nothing, log lines are kept, and the study conditions are the ones
 * given. The static helpers walk a view's component tree, so tests can find its charts and named
 * parts without a window.
 */
public class HeadlessContext implements WorkbenchContext {

    private final List<String> messages = new ArrayList<>();
    private final Map<String, String> conditions;

    /** @param conditions what {@link #conditions(ViewInput)} answers for every input (pH, temperature ...) */
    public HeadlessContext(Map<String, String> conditions) {
        this.conditions = Map.copyOf(conditions);
    }

    /** A context with no study conditions. */
    public HeadlessContext() {
        this(Map.of());
    }

    /** The lines views wrote with {@link #log}. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public List<NamedChart> charts(Result result) {
        return List.of();
    }

    @Override
    public JComponent chartPanel(JFreeChart chart, String fileId) {
        ChartPanel p = new ChartPanel(chart);
        p.setName("chart:" + fileId);
        return p;
    }

    @Override
    public List<Dataset> selectedDatasets() {
        return List.of();
    }

    @Override
    public Optional<Result> selectedResult() {
        return Optional.empty();
    }

    @Override
    public void open(ViewInput input) {
        // no editor area
    }

    @Override
    public Map<String, String> conditions(ViewInput input) {
        return conditions;
    }

    @Override
    public void log(String message) {
        messages.add(message);
    }

    @Override
    public Window window() {
        return null;
    }

    /** Every component under root (root included), depth first. */
    public static List<Component> components(Component root) {
        List<Component> out = new ArrayList<>();
        out.add(root);
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                out.addAll(components(child));
            }
        }
        return out;
    }

    /** The chart panels under root, in tree order. */
    public static List<ChartPanel> chartPanels(Component root) {
        return components(root).stream().filter(ChartPanel.class::isInstance).map(ChartPanel.class::cast).toList();
    }

    /** Names of the components under root that have one, in tree order. */
    public static List<String> componentNames(Component root) {
        return components(root).stream().map(Component::getName).filter(n -> n != null).toList();
    }
}
