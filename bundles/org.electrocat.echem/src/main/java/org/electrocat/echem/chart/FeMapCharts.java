package org.electrocat.echem.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Charts of {@code echem.fe-map}: per product a heat map (potential × catalyst, colour = FE) and
 * grouped bars (one group per potential, one bar per catalyst, error bars = replicate SD).
 */
final class FeMapCharts {

    /** Perceptually ordered colours from low to high FE (viridis anchor points). */
    private static final Color[] RAMP = {new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140),
        new Color(94, 201, 98), new Color(253, 231, 37)};

    private static final int STEPS = 64;

    private FeMapCharts() {
    }

    /** Linear interpolation along {@link #RAMP}, {@code f} in [0, 1]. */
    static Color ramp(double f) {
        double x = Math.max(0, Math.min(1, f)) * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) x);
        double t = x - i;
        Color a = RAMP[i];
        Color b = RAMP[i + 1];
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    static List<NamedChart> of(Result r) {
        List<NamedChart> out = new ArrayList<>();
        for (Dataset d : r.curves()) {
            if (!d.id().startsWith("fe-map.")) {
                continue;
            }
            String product = d.meta("product").orElse("?");
            String[] catalysts = d.meta("catalysts").orElse("").split("\\|");
            String base = (r.id() + "-" + product).replaceAll("[^A-Za-z0-9._-]", "_");
            out.add(new NamedChart(base + "-map", "FE of " + product + " over potential and catalyst (replicates"
                    + " averaged).", heatMap(d, catalysts, product)));
            out.add(new NamedChart(base + "-bars", "FE of " + product + " per potential and catalyst; error bars:"
                    + " replicate standard deviation (or the propagated uncertainty of a single run).",
                    bars(d, catalysts, product)));
        }
        return out;
    }

    private static JFreeChart heatMap(Dataset d, String[] catalysts, String product) {
        double[] e = d.require("E").array();
        double[] c = d.require("catalyst").array();
        double[] fe = d.require("FE").array();
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("FE " + product, new double[][] {e.clone(), c.clone(), fe.clone()});
        double step = smallestGap(e);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(step);
        renderer.setBlockHeight(1.0);
        double max = 0;
        for (double v : fe) {
            max = Math.max(max, v);
        }
        double top = Math.max(max, 1e-9) * 1.0001;
        LookupPaintScale scale = new LookupPaintScale(0, top, RAMP[0]);
        for (int k = 0; k < STEPS; k++) {
            scale.add(top * k / STEPS, ramp(k / (STEPS - 1.0)));
        }
        renderer.setPaintScale(scale);
        NumberAxis x = new NumberAxis(EchemCharts.axisLabel(d.require("E")));
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        SymbolAxis y = new SymbolAxis("catalyst", catalysts);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        for (int i = 0; i < fe.length; i++) {
            // the value in each cell, as in the paper's heat maps; dark text on the light end of the ramp
            XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "%.1f", fe[i]), e[i], c[i]);
            label.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
            label.setPaint(fe[i] > 0.6 * max ? Color.BLACK : Color.WHITE);
            plot.addAnnotation(label);
        }
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        NumberAxis legendAxis = new NumberAxis("FE " + product + " / %");
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 4, 4);
        chart.addSubtitle(legend);
        return chart;
    }

    private static double smallestGap(double[] e) {
        TreeSet<Double> sorted = new TreeSet<>();
        for (double v : e) {
            sorted.add(v);
        }
        double gap = Double.POSITIVE_INFINITY;
        Double prev = null;
        for (double v : sorted) {
            if (prev != null) {
                gap = Math.min(gap, v - prev);
            }
            prev = v;
        }
        return Double.isInfinite(gap) ? 0.1 : gap;
    }

    private static JFreeChart bars(Dataset d, String[] catalysts, String product) {
        double[] e = d.require("E").array();
        double[] c = d.require("catalyst").array();
        double[] fe = d.require("FE").array();
        double[] sd = d.require("sd").array();
        TreeSet<Double> potentials = new TreeSet<>();
        for (double v : e) {
            potentials.add(v);
        }
        List<String> columns = new ArrayList<>();
        for (double v : potentials) {
            columns.add(String.format(Locale.ROOT, "%.2f", v));
        }
        double[][] values = new double[catalysts.length][columns.size()];
        double[][] errors = new double[catalysts.length][columns.size()];
        for (double[] row : values) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        List<Double> order = new ArrayList<>(potentials);
        for (int i = 0; i < e.length; i++) {
            int row = (int) c[i];
            int col = order.indexOf(e[i]);
            values[row][col] = fe[i];
            errors[row][col] = sd[i];
        }
        return EchemCharts.bars(null, EchemCharts.axisLabel(d.require("E")), "FE " + product + " / %",
                List.of(catalysts), columns, values, errors);
    }
}
