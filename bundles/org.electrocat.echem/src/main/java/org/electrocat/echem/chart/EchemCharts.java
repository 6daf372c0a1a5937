package org.electrocat.echem.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.electrocat.core.model.Column;
import org.electrocat.core.units.Unit;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Plain JFreeChart factories for electrochemistry plots: white background, light grid, axis labels
 * written "quantity / unit" with the reference scale for potentials ({@code E / V vs SCE}).
 * They return ordinary {@link JFreeChart}s a caller may still adjust. Meant to move to the shared
 * chart bundle once it exists.
 */
public final class EchemCharts {

    /** Colour-blind-safe series colours (Okabe & Ito, 2008). */
    static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(240, 228, 66),
        Color.BLACK};

    private EchemCharts() {
    }

    /** "name / unit" with readable exponents, plus the scale of potential columns. */
    public static String axisLabel(Column c) {
        String base = axisLabel(c.name(), c.unit());
        return c.scale() == null ? base : base + " " + c.scale();
    }

    /** "name / unit", e.g. {@code j / mA cm⁻²}; dimensionless units give the bare name. */
    public static String axisLabel(String name, Unit unit) {
        if (unit == null || unit.symbol().equals("1")) {
            return name;
        }
        return name + " / " + pretty(unit.symbol());
    }

    /** {@code mA/cm2} → {@code mA cm⁻²}, {@code umol h-1 cm-2} → {@code µmol h⁻¹ cm⁻²}. */
    static String pretty(String symbol) {
        String s = symbol.replace("umol", "µmol").replace("uF", "µF").replace("uA", "µA").replace("uM", "µM");
        int slash = s.indexOf('/');
        if (slash > 0 && s.indexOf('/', slash + 1) < 0 && !s.contains("(")) {
            String den = s.substring(slash + 1);
            String[] parts = den.split(" ");
            StringBuilder sb = new StringBuilder(s.substring(0, slash));
            for (String p : parts) {
                sb.append(' ').append(negate(p));
            }
            s = sb.toString();
        }
        if (s.startsWith("1 ")) {
            s = s.substring(2);
        }
        return s.replaceAll("(?<=[a-zA-Z])-1(?![0-9])", "⁻¹").replaceAll("(?<=[a-zA-Z])-2(?![0-9])", "⁻²")
                .replaceAll("(?<=[a-zA-Z])2(?![0-9])", "²");
    }

    private static String negate(String factor) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Za-zµΩ]+)(-?\\d*)").matcher(factor);
        if (!m.matches()) {
            return factor;
        }
        int exp = m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2));
        return m.group(1) + (-exp);
    }

    /**
     * A line chart of several series.
     *
     * @param series names and (x, y) arrays; {@code null} entries are skipped
     * @param shapes draw point markers (for sparse data)
     */
    public static JFreeChart lines(String title, String xLabel, String yLabel, List<Series> series, boolean shapes) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                    xy.add(s.x()[i], s.y()[i], false);
                }
            }
            data.addSeries(xy);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                series.size() > 1, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, shapes);
        int colour = 0;
        boolean mutedInLegend = false;
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            float width = s.style() == Style.EMPHASIS ? 2.2f : s.style() == Style.MUTED ? 1f : 1.5f;
            boolean dashed = s.style() == Style.DASHED;
            r.setSeriesPaint(k, s.style() == Style.MUTED ? new Color(175, 175, 175) : PALETTE[colour++ % PALETTE.length]);
            r.setSeriesStroke(k, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    dashed ? new float[] {6f, 4f} : null, 0f));
            r.setSeriesLinesVisible(k, s.style() != Style.POINTS);
            r.setSeriesShapesVisible(k, shapes || s.style() == Style.POINTS);
            if (s.style() == Style.MUTED) {
                // many grey sweeps share one legend entry
                r.setSeriesVisibleInLegend(k, !mutedInLegend);
                mutedInLegend = true;
            }
        }
        plot.setRenderer(r);
        style(chart);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }

    /** A vertical marker with a label, e.g. an onset potential. */
    public static void markX(JFreeChart chart, double x, String label, int colour) {
        if (!Double.isFinite(x)) {
            return;
        }
        ValueMarker m = new ValueMarker(x, PALETTE[colour % PALETTE.length], new BasicStroke(1f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {3f, 3f}, 0f));
        m.setLabel(label);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        chart.getXYPlot().addDomainMarker(m);
    }

    /**
     * Bars with ± one standard uncertainty as error bars (NaN uncertainty: no error bar; NaN value: no bar).
     *
     * @param rows row keys (series), columns category keys; values[row][col], errors[row][col]
     */
    public static JFreeChart bars(String title, String categoryLabel, String valueLabel, List<String> rows,
            List<String> columns, double[][] values, double[][] errors) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                double v = values[r][c];
                double e = errors[r][c];
                if (Double.isNaN(v)) {
                    data.add(null, null, rows.get(r), columns.get(c)); // no measurement: no bar
                } else {
                    data.add(v, Double.isFinite(e) ? e : 0, rows.get(r), columns.get(c));
                }
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data,
                PlotOrientation.VERTICAL, rows.size() > 1, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setErrorIndicatorPaint(Color.DARK_GRAY);
        r.setDrawBarOutline(false);
        r.setShadowVisible(false);
        for (int k = 0; k < rows.size(); k++) {
            r.setSeriesPaint(k, PALETTE[k % PALETTE.length]);
        }
        plot.setRenderer(r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(225, 225, 225));
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.setOutlinePaint(Color.GRAY);
    }

    /** How a series is drawn. */
    public enum Style {
        /** A solid line. */
        LINE,
        /** A dashed line (fits, baselines). */
        DASHED,
        /** Markers without line (measured points). */
        POINTS,
        /** A thin grey line for context (other sweeps). */
        MUTED,
        /** A thick line for the curve the analysis used. */
        EMPHASIS
    }

    /**
     * One series.
     *
     * @param name  legend text
     * @param x     abscissae
     * @param y     ordinates
     * @param style how it is drawn
     */
    public record Series(String name, double[] x, double[] y, Style style) {
        /** A solid line. */
        public static Series line(String name, double[] x, double[] y) {
            return new Series(name, x, y, Style.LINE);
        }

        /** A dashed line. */
        public static Series dashed(String name, double[] x, double[] y) {
            return new Series(name, x, y, Style.DASHED);
        }

        /** Markers only. */
        public static Series points(String name, double[] x, double[] y) {
            return new Series(name, x, y, Style.POINTS);
        }
    }
}
