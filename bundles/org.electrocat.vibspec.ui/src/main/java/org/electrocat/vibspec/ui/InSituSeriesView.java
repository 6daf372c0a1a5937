package org.electrocat.vibspec.ui;

import org.electrocat.ui.api.ViewPanes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.HouseStyle;
import org.electrocat.chart.Series;
import org.electrocat.chart.SpectrumLayout;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.electrocat.vibspec.model.SpectralAxes;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumKeys;
import org.electrocat.vibspec.model.SpectrumSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.osgi.service.component.annotations.Component;

/**
 * An in situ spectro-electrochemical series (spectra against electrode potential): a waterfall with
 * each trace shifted up and labelled by its potential, the reference scale named on the chart, and
 * a colour map with the potential (and its scale) as the series axis. Difference spectra (each
 * minus the reference potential's spectrum) get a dotted zero line under every trace, so bands that
 * fall below it (species consumed) stand out. Takes a series dataset (kind {@code spectrum-series})
 * or a {@code vibspec.insitu} result (its {@code spectra} and {@code difference} curves and its
 * table of bands against potential).
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=vibspec.insitu-series", "electrocat.technique=vibspec"})
public final class InSituSeriesView implements WorkbenchView {

    /** View id. */
    public static final String ID = "vibspec.insitu-series";
    /** Colour-map columns at most (a spectrum is sampled evenly beyond that, for drawing speed). */
    static final int MAX_COLUMNS = 400;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "In situ series";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean supports(ViewInput input) {
        if (input.result() != null) {
            return input.result().analysisId().equals("vibspec.insitu") && !series(input.result()).isEmpty();
        }
        return isSeries(input.dataset());
    }

    static boolean isSeries(Dataset d) {
        return SpectrumKeys.SERIES_KIND.equals(d.kind()) && d.rows() > 0
                && d.column(SpectrumKeys.SERIES_POTENTIAL).isPresent() && d.column(SpectrumKeys.SERIES_INDEX).isPresent();
    }

    static List<Dataset> series(Result r) {
        return r.curves().stream().filter(InSituSeriesView::isSeries).toList();
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        List<Dataset> curves = input.result() != null ? series(input.result()) : List.of(input.dataset());
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("vibspec.insitu.tabs");
        for (Dataset d : curves) {
            String base = (input.result() != null ? input.result().id() + "-" : "") + d.id();
            base = base.replaceAll("[^A-Za-z0-9._-]+", "_");
            try {
                List<Spectrum> spectra = SpectrumSeries.spectra(d);
                boolean difference = isDifference(d);
                String what = difference ? "Difference" : "Spectra";
                tabs.addTab(what + " (waterfall)", context.chartPanel(waterfall(spectra, difference), base + "-waterfall"));
                tabs.addTab(what + " (colour map)", context.chartPanel(colourMap(spectra), base + "-map"));
            } catch (IllegalArgumentException e) {
                tabs.addTab(d.name(), ViewPanes.message("vibspec.error", "Cannot draw " + d.name() + ": " + e.getMessage()));
            }
        }
        if (input.result() != null) {
            for (Table t : input.result().tables()) {
                tabs.addTab("Bands", ViewPanes.table("vibspec.table", t));
            }
        }
        JComponent content = tabs;
        return ViewPart.of(ViewPanes.root(ID, content));
    }

    /** True for difference spectra: the curve is named so, or its intensity is a Δ quantity. */
    static boolean isDifference(Dataset d) {
        return d.id().endsWith("difference") || Spectrum.of(d).yName().startsWith("Δ");
    }

    /** The shift between stacked traces: 1.1 × the largest peak-to-peak range, so traces do not overlap. */
    public static double offset(List<Spectrum> spectra) {
        double range = 0;
        for (Spectrum s : spectra) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : s.y()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            range = hi > lo ? Math.max(range, hi - lo) : range;
        }
        return range > 0 ? 1.1 * range : 1;
    }

    /**
     * The waterfall: trace k shifted up by k × {@link #offset}, named by its potential when all share
     * one scale (the scale then goes in a subtitle), IR wavenumbers from high to low; for difference
     * spectra a dotted zero line under each trace.
     */
    public static JFreeChart waterfall(List<Spectrum> spectra, boolean difference) {
        Spectrum first = spectra.get(0);
        PotentialScale scale = first.scale();
        boolean oneScale = spectra.stream().allMatch(s -> s.hasPotential() && s.scale() != null && s.scale().equals(scale));
        List<Series> series = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Spectrum s : spectra) {
            String name = oneScale ? String.format(Locale.ROOT, "%.3f V", s.potential()) : s.label();
            for (int k = 2; !names.add(name); k++) {
                name = (oneScale ? String.format(Locale.ROOT, "%.3f V", s.potential()) : s.label()) + " (" + k + ")";
            }
            series.add(Series.of(name, s.x(), s.y()));
        }
        double step = offset(spectra);
        SpectrumLayout layout = new SpectrumLayout(SpectralAxes.isInfrared(first), spectra.size() > 1 ? step : 0);
        JFreeChart chart = Charts.spectrum(null, Axis.of(first.xName(), first.xUnit()), Axis.of(first.yName(),
                first.yUnit()), series, layout);
        if (oneScale) {
            TextTitle t = new TextTitle("traces labelled by E / V " + scale);
            t.setFont(HouseStyle.font(12, false));
            t.setPaint(HouseStyle.INK);
            chart.addSubtitle(t);
        }
        if (difference) {
            for (int k = 0; k < spectra.size(); k++) {
                ValueMarker zero = new ValueMarker(k * layout.offset(), new java.awt.Color(0x99, 0x99, 0x99),
                        new java.awt.BasicStroke(0.8f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 1f,
                                new float[] {2f, 3f}, 0f));
                chart.getXYPlot().addRangeMarker(zero);
            }
        }
        return chart;
    }

    /**
     * Colour map: x across, one row per spectrum at its potential (axis {@code E / V vs …}) when the
     * potentials are distinct and on one scale, else one row per spectrum number. Spectra are drawn
     * on the first spectrum's x values (linear between a spectrum's own points when its grid
     * differs), at most {@value #MAX_COLUMNS} columns.
     */
    public static JFreeChart colourMap(List<Spectrum> spectra) {
        Spectrum ref = spectra.get(0);
        int n = ref.size();
        int every = Math.max(1, (n + MAX_COLUMNS - 1) / MAX_COLUMNS);
        int cols = (n + every - 1) / every;
        double[] xs = new double[cols];
        for (int c = 0; c < cols; c++) {
            xs[c] = ref.x()[c * every];
        }
        double[][] z = new double[spectra.size()][cols];
        double[] ys = new double[spectra.size()];
        List<String> rows = new ArrayList<>();
        Set<Double> distinct = new HashSet<>();
        boolean oneScale = true;
        for (int r = 0; r < spectra.size(); r++) {
            Spectrum s = spectra.get(r);
            boolean same = java.util.Arrays.equals(s.x(), ref.x());
            for (int c = 0; c < cols; c++) {
                z[r][c] = same ? s.y()[c * every] : valueAt(s, xs[c]);
            }
            ys[r] = s.potential();
            oneScale &= s.hasPotential() && s.scale() != null && s.scale().equals(ref.scale());
            distinct.add(ys[r]);
            rows.add("#" + (r + 1) + (s.hasPotential() ? String.format(Locale.ROOT, " %.3f V", s.potential()) : ""));
        }
        Axis x = Axis.of(ref.xName(), ref.xUnit());
        Axis zAxis = Axis.of(ref.yName(), ref.yUnit());
        JFreeChart chart = oneScale && distinct.size() == ys.length
                ? Charts.heatmap(null, x, xs, Axis.potential("E", Units.VOLT, ref.scale()), ys, z, zAxis)
                : Charts.heatmap(null, x, xs, "spectrum", rows, z, zAxis);
        chart.getXYPlot().getDomainAxis().setInverted(SpectralAxes.isInfrared(ref));
        return chart;
    }

    /** s at x: exact at its points, linear between neighbours, NaN outside its range. */
    static double valueAt(Spectrum s, double x) {
        double[] sx = s.x();
        for (int i = 0; i + 1 < sx.length; i++) {
            if (x == sx[i]) {
                return s.y()[i];
            }
            if ((x - sx[i]) * (x - sx[i + 1]) <= 0 && sx[i] != sx[i + 1]) {
                return s.y()[i] + (s.y()[i + 1] - s.y()[i]) * (x - sx[i]) / (sx[i + 1] - sx[i]);
            }
        }
        return sx.length > 0 && x == sx[sx.length - 1] ? s.y()[sx.length - 1] : Double.NaN;
    }

    static Optional<Dataset> curve(Result r, String id) {
        return r.curves().stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
