package org.electrocat.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 log axis with ticks a reader can use: over many decades one labelled tick per decade
 * (or every second, third ... decade so that at most {@value #MAX_LABELS} labels show), written
 * {@code 10ⁿ}; over one to three decades ticks at 1, 2 and 5 × 10ⁿ; within about a decade at every
 * integer multiple of the decade. JFreeChart's own LogAxis ticks at fractional exponents
 * ({@code 10^1.95}) on short ranges, which nobody can read off.
 */
final class LogScaleAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    static final int MAX_LABELS = 9;

    LogScaleAxis(String label) {
        super(label);
        setBase(10);
        setSmallestValue(1e-300);
        setMinorTickMarksVisible(false);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(getLowerBound(), getUpperBound(), edge);
    }

    /** Tick positions and labels for the range [lo, hi] (lo &gt; 0). */
    static List<NumberTick> ticks(double lo, double hi, RectangleEdge edge) {
        List<NumberTick> ticks = new ArrayList<>();
        if (!(lo > 0) || !(hi > lo)) {
            return ticks;
        }
        TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT
                : edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT
                : edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        double span = Math.log10(hi / lo);
        int first = (int) Math.floor(Math.log10(lo));
        int last = (int) Math.ceil(Math.log10(hi));
        if (span > 3) {
            // count only the decades inside the range
            int decades = (int) Math.floor(Math.log10(hi) + 1e-12) - (int) Math.ceil(Math.log10(lo) - 1e-12) + 1;
            int step = (decades + MAX_LABELS - 1) / MAX_LABELS;
            for (int n = first; n <= last; n++) {
                double v = Math.pow(10, n);
                if (v >= lo && v <= hi && Math.floorMod(n, step) == 0) {
                    ticks.add(new NumberTick(TickType.MAJOR, v, NumberText.powerOfTen(n), anchor, anchor, 0));
                }
            }
            return ticks;
        }
        int[] mantissas = span > 1 ? new int[] {1, 2, 5} : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9};
        for (int n = first; n <= last; n++) {
            for (int m : mantissas) {
                double v = m * Math.pow(10, n);
                if (v >= lo && v <= hi) {
                    ticks.add(new NumberTick(TickType.MAJOR, v, NumberText.significant(v, 3), anchor, anchor, 0));
                }
            }
        }
        if (ticks.size() < 2) {
            // less than a factor of two: label the ends so the scale can still be read
            ticks.clear();
            ticks.add(new NumberTick(TickType.MAJOR, lo, NumberText.significant(lo, 3), anchor, anchor, 0));
            ticks.add(new NumberTick(TickType.MAJOR, hi, NumberText.significant(hi, 3), anchor, anchor, 0));
        }
        return ticks;
    }
}
