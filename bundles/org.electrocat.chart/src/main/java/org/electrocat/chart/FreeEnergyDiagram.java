package org.electrocat.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Free-energy (step) diagram: each state is a short horizontal level at its free energy, successive
 * levels of a path are joined by thin dashed connectors, and the states are named along the reaction
 * coordinate. A single path also prints each level's energy above it. States with {@code NaN}
 * energy are skipped and the connector runs to the next state that has one.
 */
final class FreeEnergyDiagram {

    /** Half the width of a level, in state spacings. */
    static final double HALF_LEVEL = 0.3;

    private FreeEnergyDiagram() {
    }

    static JFreeChart step(String title, Axis energy, List<String> states, List<EnergyPath> paths) {
        BarChart.checkCategories("free-energy diagram states", states);
        Checks.namedList("free-energy diagram", paths, EnergyPath::name);
        int n = states.size();
        DefaultXYDataset levels = new DefaultXYDataset();
        DefaultXYDataset connectors = new DefaultXYDataset();
        for (EnergyPath p : paths) {
            if (p.energies().length != n) {
                throw new IllegalArgumentException("energy path '" + p.name() + "': " + p.energies().length
                        + " energies for " + n + " states " + states);
            }
            levels.addSeries(p.name(), levelSegments(p.energies()));
            connectors.addSeries(p.name() + " connectors", connectorSegments(p.energies()));
        }
        SymbolAxis x = new SymbolAxis("Reaction coordinate", states.toArray(new String[0]));
        x.setGridBandsVisible(false);
        x.setRange(-0.6, n - 0.4);
        int longest = states.stream().mapToInt(String::length).max().orElse(0);
        x.setVerticalTickLabels(n > 4 && longest * n > 70);
        NumberAxis y = XyParts.numberAxis(energy);
        y.setUpperMargin(0.1);
        y.setLowerMargin(0.06);
        SeriesPathRenderer levelRenderer = XyParts.renderer(true, false, paths.size(), 0);
        SeriesPathRenderer connectorRenderer = XyParts.renderer(true, false, paths.size(), 0);
        for (int i = 0; i < paths.size(); i++) {
            levelRenderer.setSeriesStroke(i, HouseStyle.line(3.2f));
            connectorRenderer.setSeriesStroke(i, HouseStyle.dashed(1.2f));
            connectorRenderer.setSeriesVisibleInLegend(i, false);
        }
        XYPlot plot = new XYPlot(levels, x, y, levelRenderer);
        plot.setDataset(1, connectors);
        plot.setRenderer(1, connectorRenderer);
        plot.setDomainGridlinesVisible(false);
        if (paths.size() == 1) {
            double[] g = paths.get(0).energies();
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(g[i])) {
                    XYTextAnnotation a = new XYTextAnnotation(
                            String.format(Locale.ROOT, "%.2f", g[i]).replace('-', '−'), i, g[i]);
                    a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                    a.setFont(HouseStyle.font(11, false));
                    a.setPaint(HouseStyle.INK);
                    plot.addAnnotation(a);
                }
            }
        }
        return XyParts.chart(title, plot, paths.size() > 1);
    }

    /** Per finite state: (i − w, G), (i + w, G), then a NaN point that lifts the pen. */
    private static double[][] levelSegments(double[] g) {
        double[] x = new double[3 * g.length];
        double[] y = new double[3 * g.length];
        Arrays.fill(x, Double.NaN);
        Arrays.fill(y, Double.NaN);
        for (int i = 0; i < g.length; i++) {
            if (!Double.isNaN(g[i])) {
                x[3 * i] = i - HALF_LEVEL;
                x[3 * i + 1] = i + HALF_LEVEL;
                y[3 * i] = g[i];
                y[3 * i + 1] = g[i];
            }
        }
        return new double[][] {x, y};
    }

    /** From the right end of each finite level to the left end of the next finite level. */
    private static double[][] connectorSegments(double[] g) {
        double[] x = new double[3 * g.length];
        double[] y = new double[3 * g.length];
        Arrays.fill(x, Double.NaN);
        Arrays.fill(y, Double.NaN);
        int prev = -1;
        for (int i = 0; i < g.length; i++) {
            if (Double.isNaN(g[i])) {
                continue;
            }
            if (prev >= 0) {
                x[3 * i] = prev + HALF_LEVEL;
                y[3 * i] = g[prev];
                x[3 * i + 1] = i - HALF_LEVEL;
                y[3 * i + 1] = g[i];
            }
            prev = i;
        }
        return new double[][] {x, y};
    }
}
