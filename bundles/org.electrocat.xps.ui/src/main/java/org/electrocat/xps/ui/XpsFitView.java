package org.electrocat.xps.ui;

import org.electrocat.ui.api.ViewPanes;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.HouseStyle;
import org.electrocat.chart.Series;
import org.electrocat.chart.SpectrumLayout;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.osgi.service.component.annotations.Component;

/**
 * An XPS peak fit as CasaXPS users read it: on a binding-energy axis running from high to low, the
 * measured spectrum as points, the background, each fitted component on the background (the two
 * members of a spin-orbit doublet, e.g. Pd 3d5/2 and 3d3/2, in one colour, the weaker member
 * dashed) and the envelope; below, on the same axis, the residuals (measured − envelope). Drawn
 * from the fit curves the xps analyses write ({@code xps.curves = fit}: {@code BE},
 * {@code intensity}, {@code background}, {@code envelope}, {@code residual}, {@code line: <name>}).
 * Takes xps.fit, xps.shift and xps.calibrate results (one tab per fitted region), a fit curve, and a
 * plain XPS region (its spectrum alone, on the reversed axis).
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=xps.fit", "electrocat.technique=xps"})
public final class XpsFitView implements WorkbenchView {

    /** View id. */
    public static final String ID = "xps.fit";
    /** Binding-energy column of xps datasets. */
    static final String BE = "BE";
    /** A core level with its total angular momentum: {@code Pd 3d5/2} → {@code Pd 3d}, {@code 5/2}. */
    private static final Pattern SPIN_ORBIT = Pattern.compile("^(.*\\d[pdf])\\s*(\\d/2)$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "XPS fit";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean supports(ViewInput input) {
        if (input.result() != null) {
            return input.result().analysisId().startsWith("xps.") && !fits(input.result()).isEmpty();
        }
        Dataset d = input.dataset();
        return d.rows() > 1 && d.column(BE).isPresent() && d.column("intensity").isPresent()
                && (isFit(d) || "xps".equals(d.metadata().get("technique")));
    }

    static boolean isFit(Dataset d) {
        return "fit".equals(d.metadata().get("xps.curves")) && d.column("envelope").isPresent()
                && d.column("background").isPresent() && d.column("residual").isPresent();
    }

    /** The fit curves of a result, in its order. */
    public static List<Dataset> fits(Result r) {
        return r.curves().stream().filter(d -> isFit(d) && d.column(BE).isPresent()).toList();
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        Result r = input.result();
        List<Dataset> curves = r != null ? fits(r) : List.of(input.dataset());
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("xps.fits");
        for (Dataset d : curves) {
            String base = ((r != null ? r.id() + "-" : "") + d.id()).replaceAll("[^A-Za-z0-9._-]+", "_");
            try {
                // the same region of two samples (a shift): the curve id names the sample
                String tab = curves.stream().filter(c -> c.name().equals(d.name())).count() > 1 ? d.name() + " (" + d.id() + ")"
                        : d.name();
                tabs.addTab(tab, context.chartPanel(isFit(d) ? chart(d) : spectrum(d), base + "-fit"));
            } catch (IllegalArgumentException e) {
                tabs.addTab(d.name(), ViewPanes.message("xps.error", "Cannot draw " + d.name() + ": " + e.getMessage()));
            }
        }
        JComponent content = tabs;
        if (r != null && !r.tables().isEmpty()) {
            JTabbedPane tables = new JTabbedPane();
            for (Table t : r.tables()) {
                tables.addTab(t.title().length() > 40 ? t.title().substring(0, 40) + "…" : t.title(), ViewPanes.table("xps.table", t));
            }
            content = ViewPanes.split(false, tabs, tables, 0.75);
        }
        return ViewPart.of(ViewPanes.root(ID, content));
    }

    /** The binding-energy axis, drawn from high to low. */
    static Axis beAxis() {
        return Axis.of("Binding energy", "eV");
    }

    /** A region without a fit: intensity against binding energy, high to low. */
    public static JFreeChart spectrum(Dataset d) {
        Column i = d.require("intensity");
        return Charts.spectrum(null, beAxis(), Axis.of("Intensity", i.unit()), List.of(Series.of(d.name(),
                d.require(BE).array(), i.array())), SpectrumLayout.OVERLAY.reversed());
    }

    /**
     * The fit (upper panel: measured, background, components, envelope) and its residuals (lower
     * panel) sharing one reversed binding-energy axis.
     */
    public static JFreeChart chart(Dataset d) {
        double[] be = d.require(BE).array();
        Column intensity = d.require("intensity");
        List<Series> s = new ArrayList<>();
        s.add(Series.of("measured", be, intensity.array()));
        s.add(Series.of("background", be, d.require("background").array()));
        Map<String, List<String>> doublets = components(d);
        for (List<String> members : doublets.values()) {
            for (String m : members) {
                s.add(Series.of(m, be, d.require("line: " + m).array()));
            }
        }
        s.add(Series.of("envelope", be, d.require("envelope").array()));
        Axis y = Axis.of("Intensity", intensity.unit());
        XYPlot fit = Charts.spectrum(null, beAxis(), y, s, SpectrumLayout.OVERLAY.reversed()).getXYPlot();
        style((XYLineAndShapeRenderer) fit.getRenderer(), doublets, s.size());
        XYPlot res = Charts.spectrum(null, beAxis(), Axis.of("Residual", intensity.unit()),
                List.of(Series.of("residual", be, d.require("residual").array())), SpectrumLayout.OVERLAY.reversed())
                .getXYPlot();
        res.getRenderer().setSeriesPaint(0, HouseStyle.INK);
        NumberAxis x = new NumberAxis(beAxis().label());
        x.setInverted(true);
        x.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(8);
        plot.add(fit, 3);
        plot.add(res, 1);
        JFreeChart chart = new JFreeChart(d.name(), HouseStyle.font(14, true), plot, true);
        return HouseStyle.apply(chart);
    }

    /**
     * The fitted lines grouped by core level in column order: {@code Pd 3d5/2} and {@code Pd 3d3/2}
     * form one doublet (stronger member, higher j, first); a singlet ({@code C 1s}, or any other
     * name) stands alone.
     */
    public static Map<String, List<String>> components(Dataset d) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Column c : d.columns()) {
            if (!c.name().startsWith("line: ")) {
                continue;
            }
            String name = c.name().substring(6);
            Matcher m = SPIN_ORBIT.matcher(name);
            String level = m.matches() ? m.group(1) : name;
            out.computeIfAbsent(level, k -> new ArrayList<>()).add(name);
        }
        for (List<String> members : out.values()) {
            members.sort((a, b) -> Double.compare(j(b), j(a)));
        }
        return out;
    }

    /** j of a name like {@code Pd 3d5/2} (5/2 → 2.5), 0 when none. */
    private static double j(String name) {
        Matcher m = SPIN_ORBIT.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(2).substring(0, 1)) / 2.0 : 0;
    }

    /** Measured as points; background grey dashed; one colour per doublet, weaker member dashed; envelope dark. */
    private static void style(XYLineAndShapeRenderer r, Map<String, List<String>> doublets, int count) {
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShapesVisible(0, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setSeriesPaint(0, HouseStyle.INK);
        r.setSeriesPaint(1, java.awt.Color.GRAY);
        r.setSeriesStroke(1, HouseStyle.dashed(1.2f));
        int s = 2;
        int colour = 0;
        for (List<String> members : doublets.values()) {
            for (int k = 0; k < members.size(); k++, s++) {
                r.setSeriesPaint(s, HouseStyle.colour(colour));
                r.setSeriesStroke(s, k == 0 ? HouseStyle.line(1.5f) : HouseStyle.dashed(1.5f));
            }
            colour++;
        }
        r.setSeriesPaint(count - 1, HouseStyle.colour(colour));
        r.setSeriesStroke(count - 1, HouseStyle.line(HouseStyle.LINE_WIDTH));
    }
}
