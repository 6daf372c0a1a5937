package org.electrocat.ui.swing;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToolBar;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.electrocat.chart.ChartExport;
import org.electrocat.ui.model.ChartData;
import org.electrocat.ui.model.ResultRows;
import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.panel.CrosshairOverlay;
import org.jfree.chart.plot.Crosshair;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * The workbench's chart component: a JFreeChart {@link ChartPanel} (drag to zoom, mouse wheel to
 * zoom, Ctrl-drag to pan, right-click menu), a crosshair that follows the data point nearest to the
 * mouse with a read-out of its series and coordinates, and a tool bar to reset the zoom and to
 * export PNG, SVG (through {@link ChartExport}, at the size shown) and CSV of the plotted data.
 */
public final class ChartViewPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JFreeChart chart;
    private final String fileId;
    private final Consumer<String> log;
    private final ChartPanel panel;
    private final JLabel readout = new JLabel(" ");
    private final Crosshair xHair = new Crosshair(Double.NaN, new Color(0x66, 0x66, 0x66), new java.awt.BasicStroke(0.8f));
    private final Crosshair yHair = new Crosshair(Double.NaN, new Color(0x66, 0x66, 0x66), new java.awt.BasicStroke(0.8f));

    /**
     * @param fileId base name proposed for exports
     * @param log    where export messages go
     */
    public ChartViewPanel(JFreeChart chart, String fileId, Consumer<String> log) {
        super(new BorderLayout());
        this.chart = chart;
        this.fileId = fileId.replaceAll("[^A-Za-z0-9._-]+", "_");
        this.log = log;
        setName("chart:" + this.fileId);
        panel = new ChartPanel(chart, false, true, true, true, true);
        panel.setName("chart.panel");
        panel.setMouseWheelEnabled(true);
        panel.setMinimumDrawWidth(200);
        panel.setMinimumDrawHeight(150);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setDomainPannable(true);
            xy.setRangePannable(true);
            CrosshairOverlay overlay = new CrosshairOverlay();
            overlay.addDomainCrosshair(xHair);
            overlay.addRangeCrosshair(yHair);
            panel.addOverlay(overlay);
            panel.addChartMouseListener(new ChartMouseListener() {
                @Override
                public void chartMouseClicked(ChartMouseEvent event) {
                }

                @Override
                public void chartMouseMoved(ChartMouseEvent event) {
                    track(xy, event.getTrigger());
                }
            });
        }
        readout.setName("chart.readout");
        add(toolBar(), BorderLayout.NORTH);
        add(panel, BorderLayout.CENTER);
        add(readout, BorderLayout.SOUTH);
    }

    private JToolBar toolBar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.add(button("Reset zoom", "chart.reset", () -> panel.restoreAutoBounds()));
        bar.addSeparator();
        bar.add(button("PNG…", "chart.png", () -> choose("png", "PNG image")));
        bar.add(button("SVG…", "chart.svg", () -> choose("svg", "SVG vector image")));
        bar.add(button("CSV…", "chart.csv", () -> choose("csv", "CSV of the plotted data")));
        return bar;
    }

    private static JButton button(String text, String name, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }

    /** Moves the crosshair to the data point nearest to the mouse (in screen distance) and shows it. */
    private void track(XYPlot plot, MouseEvent e) {
        Rectangle2D area = panel.getScreenDataArea();
        if (area == null || !area.contains(e.getPoint())) {
            return;
        }
        double best = Double.POSITIVE_INFINITY;
        String text = null;
        double bx = Double.NaN;
        double by = Double.NaN;
        boolean onPrimaryAxis = true;
        int seriesCount = 0;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            seriesCount += plot.getDataset(d) == null ? 0 : plot.getDataset(d).getSeriesCount();
        }
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset ds = plot.getDataset(d);
            if (ds == null) {
                continue;
            }
            var xAxis = plot.getDomainAxisForDataset(d);
            var yAxis = plot.getRangeAxisForDataset(d);
            RectangleEdge xe = plot.getDomainAxisEdge();
            RectangleEdge ye = plot.getRangeAxisEdge();
            for (int s = 0; s < ds.getSeriesCount(); s++) {
                for (int i = 0, n = ds.getItemCount(s); i < n; i++) {
                    double x = ds.getXValue(s, i);
                    double y = ds.getYValue(s, i);
                    if (Double.isNaN(x) || Double.isNaN(y)) {
                        continue;
                    }
                    double dx = xAxis.valueToJava2D(x, area, xe) - e.getX();
                    double dy = yAxis.valueToJava2D(y, area, ye) - e.getY();
                    double dist = dx * dx + dy * dy;
                    if (dist < best) {
                        best = dist;
                        bx = x;
                        by = y;
                        onPrimaryAxis = yAxis == plot.getRangeAxis();
                        // with one curve its name only repeats the y label
                        text = (seriesCount > 1 ? ds.getSeriesKey(s) + ":  " : "") + label(xAxis.getLabel(), "x") + " = "
                                + ResultRows.number(x)
                                + ",  " + label(yAxis.getLabel(), "y") + " = " + ResultRows.number(y);
                    }
                }
            }
        }
        if (text != null) {
            xHair.setValue(bx);
            // the overlay draws range crosshairs on the primary axis: none for a point on a second y axis (Bode phase)
            yHair.setValue(onPrimaryAxis ? by : Double.NaN);
            readout.setText(text);
        }
    }

    private static String label(String l, String fallback) {
        return l == null || l.isBlank() ? fallback : l;
    }

    private void choose(String ext, String description) {
        JFileChooser fc = new JFileChooser();
        fc.setDialogTitle("Export " + description);
        fc.setFileFilter(new FileNameExtensionFilter(description, ext));
        fc.setSelectedFile(new java.io.File(fileId + "." + ext));
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = fc.getSelectedFile().toPath();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ext)) {
            target = target.resolveSibling(target.getFileName() + "." + ext);
        }
        try {
            export(ext, target);
            log.accept("Exported " + target);
        } catch (IOException | RuntimeException ex) {
            log.accept("Export to " + target + " failed: " + ex.getMessage());
            javax.swing.JOptionPane.showMessageDialog(this, ex.getMessage(), "Export failed", javax.swing.JOptionPane.ERROR_MESSAGE);
        }
    }

    /**
     * Exports without a dialog: {@code png} (at twice the size shown, for print), {@code svg} or
     * {@code csv}. The chart is laid out at its size on screen (800 × 500 when not shown yet).
     */
    public void export(String format, Path target) throws IOException {
        int w = panel.getWidth() >= 16 ? panel.getWidth() : 800;
        int h = panel.getHeight() >= 16 ? panel.getHeight() : 500;
        switch (format) {
            case "png" -> ChartExport.png(chart, target, w, h, 2);
            case "svg" -> ChartExport.svg(chart, w, h, target);
            case "csv" -> ChartData.writeCsv(chart, target);
            default -> throw new IllegalArgumentException("unknown export format '" + format + "' (png, svg, csv)");
        }
    }

    public JFreeChart chart() {
        return chart;
    }

    /** The read-out line under the chart. */
    public String readout() {
        return readout.getText();
    }

    /** The JFreeChart panel (for tests that move the mouse over it). */
    public ChartPanel chartPanel() {
        return panel;
    }
}
