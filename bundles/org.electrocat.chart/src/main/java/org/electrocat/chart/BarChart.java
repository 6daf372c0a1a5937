package org.electrocat.chart;

import java.awt.BasicStroke;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** Grouped bars with error bars; see {@link Charts#bar}. */
final class BarChart {

    private BarChart() {
    }

    static JFreeChart bar(String title, String categoryName, Axis value, List<String> categories,
            List<BarSeries> series) {
        checkCategories("bar chart", categories);
        Checks.namedList("bar chart", series, BarSeries::name);
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        int longest = 0;
        for (String c : categories) {
            longest = Math.max(longest, c.length());
        }
        for (BarSeries s : series) {
            if (s.values().length != categories.size()) {
                throw new IllegalArgumentException("bar series '" + s.name() + "': " + s.values().length
                        + " values for " + categories.size() + " categories " + categories);
            }
            for (int c = 0; c < categories.size(); c++) {
                double v = s.values()[c];
                double e = s.errors() == null ? Double.NaN : s.errors()[c];
                // null leaves the bar (or its error bar) out; NaN would be drawn as garbage
                data.add(Double.isNaN(v) ? null : v, Double.isNaN(v) || Double.isNaN(e) ? null : e, s.name(),
                        categories.get(c));
            }
        }
        CategoryAxis categoryAxis = new CategoryAxis(categoryName);
        categoryAxis.setCategoryMargin(0.25);
        categoryAxis.setLowerMargin(0.04);
        categoryAxis.setUpperMargin(0.04);
        categoryAxis.setMaximumCategoryLabelLines(2);
        if (categories.size() > 8 || longest * categories.size() > 90) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis valueAxis = new NumberAxis(value.label());
        valueAxis.setUpperMargin(0.08);
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.06);
        r.setErrorIndicatorPaint(HouseStyle.INK);
        r.setErrorIndicatorStroke(new BasicStroke(1.2f));
        for (int i = 0; i < series.size(); i++) {
            r.setSeriesPaint(i, HouseStyle.colour(i));
        }
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, r);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(HouseStyle.INK);
        return XyParts.chart(title, plot, series.size() > 1);
    }

    /** Categories must exist, be named and be unique. */
    static void checkCategories(String what, List<String> categories) {
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException(what + ": at least one category is needed");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            String c = categories.get(i);
            if (c == null || c.isBlank()) {
                throw new IllegalArgumentException(what + ": category " + (i + 1) + " has no name");
            }
            if (!seen.add(c)) {
                throw new IllegalArgumentException(what + ": category '" + c + "' appears twice");
            }
        }
    }
}
