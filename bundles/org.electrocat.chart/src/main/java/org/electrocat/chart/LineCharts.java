package org.electrocat.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;

/** Line, scatter, voltammogram and spectrum charts; see {@link Charts} for the contracts. */
final class LineCharts {

    private LineCharts() {
    }

    static JFreeChart xy(String title, Axis x, Axis y, List<Series> series) {
        Checks.namedList("xy chart", series, Series::name);
        XYPlot plot = new XYPlot(XyParts.dataset(series), XyParts.numberAxis(x), XyParts.numberAxis(y),
                XyParts.renderer(true, false, series.size(), 0));
        return XyParts.chart(title, plot, series.size() > 1);
    }

    static JFreeChart scatterWithFit(String title, Axis x, Axis y, Series points, Series fit) {
        if (points == null || fit == null) {
            throw new IllegalArgumentException("scatter with fit: " + (points == null ? "points" : "fit") + " missing");
        }
        if (points.name().equals(fit.name())) {
            throw new IllegalArgumentException("scatter with fit: points and fit are both called '" + fit.name() + "'");
        }
        XYPlot plot = new XYPlot(XyParts.dataset(List.of(points)), XyParts.numberAxis(x), XyParts.numberAxis(y),
                XyParts.renderer(false, true, 1, 0));
        plot.setDataset(1, XyParts.dataset(List.of(fit)));
        plot.setRenderer(1, XyParts.renderer(true, false, 1, 1));
        return XyParts.chart(title, plot, true);
    }

    static JFreeChart scatterWithLine(String title, Axis x, Axis y, Series points, double slope, double intercept,
            String fitName) {
        if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("fit line '" + fitName + "': slope " + slope + " and intercept "
                    + intercept + " must be finite");
        }
        if (points == null) {
            throw new IllegalArgumentException("scatter with fit '" + fitName + "': points missing");
        }
        double[] ext = extentOfPairs(points, false);
        double[] fx = {ext[0], ext[1]};
        double[] fy = {intercept + slope * ext[0], intercept + slope * ext[1]};
        return scatterWithFit(title, x, y, points, new Series(fitName, fx, fy));
    }

    static JFreeChart voltammogram(String title, Axis potential, Axis current, List<Series> curves) {
        if (potential == null || !potential.isPotential()) {
            throw new IllegalArgumentException("voltammogram: the potential axis '" + potential
                    + "' needs a reference scale (e.g. Axis.potential(\"E\", Units.VOLT, PotentialScale.RHE))");
        }
        Checks.namedList("voltammogram", curves, Series::name);
        XYPlot plot = new XYPlot(XyParts.dataset(curves), XyParts.numberAxis(potential), XyParts.numberAxis(current),
                XyParts.renderer(true, false, curves.size(), 0));
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(XyParts.zeroLine());
        plot.setRangeZeroBaselineStroke(new BasicStroke(0.8f));
        return XyParts.chart(title, plot, curves.size() > 1);
    }

    /** Splits the dataset's curve into cycles when it has a {@code cycle} column. */
    static JFreeChart voltammogram(String title, Dataset d, String currentColumn) {
        Column e = d.potential().orElseThrow(() -> new IllegalArgumentException("dataset '" + d.id()
                + "' has no potential column with a reference scale (it has " + d.columnNames() + ")"));
        Column i = d.require(currentColumn);
        Optional<Column> cycle = d.column("cycle").or(() -> d.column("cycle number"));
        List<Series> curves = new ArrayList<>();
        if (cycle.isEmpty()) {
            curves.add(new Series(d.name(), e.array(), i.array()));
        } else {
            double[] c = cycle.get().array();
            Map<Double, int[]> counts = new LinkedHashMap<>();
            for (double v : c) {
                counts.computeIfAbsent(v, k -> new int[1])[0]++;
            }
            for (Map.Entry<Double, int[]> en : counts.entrySet()) {
                double key = en.getKey();
                double[] ex = new double[en.getValue()[0]];
                double[] iy = new double[ex.length];
                int n = 0;
                for (int k = 0; k < c.length; k++) {
                    if (Double.compare(c[k], key) == 0) {
                        ex[n] = e.get(k);
                        iy[n++] = i.get(k);
                    }
                }
                String name = key == Math.rint(key) ? "Cycle " + (long) key : "Cycle " + key;
                curves.add(new Series(name, ex, iy));
            }
        }
        return voltammogram(title, Axis.of(e), Axis.of(i), curves);
    }

    static JFreeChart spectrum(String title, Axis x, Axis y, List<Series> spectra, SpectrumLayout layout) {
        Checks.namedList("spectrum chart", spectra, Series::name);
        SpectrumLayout l = layout == null ? SpectrumLayout.OVERLAY : layout;
        double offset = Double.isNaN(l.offset()) ? autoOffset(spectra) : l.offset();
        List<Series> drawn = spectra;
        if (offset != 0) {
            drawn = new ArrayList<>();
            for (int s = 0; s < spectra.size(); s++) {
                Series in = spectra.get(s);
                double[] shifted = new double[in.size()];
                for (int k = 0; k < shifted.length; k++) {
                    shifted[k] = in.y()[k] + s * offset;
                }
                drawn.add(new Series(in.name(), in.x(), shifted));
            }
        }
        NumberAxis xa = XyParts.numberAxis(x);
        xa.setInverted(l.reversedX());
        NumberAxis ya = XyParts.numberAxis(y);
        XYPlot plot = new XYPlot(XyParts.dataset(drawn), xa, ya, XyParts.renderer(true, false, drawn.size(), 0));
        boolean stacked = offset != 0 && drawn.size() > 1;
        if (stacked) {
            // shifted traces make the intensity scale meaningless: hide its numbers, name each trace
            ya.setTickLabelsVisible(false);
            ya.setTickMarksVisible(false);
            ya.setUpperMargin(0.08);
            for (int s = 0; s < drawn.size(); s++) {
                plot.addAnnotation(traceLabel(drawn.get(s), s, l.reversedX()));
            }
        }
        return XyParts.chart(title, plot, drawn.size() > 1 && !stacked);
    }

    /** 1.1 × the largest peak-to-peak range of any spectrum, so stacked traces do not overlap. */
    static double autoOffset(List<Series> spectra) {
        double range = 0;
        for (Series s : spectra) {
            double[] e = extentOfPairs(s, true);
            range = Math.max(range, e[1] - e[0]);
        }
        return range > 0 ? 1.1 * range : 1;
    }

    /** The series name written just above the trace's end at the right-hand edge of the plot. */
    private static XYTextAnnotation traceLabel(Series s, int index, boolean reversed) {
        int at = -1;
        for (int k = 0; k < s.size(); k++) {
            if (!Double.isNaN(s.x()[k]) && !Double.isNaN(s.y()[k])
                    && (at < 0 || (reversed ? s.x()[k] < s.x()[at] : s.x()[k] > s.x()[at]))) {
                at = k;
            }
        }
        XYTextAnnotation a = new XYTextAnnotation(s.name(), s.x()[at], s.y()[at]);
        a.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        a.setFont(HouseStyle.font(11, false));
        a.setPaint(HouseStyle.colour(index));
        return a;
    }

    /** Smallest and largest x (or y) among the series' points where both x and y are numbers. */
    static double[] extentOfPairs(Series s, boolean ofY) {
        double[] v = ofY ? s.y() : s.x();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < s.size(); k++) {
            if (!Double.isNaN(s.x()[k]) && !Double.isNaN(s.y()[k])) {
                lo = Math.min(lo, v[k]);
                hi = Math.max(hi, v[k]);
            }
        }
        return new double[] {lo, hi};
    }
}
