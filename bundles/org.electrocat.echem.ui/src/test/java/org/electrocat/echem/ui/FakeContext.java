package org.electrocat.echem.ui;

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
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.WorkbenchContext;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/** A workbench context for headless view tests: plain chart panels named {@code chart:<fileId>}, a log. */
final class FakeContext implements WorkbenchContext {

    final List<String> log = new ArrayList<>();
    final Map<String, String> conditions;

    FakeContext(Map<String, String> conditions) {
        this.conditions = conditions;
    }

    FakeContext() {
        this(Map.of());
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
    }

    @Override
    public Map<String, String> conditions(ViewInput input) {
        return conditions;
    }

    @Override
    public void log(String message) {
        log.add(message);
    }

    @Override
    public Window window() {
        return null;
    }

    /** Every component under root, depth first. */
    static List<Component> all(Component root) {
        List<Component> out = new ArrayList<>();
        out.add(root);
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                out.addAll(all(child));
            }
        }
        return out;
    }

    /** The chart panels under root, in tree order. */
    static List<ChartPanel> charts(Component root) {
        return all(root).stream().filter(ChartPanel.class::isInstance).map(ChartPanel.class::cast).toList();
    }

    /** Names of the components under root that have one. */
    static List<String> names(Component root) {
        return all(root).stream().map(Component::getName).filter(n -> n != null).toList();
    }
}
