package org.electrocat.eis.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.HouseStyle;
import org.electrocat.chart.ImpedanceSpectrum;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.eis.analysis.Curves;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Small helpers for the eis charts: finding result curves by role, impedance spectra from curve
 * datasets, logarithmic axes on ordinary XY charts, and points with error bars (which the chart
 * bundle's factories do not offer; JFreeChart's {@link XYErrorRenderer} in the house style).
 */
final class ChartParts {

    private ChartParts() {
    }

    /** Curves of the result with the given {@code eis.role}, in order. */
    static List<Dataset> curves(Result r, String role) {
        List<Dataset> out = new ArrayList<>();
        for (Dataset d : r.curves()) {
            if (role.equals(d.metadata().get(Curves.ROLE))) {
                out.add(d);
            }
        }
        return out;
    }

    /** The first curve with the role, if any. */
    static Optional<Dataset> curve(Result r, String role) {
        List<Dataset> c = curves(r, role);
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }

    /** An impedance curve dataset (f, Z', Z'') as a chart spectrum, under a name unique in {@code used}. */
    static ImpedanceSpectrum spectrum(Dataset d, Set<String> used) {
        return new ImpedanceSpectrum(unique(d.name(), used), d.require("f").array(), d.require("Z'").array(),
                d.require("Z''").array());
    }

    /** The name itself, or with " (2)", " (3)" ... when already used. */
    static String unique(String name, Set<String> used) {
        String n = name;
        for (int k = 2; !used.add(n); k++) {
            n = name + " (" + k + ")";
        }
        return n;
    }

    /** A fresh name set. */
    static Set<String> names() {
        return new HashSet<>();
    }

    /** Replaces the chart's x axis by a base-10 logarithmic one with the same label, then restyles. */
    static JFreeChart logX(JFreeChart chart) {
        XYPlot plot = (XYPlot) chart.getPlot();
        Range r = DatasetUtils.findDomainBounds(plot.getDataset());
        plot.setDomainAxis(logAxis(plot.getDomainAxis().getLabel(), r));
        return HouseStyle.apply(chart);
    }

    /** Replaces the chart's y axis by a base-10 logarithmic one with the same label, then restyles. */
    static JFreeChart logY(JFreeChart chart) {
        XYPlot plot = (XYPlot) chart.getPlot();
        Range r = DatasetUtils.findRangeBounds(plot.getDataset());
        plot.setRangeAxis(logAxis(plot.getRangeAxis().getLabel(), r));
        return HouseStyle.apply(chart);
    }

    /** A log axis; over two decades or more the ticks sit on whole decades (10⁻², 10⁻¹, ...). */
    private static LogAxis logAxis(String label, Range data) {
        LogAxis a = new LogAxis(label);
        a.setSmallestValue(1e-300);
        a.setLowerMargin(0.03);
        a.setUpperMargin(0.03);
        if (data != null && data.getLowerBound() > 0 && Math.log10(data.getUpperBound() / data.getLowerBound()) >= 2) {
            a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return a;
    }

    /**
     * Adds points drawn as markers only (no joining line) on top of an XY chart, e.g. the phase peaks
     * found on several curves; they take palette colour {@code colour} and join the legend.
     */
    static JFreeChart markers(JFreeChart chart, String name, double[] x, double[] y, int colour) {
        XYPlot plot = (XYPlot) chart.getPlot();
        DefaultXYDataset d = new DefaultXYDataset();
        d.addSeries(name, new double[][] {x, y});
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, HouseStyle.colour(colour));
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesShapesFilled(0, false);
        r.setUseOutlinePaint(false);
        int index = plot.getDatasetCount();
        plot.setDataset(index, d);
        plot.setRenderer(index, r);
        return chart;
    }

    /**
     * Points with ±1 SE error bars joined by a line, e.g. a fitted parameter against potential.
     * Points with NaN x or y are left out.
     */
    static JFreeChart errorBars(String title, Axis x, Axis y, String name, double[] xs, double[] ys, double[] se) {
        YIntervalSeries s = new YIntervalSeries(name);
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                double e = Double.isFinite(se[i]) ? se[i] : 0;
                s.add(xs[i], ys[i], ys[i] - e, ys[i] + e);
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        NumberAxis xa = new NumberAxis(x.label());
        xa.setAutoRangeIncludesZero(false);
        NumberAxis ya = new NumberAxis(y.label());
        ya.setAutoRangeIncludesZero(false);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(true);
        renderer.setSeriesPaint(0, HouseStyle.colour(0));
        renderer.setSeriesStroke(0, HouseStyle.line(HouseStyle.LINE_WIDTH));
        renderer.setErrorPaint(HouseStyle.colour(0));
        renderer.setCapLength(6);
        XYPlot plot = new XYPlot(data, xa, ya, renderer);
        JFreeChart chart = new JFreeChart(title == null || title.isBlank() ? null : title, HouseStyle.font(16, true),
                plot, false);
        return HouseStyle.apply(chart);
    }

    /** Axis of a column: its name, unit and scale. */
    static Axis axis(Column c) {
        return Axis.of(c);
    }
}
