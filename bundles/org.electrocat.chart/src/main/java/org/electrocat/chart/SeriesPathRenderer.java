package org.electrocat.chart;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Line/point renderer used by every XY factory. Each series line is one path (not one segment per
 * point), which keeps SVG files of 10⁵-point voltammograms small and smooth; {@code NaN} still breaks
 * the line. When drawing into JFreeSVG, each series' line and its points are wrapped in a group
 * {@code <g id="PREFIX-rRsSline|points">} (PREFIX is the SVG's defs prefix, unique per export), so a
 * reader or a test can find the path of every series in the SVG.
 *
 * <p>Points closer than {@value #MIN_STEP} px (in both directions) to the last point put in the path
 * are left out of it: the drawn line never strays more than that from a sample, so nothing visible
 * is lost, while a 10⁵-point curve on an 800-pixel chart shrinks to a few thousand path segments.
 */
final class SeriesPathRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;
    static final double POINT_SIZE = 7;
    static final double MIN_STEP = 0.25;

    SeriesPathRenderer(boolean lines, boolean points) {
        super(lines, points);
        setDrawSeriesLineAsPath(true);
        setDefaultShape(circle(POINT_SIZE));
        setAutoPopulateSeriesShape(false);
        setAutoPopulateSeriesStroke(false);
        setDefaultStroke(HouseStyle.line(HouseStyle.LINE_WIDTH));
        setLegendLine(new Line2D.Double(-12, 0, 12, 0));
    }

    /** A point marker of the given diameter, centred on the data point. */
    static Shape circle(double d) {
        return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
    }

    /** Sets series {@code s} to palette colour {@code colour}. */
    SeriesPathRenderer colour(int s, int colour) {
        setSeriesPaint(s, HouseStyle.colour(colour));
        setSeriesFillPaint(s, HouseStyle.colour(colour));
        return this;
    }

    @Override
    protected void drawPrimaryLineAsPath(XYItemRendererState state, Graphics2D g2, XYPlot plot, XYDataset dataset,
            int pass, int series, int item, ValueAxis domainAxis, ValueAxis rangeAxis, Rectangle2D dataArea) {
        if (item < dataset.getItemCount(series) - 1 && state instanceof State s && s.isLastPointGood()
                && s.seriesPath.getCurrentPoint() != null) {
            double tx = domainAxis.valueToJava2D(dataset.getXValue(series, item), dataArea, plot.getDomainAxisEdge());
            double ty = rangeAxis.valueToJava2D(dataset.getYValue(series, item), dataArea, plot.getRangeAxisEdge());
            if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
                double t = tx;
                tx = ty;
                ty = t;
            }
            Point2D last = s.seriesPath.getCurrentPoint();
            if (Math.abs(tx - last.getX()) < MIN_STEP && Math.abs(ty - last.getY()) < MIN_STEP) {
                return;
            }
        }
        super.drawPrimaryLineAsPath(state, g2, plot, dataset, pass, series, item, domainAxis, rangeAxis, dataArea);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
            XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
            CrosshairState crosshairState, int pass) {
        SVGGraphics2D svg = g2 instanceof SVGGraphics2D s ? s : null;
        boolean drawsInPass = pass == 0 ? getSeriesLinesVisible(series) != Boolean.FALSE && getDefaultLinesVisible()
                : getSeriesShapesVisible(series) != Boolean.FALSE && getDefaultShapesVisible();
        boolean group = svg != null && drawsInPass;
        if (group && item == 0) {
            svg.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, svg.getDefsKeyPrefix() + "-r" + plot.getIndexOf(this) + "s"
                    + series + (pass == 0 ? "line" : "points"));
        }
        super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState,
                pass);
        if (group && item == dataset.getItemCount(series) - 1) {
            svg.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
        }
    }
}
