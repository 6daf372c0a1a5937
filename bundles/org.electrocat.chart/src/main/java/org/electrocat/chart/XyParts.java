package org.electrocat.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.data.xy.DefaultXYDataset;

/** Building blocks shared by the XY factories: datasets over primitive arrays, axes, the chart shell. */
final class XyParts {

    private XyParts() {
    }

    /** A dataset that references the series' arrays (no copy, no boxing). */
    static DefaultXYDataset dataset(List<Series> series) {
        DefaultXYDataset d = new DefaultXYDataset();
        for (Series s : series) {
            d.addSeries(s.name(), new double[][] {s.x(), s.y()});
        }
        return d;
    }

    /** A linear axis labelled {@code quantity / unit} that does not force zero into view. */
    static NumberAxis numberAxis(Axis axis) {
        NumberAxis a = new NumberAxis(axis.label());
        a.setAutoRangeIncludesZero(false);
        a.setAutoRangeStickyZero(false);
        a.setLowerMargin(0.03);
        a.setUpperMargin(0.03);
        return a;
    }

    /** A renderer drawing series {@code 0..n-1} in palette colours {@code first..first+n-1}. */
    static SeriesPathRenderer renderer(boolean lines, boolean points, int n, int first) {
        SeriesPathRenderer r = new SeriesPathRenderer(lines, points);
        for (int i = 0; i < n; i++) {
            r.colour(i, first + i);
        }
        return r;
    }

    /** Wraps the plot in a house-styled chart; a blank title means none. */
    static JFreeChart chart(String title, Plot plot, boolean legend) {
        String t = Checks.title(title);
        JFreeChart c = new JFreeChart(t.isBlank() ? null : t, HouseStyle.font(16, true), plot, legend);
        return HouseStyle.apply(c);
    }

    /** The zero line of the range axis, drawn light so it guides without competing with data. */
    static Color zeroLine() {
        return new Color(0x9A9A9A);
    }

    /** Lowest and highest finite value of {@code v}, or {NaN, NaN} when none is finite. */
    static double[] extent(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            if (d < lo) {
                lo = d;
            }
            if (d > hi) {
                hi = d;
            }
        }
        return lo > hi ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
    }
}
