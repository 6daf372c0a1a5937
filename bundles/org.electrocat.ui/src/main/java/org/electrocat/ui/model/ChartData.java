package org.electrocat.ui.model;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.electrocat.io.AtomicFiles;
import org.electrocat.io.csv.Csv;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Writes the data a chart plots as CSV (RFC 4180, decimal point, round-trip precision): for x-y
 * charts one row per point, {@code series, x, y}, with the axis labels (quantity / unit) as
 * headers; for bar charts {@code series, category, value}. What is exported is what is drawn, all
 * datasets of the plot included (measured points and fits alike). Written atomically.
 */
public final class ChartData {

    private ChartData() {
    }

    /**
     * Writes the chart's data to {@code file}.
     *
     * @throws IllegalArgumentException when the chart is neither an x-y nor a category chart
     */
    public static void writeCsv(JFreeChart chart, Path file) throws IOException {
        Plot plot = chart.getPlot();
        if (!(plot instanceof XYPlot) && !(plot instanceof CategoryPlot)) {
            throw new IllegalArgumentException("chart '" + title(chart) + "' has no x-y or category data to export as CSV");
        }
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (plot instanceof XYPlot xy) {
                xy(xy, w);
            } else {
                category((CategoryPlot) plot, w);
            }
            w.flush();
        });
    }

    private static void xy(XYPlot plot, Writer w) throws IOException {
        String xLabel = plot.getDomainAxis() == null ? "x" : label(plot.getDomainAxis().getLabel(), "x");
        w.write("series," + Csv.field(xLabel) + "," + Csv.field(yLabel(plot, 0)) + "\r\n");
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset ds = plot.getDataset(d);
            if (ds == null) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < ds.getSeriesCount(); s++) {
                String name = Csv.field(String.valueOf(ds.getSeriesKey(s)));
                int n = ds.getItemCount(s);
                for (int i = 0; i < n; i++) {
                    sb.setLength(0);
                    sb.append(name).append(',').append(Csv.number(ds.getXValue(s, i))).append(',')
                            .append(Csv.number(ds.getYValue(s, i))).append("\r\n");
                    w.write(sb.toString());
                }
            }
        }
    }

    private static String yLabel(XYPlot plot, int axis) {
        return plot.getRangeAxis(axis) == null ? "y" : label(plot.getRangeAxis(axis).getLabel(), "y");
    }

    private static void category(CategoryPlot plot, Writer w) throws IOException {
        String cat = plot.getDomainAxis() == null ? "category" : label(plot.getDomainAxis().getLabel(), "category");
        String val = plot.getRangeAxis() == null ? "value" : label(plot.getRangeAxis().getLabel(), "value");
        w.write("series," + Csv.field(cat) + "," + Csv.field(val) + "\r\n");
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            CategoryDataset ds = plot.getDataset(d);
            if (ds == null) {
                continue;
            }
            for (int r = 0; r < ds.getRowCount(); r++) {
                for (int c = 0; c < ds.getColumnCount(); c++) {
                    Number v = ds.getValue(r, c);
                    w.write(Csv.field(String.valueOf(ds.getRowKey(r))) + "," + Csv.field(String.valueOf(ds.getColumnKey(c)))
                            + "," + (v == null ? "" : Csv.number(v.doubleValue())) + "\r\n");
                }
            }
        }
    }

    private static String label(String l, String fallback) {
        return l == null || l.isBlank() ? fallback : l;
    }

    private static String title(JFreeChart chart) {
        return chart.getTitle() == null ? "untitled" : chart.getTitle().getText();
    }
}
