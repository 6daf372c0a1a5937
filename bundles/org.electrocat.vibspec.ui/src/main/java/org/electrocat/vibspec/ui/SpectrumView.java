package org.electrocat.vibspec.ui;

import org.electrocat.ui.api.ViewPanes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.electrocat.vibspec.model.SpectralAxes;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumKeys;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.osgi.service.component.annotations.Component;

/**
 * A Raman or IR spectrum with what the vibspec analyses added to it, overlaid in one chart on the
 * spectrum's own x axis (IR wavenumbers from high to low): the processed intensity, the raw data,
 * the fitted baseline, the total band fit and each fitted band on its background, and the band
 * assignments from the result's {@code Fitted bands} table as labelled markers at the fitted
 * positions. Takes a vibspec spectrum dataset (with {@code spectrum.technique} metadata) or a
 * vibspec result whose curves are single spectra (despike, baseline, peaks, smooth …), one tab
 * per spectrum.
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=vibspec.spectrum", "electrocat.technique=vibspec"})
public final class SpectrumView implements WorkbenchView {

    /** View id. */
    public static final String ID = "vibspec.spectrum";
    /** Tabs at most for a result over many spectra. */
    static final int MAX_TABS = 12;

    /** A band assignment at its fitted position (x unit of the spectrum). */
    public record Assignment(double position, String text) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Spectrum and bands";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean supports(ViewInput input) {
        if (input.result() != null) {
            Result r = input.result();
            return r.analysisId().startsWith("vibspec.") && !spectra(r).isEmpty();
        }
        return isVibrationalSpectrum(input.dataset());
    }

    /** A single spectrum read by a vibspec reader or written by a vibspec analysis. */
    static boolean isVibrationalSpectrum(Dataset d) {
        return DatasetKind.SPECTRUM.equals(d.kind()) && d.rows() > 1 && d.columns().size() >= 2
                && d.meta(SpectrumKeys.TECHNIQUE).isPresent();
    }

    static List<Dataset> spectra(Result r) {
        return r.curves().stream().filter(SpectrumView::isVibrationalSpectrum).toList();
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        Result r = input.result();
        List<Dataset> curves = r != null ? spectra(r) : List.of(input.dataset());
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("vibspec.spectrum.tabs");
        for (Dataset d : curves.subList(0, Math.min(MAX_TABS, curves.size()))) {
            String base = ((r != null ? r.id() + "-" : "") + d.id()).replaceAll("[^A-Za-z0-9._-]+", "_");
            try {
                List<Assignment> a = r == null ? List.of() : assignments(r, d);
                tabs.addTab(d.name(), context.chartPanel(chart(d, a), base + "-spectrum"));
            } catch (IllegalArgumentException e) {
                tabs.addTab(d.name(), ViewPanes.message("vibspec.error", "Cannot draw " + d.name() + ": " + e.getMessage()));
            }
        }
        JComponent content = tabs;
        if (r != null) {
            for (Table t : r.tables()) {
                if (t.headers().contains("assignment")) {
                    content = ViewPanes.split(false, tabs, ViewPanes.table("vibspec.bands", t), 0.72);
                }
            }
        }
        return ViewPart.of(ViewPanes.root(ID, content));
    }

    /**
     * The spectrum with its other intensity columns (raw, baseline, fit, band k) overlaid, each
     * named after its column, and the assignments as labelled vertical markers.
     */
    public static JFreeChart chart(Dataset d, List<Assignment> assignments) {
        Spectrum s = Spectrum.of(d);
        List<Series> series = new ArrayList<>();
        Set<String> names = new HashSet<>();
        add(series, names, s.yName(), s.x(), s.y());
        for (Column c : d.columns()) {
            if (c.name().equals(s.xName()) || c.name().equals(s.yName()) || !c.unit().isCompatible(s.yUnit())) {
                continue;
            }
            add(series, names, c.name(), s.x(), c.array());
        }
        SpectrumLayout layout = SpectralAxes.isInfrared(s) ? SpectrumLayout.OVERLAY.reversed() : SpectrumLayout.OVERLAY;
        JFreeChart chart = Charts.spectrum(null, Axis.of(s.xName(), s.xUnit()), Axis.of(s.yName(), s.yUnit()), series,
                layout);
        // the data in grey under the fit and the bands (XYPlot draws the first series last by default)
        chart.getXYPlot().setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        if (series.size() > 1) {
            chart.getXYPlot().getRenderer().setSeriesPaint(0, new java.awt.Color(0x8A8A8A));
            chart.getXYPlot().getRenderer().setSeriesStroke(0, HouseStyle.line(1.0f));
        }
        for (int k = 0; k < assignments.size(); k++) {
            Assignment a = assignments.get(k);
            ValueMarker m = new ValueMarker(a.position(), HouseStyle.colour(7), HouseStyle.dashed(0.8f));
            m.setLabel(a.text());
            // neighbouring bands (a few cm⁻¹ apart) would write over each other: stagger the labels
            m.setLabelOffset(new RectangleInsets(3 + 13 * (k % 4), 3, 3, 3));
            m.setLabelFont(HouseStyle.font(10, false));
            m.setLabelAnchor(RectangleAnchor.TOP);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            chart.getXYPlot().addDomainMarker(m);
        }
        return chart;
    }

    /**
     * The assignments of the bands fitted on {@code d}: the rows of the result's table with
     * {@code position} and {@code assignment} columns whose {@code spectrum} is this one (every row
     * when the result has one spectrum), labelled {@code position: assignment} with the assignment's
     * short name (the position alone when nothing in the library matched).
     */
    public static List<Assignment> assignments(Result r, Dataset d) {
        List<Assignment> out = new ArrayList<>();
        String label = Spectrum.of(d).label();
        boolean single = spectra(r).size() == 1;
        for (Table t : r.tables()) {
            int pos = t.headers().indexOf("position");
            int text = t.headers().indexOf("assignment");
            int spectrum = t.headers().indexOf("spectrum");
            if (pos < 0 || text < 0) {
                continue;
            }
            for (List<Object> row : t.rows()) {
                if (!single && spectrum >= 0 && !label.equals(String.valueOf(row.get(spectrum)))) {
                    continue;
                }
                double x = row.get(pos) instanceof Quantity q ? q.value()
                        : row.get(pos) instanceof Number n ? n.doubleValue() : Double.NaN;
                if (Double.isFinite(x)) {
                    String a = row.get(text) == null ? "" : row.get(text).toString().trim();
                    // the library's short name on the chart ("Ti-S"); its description stays in the table
                    a = a.contains(" (") ? a.substring(0, a.indexOf(" (")) : a;
                    String at = String.format(Locale.ROOT, "%.0f", x);
                    out.add(new Assignment(x, a.isEmpty() || a.equals("—") || a.equals("-") ? at : at + ": " + a));
                }
            }
        }
        return out;
    }

    private static void add(List<Series> series, Set<String> names, String name, double[] x, double[] y) {
        boolean any = false;
        for (int i = 0; i < y.length; i++) {
            if (Double.isInfinite(y[i])) {
                return;
            }
            any |= Double.isFinite(y[i]) && Double.isFinite(x[i]);
        }
        if (any && names.add(name)) {
            series.add(Series.of(name, x, y));
        }
    }
}
