package org.electrocat.xas.ui;

import org.electrocat.ui.api.ViewPanes;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.HouseStyle;
import org.electrocat.chart.Series;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.osgi.service.component.annotations.Component;

/**
 * The EXAFS panes of an {@code xas.exafs} result side by side: χ(k)·kʷ of every spectrum with the
 * Fourier-transform window on its own 0–1 axis, and |χ(R)| (phase-uncorrected; with Re χ(R) when
 * the result has one spectrum), with the table of R-space peaks below. The weight w is the one the
 * analysis used ({@code xas.kweight}). Drawn from the {@code chik} and {@code chir} curves
 * ({@code k}, {@code chi*k^w}, {@code window}; {@code R}, {@code |chi(R)|}, {@code Re chi(R)}).
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=xas.exafs", "electrocat.technique=xas"})
public final class XasExafsView implements WorkbenchView {

    /** View id. */
    public static final String ID = "xas.exafs";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "EXAFS χ(k) and |χ(R)|";
    }

    @Override
    public int priority() {
        // an exafs result also carries norm curves: the EXAFS panes are what it is about
        return 20;
    }

    @Override
    public boolean supports(ViewInput input) {
        return input.asResult().map(r -> r.analysisId().startsWith("xas.") && !curves(r, "chik").isEmpty()
                && !curves(r, "chir").isEmpty()).orElse(false);
    }

    static List<Dataset> curves(Result r, String kind) {
        return r.curves().stream().filter(d -> kind.equals(d.metadata().get("xas.curves"))).toList();
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        Result r = input.result();
        String base = r.id().replaceAll("[^A-Za-z0-9._-]+", "_");
        JComponent content;
        try {
            content = ViewPanes.split(true, context.chartPanel(chik(curves(r, "chik")), base + "-chik"),
                    context.chartPanel(chir(curves(r, "chir")), base + "-chir"), 0.5);
        } catch (IllegalArgumentException e) {
            content = ViewPanes.message("xas.error", "Cannot draw " + r.id() + ": " + e.getMessage());
        }
        for (Table t : r.tables()) {
            if (t.headers().contains("R")) {
                content = ViewPanes.split(false, content, ViewPanes.table("xas.peaks", t), 0.75);
            }
        }
        return ViewPart.of(ViewPanes.root(ID, content));
    }

    /** The k weight of a curve ({@code xas.kweight}, 2 when absent). */
    static int weight(Dataset d) {
        return Integer.parseInt(d.meta("xas.kweight").orElse("2").trim());
    }

    /** χ(k)·kʷ of each spectrum against k in Å⁻¹, with each FT window (dashed) on a right-hand 0–1 axis. */
    public static JFreeChart chik(List<Dataset> curves) {
        int w = weight(curves.get(0));
        List<Series> s = new ArrayList<>();
        DefaultXYDataset windows = new DefaultXYDataset();
        Column weighted = curves.get(0).require("chi*k^" + w);
        for (Dataset d : curves) {
            double[] k = d.require("k").array();
            s.add(Series.of(d.name(), k, d.require("chi*k^" + w).array()));
            d.column("window").ifPresent(c -> windows.addSeries("window: " + d.name(), new double[][] {k, c.array()}));
        }
        JFreeChart c = Charts.xy(null, Axis.of("k", "Å-1"), Axis.of("χ(k)·k" + superscript(w), weighted.unit()), s);
        if (windows.getSeriesCount() > 0) {
            XYPlot p = c.getXYPlot();
            NumberAxis wa = new NumberAxis("FT window");
            wa.setRange(0, 1.05);
            wa.setLabelFont(p.getRangeAxis().getLabelFont());
            wa.setTickLabelFont(p.getRangeAxis().getTickLabelFont());
            p.setRangeAxis(1, wa);
            p.setDataset(1, windows);
            p.mapDatasetToRangeAxis(1, 1);
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            for (int k = 0; k < windows.getSeriesCount(); k++) {
                r.setSeriesPaint(k, HouseStyle.colour(k));
                r.setSeriesStroke(k, HouseStyle.dashed(1f));
            }
            p.setRenderer(1, r);
        }
        return c;
    }

    /** The weight as a superscript, e.g. 2 → ². */
    static String superscript(int w) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(w).toCharArray()) {
            b.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return b.toString();
    }

    /** |χ(R)| of each spectrum against R in Å (and Re χ(R) when there is one spectrum). */
    public static JFreeChart chir(List<Dataset> curves) {
        int w = weight(curves.get(0));
        List<Series> s = new ArrayList<>();
        for (Dataset d : curves) {
            s.add(Series.of(d.name(), d.require("R").array(), d.require("|chi(R)|").array()));
        }
        if (curves.size() == 1) {
            curves.get(0).column("Re chi(R)").ifPresent(c -> s.add(Series.of("Re χ(R)", curves.get(0).require("R").array(),
                    c.array())));
        }
        return Charts.xy(null, Axis.of("R", "Å"), Axis.of("|χ(R)|", "Å-" + (w + 1)), s);
    }
}
