package org.electrocat.chart;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A colour map of a value over a grid of x positions and rows (numeric or named), drawn with
 * {@link XYBlockRenderer}, the viridis scale and a colour-scale legend; see {@link Charts#heatmap}.
 * Small grids (at most {@value #ANNOTATE_MAX} cells) also print each cell's value.
 */
final class HeatmapChart {

    static final int ANNOTATE_MAX = 150;

    private HeatmapChart() {
    }

    static JFreeChart numeric(String title, Axis x, double[] xs, Axis y, double[] ys, double[][] z, Axis zAxis) {
        checkPositions("heatmap y", ys);
        NumberAxis ya = new NumberAxis(y.label());
        ya.setAutoRangeIncludesZero(false);
        return build(title, x, xs, ya, ys, z, zAxis, "y = ", null);
    }

    static JFreeChart categorical(String title, Axis x, double[] xs, String rowName, List<String> rows, double[][] z,
            Axis zAxis) {
        BarChart.checkCategories("heatmap rows", rows);
        double[] ys = new double[rows.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = i;
        }
        SymbolAxis ya = new SymbolAxis(rowName, rows.toArray(new String[0]));
        ya.setGridBandsVisible(false);
        // rows read top to bottom in the order given, like the table they come from
        ya.setInverted(true);
        return build(title, x, xs, ya, ys, z, zAxis, "", rows);
    }

    private static JFreeChart build(String title, Axis x, double[] xs, ValueAxis ya, double[] ys, double[][] z,
            Axis zAxis, String rowPrefix, List<String> rowNames) {
        checkPositions("heatmap x", xs);
        if (zAxis == null) {
            throw new IllegalArgumentException("heatmap: the colour-scale quantity (z axis) is missing");
        }
        if (z == null || z.length != ys.length) {
            throw new IllegalArgumentException("heatmap: z has " + (z == null ? 0 : z.length) + " rows for " + ys.length
                    + " row positions");
        }
        int n = xs.length * ys.length;
        double[] cx = new double[n];
        double[] cy = new double[n];
        double[] cz = new double[n];
        int k = 0;
        for (int r = 0; r < ys.length; r++) {
            String row = rowNames != null ? "'" + rowNames.get(r) + "'" : rowPrefix + ys[r];
            if (z[r] == null) {
                throw new IllegalArgumentException("heatmap row " + row + " is missing");
            }
            Checks.length("heatmap row " + row, z[r], xs.length, "x positions");
            for (int c = 0; c < xs.length; c++) {
                cx[k] = xs[c];
                cy[k] = ys[r];
                cz[k++] = z[r][c];
            }
        }
        double[] ext = XyParts.extent(cz);
        if (Double.isNaN(ext[0])) {
            throw new IllegalArgumentException("heatmap '" + zAxis.label() + "' has no finite value");
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(zAxis.label(), new double[][] {cx, cy, cz});
        double w = cellSize(xs);
        double h = cellSize(ys);
        ViridisScale scale = new ViridisScale(ext[0], ext[1]);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(w);
        r.setBlockHeight(h);
        r.setPaintScale(scale);
        NumberAxis xa = XyParts.numberAxis(x);
        double[] xe = XyParts.extent(xs);
        double[] ye = XyParts.extent(ys);
        xa.setRange(xe[0] - w / 2, xe[1] + w / 2);
        ya.setRange(ye[0] - h / 2, ye[1] + h / 2);
        XYPlot plot = new XYPlot(data, xa, ya, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (n <= ANNOTATE_MAX) {
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(cz[i])) {
                    XYTextAnnotation a = new XYTextAnnotation(NumberText.significant(cz[i], 3), cx[i], cy[i]);
                    a.setFont(HouseStyle.font(11, false));
                    a.setPaint(ViridisScale.brightness(scale.colour(cz[i])) > 0.5 ? HouseStyle.INK : Color.WHITE);
                    plot.addAnnotation(a);
                }
            }
        }
        NumberAxis za = new NumberAxis(zAxis.label());
        za.setAutoRangeIncludesZero(false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, za);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(14);
        legend.setAxisOffset(4);
        legend.setSubdivisionCount(128);
        legend.setMargin(new RectangleInsets(4, 12, 4, 4));
        String t = Checks.title(title);
        JFreeChart chart = new JFreeChart(t.isBlank() ? null : t, HouseStyle.font(16, true), plot, false);
        chart.addSubtitle(legend);
        return HouseStyle.apply(chart);
    }

    private static void checkPositions(String what, double[] v) {
        if (v == null || v.length == 0) {
            throw new IllegalArgumentException(what + " positions are missing");
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(what + "[" + i + "] = " + v[i] + " is not finite");
            }
        }
        double[] s = v.clone();
        Arrays.sort(s);
        for (int i = 1; i < s.length; i++) {
            if (s[i] == s[i - 1]) {
                throw new IllegalArgumentException(what + " position " + s[i] + " appears twice");
            }
        }
    }

    /** The smallest gap between neighbouring positions: cells never overlap. */
    private static double cellSize(double[] v) {
        if (v.length == 1) {
            return v[0] == 0 ? 1 : Math.abs(v[0]) * 0.1;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < s.length; i++) {
            gap = Math.min(gap, s[i] - s[i - 1]);
        }
        return gap;
    }
}
