package org.electrocat.xas.ui;

import org.electrocat.ui.api.ViewPanes;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.HouseStyle;
import org.electrocat.chart.Series;
import org.electrocat.core.model.Dataset;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.osgi.service.component.annotations.Component;

/**
 * XANES normalisation as Athena shows it: for the spectrum picked, µ(E) with the pre-edge line and
 * the post-edge curve the normalisation fitted and E0 marked; beside it the normalised µ(E) of every
 * spectrum of the result, each with its E0. Drawn from the {@code norm} curves the xas analyses write
 * ({@code xas.curves = norm}: {@code energy}, {@code mu}, {@code pre_edge}, {@code post_edge},
 * {@code norm}, and E0 in the {@code xas.e0} metadata). A raw XAS spectrum (energy, mu) shows µ(E) alone.
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=xas.mu", "electrocat.technique=xas"})
public final class XasNormView implements WorkbenchView {

    /** View id. */
    public static final String ID = "xas.mu";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "XAS µ(E)";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean supports(ViewInput input) {
        if (input.result() != null) {
            return input.result().analysisId().startsWith("xas.") && !norms(input.result()).isEmpty();
        }
        Dataset d = input.dataset();
        return d.rows() > 1 && d.column("energy").isPresent() && d.column("mu").isPresent()
                && (isNorm(d) || "xas".equals(d.metadata().get("technique")));
    }

    static boolean isNorm(Dataset d) {
        return "norm".equals(d.metadata().get("xas.curves")) && d.column("norm").isPresent()
                && d.column("pre_edge").isPresent() && d.column("post_edge").isPresent();
    }

    /** The normalised spectra of a result. */
    public static List<Dataset> norms(Result r) {
        return r.curves().stream().filter(d -> isNorm(d) && d.column("energy").isPresent()).toList();
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        Result r = input.result();
        List<Dataset> spectra = r != null ? norms(r) : List.of(input.dataset());
        String base = (r != null ? r.id() : input.dataset().id()).replaceAll("[^A-Za-z0-9._-]+", "_");
        JComboBox<String> pick = new JComboBox<>(spectra.stream().map(Dataset::name).toArray(String[]::new));
        pick.setName("xas.spectrum");
        JPanel left = new JPanel(new BorderLayout());
        Runnable redraw = () -> {
            left.removeAll();
            Dataset d = spectra.get(pick.getSelectedIndex());
            left.add(chartOrMessage(context, () -> mu(d), base + "-mu"), BorderLayout.CENTER);
            left.revalidate();
            left.repaint();
        };
        pick.addActionListener(e -> redraw.run());
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT));
        bar.add(new JLabel("Spectrum"));
        bar.add(pick);
        JPanel leftWithBar = new JPanel(new BorderLayout());
        leftWithBar.add(bar, BorderLayout.NORTH);
        leftWithBar.add(left, BorderLayout.CENTER);
        redraw.run();
        List<Dataset> normalised = spectra.stream().filter(XasNormView::isNorm).toList();
        JComponent content = normalised.isEmpty() ? leftWithBar
                : ViewPanes.split(true, leftWithBar, chartOrMessage(context, () -> normalised(normalised), base + "-norm"), 0.5);
        return ViewPart.of(ViewPanes.root(ID, content));
    }

    private static JComponent chartOrMessage(WorkbenchContext context, java.util.function.Supplier<JFreeChart> chart,
            String fileId) {
        try {
            return context.chartPanel(chart.get(), fileId);
        } catch (IllegalArgumentException e) {
            return ViewPanes.message("xas.error", "Cannot draw: " + e.getMessage());
        }
    }

    /** E0 of a normalised spectrum in eV, from its {@code xas.e0} metadata. */
    public static OptionalDouble e0(Dataset d) {
        try {
            return d.meta("xas.e0").map(s -> OptionalDouble.of(Double.parseDouble(s))).orElse(OptionalDouble.empty());
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** µ(E) with the pre-edge line, the post-edge curve (when normalised) and E0. */
    public static JFreeChart mu(Dataset d) {
        double[] e = d.require("energy").array();
        List<Series> s = new ArrayList<>();
        s.add(Series.of("µ(E)", e, d.require("mu").array()));
        if (isNorm(d)) {
            s.add(Series.of("pre-edge line", e, d.require("pre_edge").array()));
            s.add(Series.of("post-edge curve", e, d.require("post_edge").array()));
        }
        JFreeChart c = Charts.xy(d.name(), Axis.of("E", "eV"), Axis.of("µ(E)", ""), s);
        XYItemRenderer r = c.getXYPlot().getRenderer();
        for (int k = 1; k < s.size(); k++) {
            r.setSeriesStroke(k, HouseStyle.dashed(1.3f));
        }
        e0(d).ifPresent(v -> c.getXYPlot().addDomainMarker(e0Marker(v, 0)));
        return c;
    }

    /**
     * The normalised µ(E) of every spectrum, each with its E0 as a line in its colour and written in
     * its legend entry (labels on the chart would overlap: E0 of related samples lie within a few eV).
     */
    public static JFreeChart normalised(List<Dataset> spectra) {
        List<Series> s = new ArrayList<>();
        for (Dataset d : spectra) {
            OptionalDouble e0 = e0(d);
            String base = d.name() + (e0.isPresent() ? String.format(java.util.Locale.ROOT, ", E0 = %.2f eV", e0.getAsDouble())
                    : "");
            String name = base;
            for (int k = 2; taken(s, name); k++) {
                name = base + " (" + k + ")";
            }
            s.add(Series.of(name, d.require("energy").array(), d.require("norm").array()));
        }
        JFreeChart c = Charts.xy(null, Axis.of("E", "eV"), Axis.of("normalised µ(E)", ""), s);
        XYPlot p = c.getXYPlot();
        for (int k = 0; k < spectra.size(); k++) {
            final int colour = k;
            e0(spectra.get(k)).ifPresent(v -> {
                ValueMarker m = e0Marker(v, colour);
                m.setLabel(null);
                p.addDomainMarker(m);
            });
        }
        return c;
    }

    private static ValueMarker e0Marker(double e0, int colour) {
        ValueMarker m = new ValueMarker(e0, HouseStyle.colour(colour), HouseStyle.dashed(0.9f));
        m.setLabel(String.format(java.util.Locale.ROOT, "E0 = %.2f eV", e0));
        m.setLabelFont(HouseStyle.font(10, false));
        m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return m;
    }

    private static boolean taken(List<Series> s, String name) {
        return s.stream().anyMatch(x -> x.name().equals(name));
    }
}
