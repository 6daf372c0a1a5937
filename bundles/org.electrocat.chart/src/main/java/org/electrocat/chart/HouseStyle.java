package org.electrocat.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The ElectroCat look: white background, light grid, dark axes, sans-serif fonts large enough to
 * read when a chart is shrunk into a report column, and the Okabe–Ito palette, which stays
 * distinguishable for the common forms of colour-vision deficiency (Okabe &amp; Ito, "Color Universal
 * Design", 2008; recommended by Wong, Nature Methods 8 (2011) 441). Every factory in {@link Charts}
 * applies it; call {@link #apply} on charts built elsewhere to match.
 */
public final class HouseStyle {

    /**
     * The Okabe–Ito colours in the order series use them: blue, vermillion, bluish green, reddish
     * purple, orange, sky blue, black, yellow (last, because it is faint on white).
     */
    public static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442));

    /** Axis lines, tick marks, text. */
    public static final Color INK = new Color(0x222222);
    /** Grid lines: visible for reading values, quiet enough not to compete with data. */
    public static final Color GRID = new Color(0xE3E3E3);
    /** Line width of data curves in points. */
    public static final float LINE_WIDTH = 1.8f;

    private static final String FAMILY = Font.SANS_SERIF;

    private HouseStyle() {
    }

    /** The series colour for index {@code i} (the palette repeats after eight series). */
    public static Color colour(int i) {
        return PALETTE.get(Math.floorMod(i, PALETTE.size()));
    }

    /** The house font at {@code size} points. */
    public static Font font(float size, boolean bold) {
        return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
    }

    /** A solid round-capped stroke for data lines. */
    public static Stroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A dashed stroke (connectors, fits of the second kind, reference lines). */
    public static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
    }

    /**
     * Applies the house style to the chart's background, titles, legend, plot and all its axes.
     * Series colours are left alone (the factories choose them).
     *
     * @return the same chart
     */
    public static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // room on the right so the last tick label is never clipped
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(font(16, true));
            title.setPaint(INK);
            title.setPadding(new RectangleInsets(2, 2, 8, 2));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            styleSubtitle(chart.getSubtitle(i));
        }
        stylePlot(chart.getPlot());
        return chart;
    }

    private static void styleSubtitle(Title t) {
        if (t instanceof LegendTitle legend) {
            legend.setItemFont(font(12, false));
            legend.setItemPaint(INK);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 10));
        } else if (t instanceof PaintScaleLegend scale) {
            styleAxis(scale.getAxis());
            scale.setBackgroundPaint(Color.WHITE);
            scale.setStripOutlineVisible(true);
            scale.setStripOutlinePaint(INK);
        } else if (t instanceof TextTitle text) {
            text.setFont(font(12, false));
            text.setPaint(INK);
        }
    }

    private static void stylePlot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(INK);
        plot.setOutlineStroke(new BasicStroke(1f));
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(0.8f));
            xy.setRangeGridlineStroke(new BasicStroke(0.8f));
            xy.setDomainZeroBaselineVisible(false);
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(GRID);
            cat.setRangeGridlineStroke(new BasicStroke(0.8f));
            cat.setDomainGridlinesVisible(false);
            cat.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < cat.getDomainAxisCount(); i++) {
                styleAxis(cat.getDomainAxis(i));
            }
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                styleAxis(cat.getRangeAxis(i));
            }
        }
    }

    private static void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(font(14, false));
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(font(12, false));
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(INK);
        axis.setTickMarkPaint(INK);
        axis.setTickMarkOutsideLength(4f);
        axis.setTickMarkInsideLength(0f);
        axis.setLabelInsets(new RectangleInsets(4, 4, 4, 4));
        if (axis instanceof ValueAxis v) {
            v.setMinorTickMarksVisible(false);
        }
        if (axis instanceof NumberAxis n && !(axis instanceof SymbolAxis)) {
            // locale-independent labels without thousands separators (2400 cm⁻¹, not 2,400)
            n.setStandardTickUnits(PlainTickUnits.INSTANCE);
        }
    }
}
