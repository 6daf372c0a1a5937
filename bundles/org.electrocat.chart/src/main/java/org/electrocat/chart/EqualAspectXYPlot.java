package org.electrocat.chart;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * An XY plot whose two axes share one scale (one ohm is as long across as up), as a Nyquist plot
 * must be drawn: otherwise a semicircle looks like an ellipse and a 45° Warburg line does not look
 * like 45°. JFreeChart has no aspect lock, so before each draw the ranges are widened to the data
 * area's aspect ratio: the axis that needs more units per pixel keeps its span and the other gets
 * extra room at its upper end. The data area depends on the tick labels, which depend on the
 * ranges, so the fit is done twice. Only while both axes auto-range: a user's zoom is left alone.
 */
final class EqualAspectXYPlot extends XYPlot {

    private static final long serialVersionUID = 1L;
    private static final double MARGIN = 0.05;

    EqualAspectXYPlot(XYDataset dataset, ValueAxis x, ValueAxis y, XYItemRenderer renderer) {
        super(dataset, x, y, renderer);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        ValueAxis x = getDomainAxis();
        ValueAxis y = getRangeAxis();
        Range xData = getDataRange(x);
        Range yData = getDataRange(y);
        if (x.isAutoRange() && y.isAutoRange() && xData != null && yData != null) {
            // the real axis of a Nyquist plot: −Z'' = 0 stays in view
            yData = Range.expandToInclude(yData, 0);
            double span = Math.max(xData.getLength(), yData.getLength());
            double pad = span > 0 ? span * MARGIN : 1;
            Range xr = new Range(xData.getLowerBound() - pad, xData.getUpperBound() + pad);
            Range yr = new Range(yData.getLowerBound() - (yData.getLowerBound() < 0 ? pad : 0), yData.getUpperBound() + pad);
            for (int pass = 0; pass < 2; pass++) {
                Rectangle2D dataArea = dataArea(g2, area);
                if (dataArea.getWidth() <= 0 || dataArea.getHeight() <= 0) {
                    break;
                }
                double perPixel = Math.max(xr.getLength() / dataArea.getWidth(), yr.getLength() / dataArea.getHeight());
                x.setRange(new Range(xr.getLowerBound(), xr.getLowerBound() + perPixel * dataArea.getWidth()), false, false);
                y.setRange(new Range(yr.getLowerBound(), yr.getLowerBound() + perPixel * dataArea.getHeight()), false, false);
            }
        }
        super.draw(g2, area, anchor, parentState, info);
    }

    /** The data area XYPlot.draw will use for {@code area}: insets, axis space and axis offset removed. */
    private Rectangle2D dataArea(Graphics2D g2, Rectangle2D area) {
        Rectangle2D plotArea = (Rectangle2D) area.clone();
        getInsets().trim(plotArea);
        AxisSpace space = calculateAxisSpace(g2, plotArea);
        Rectangle2D dataArea = space.shrink(plotArea, null);
        getAxisOffset().trim(dataArea);
        return dataArea;
    }
}
