package org.electrocat.chart;

import java.util.List;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.units.Unit;
import org.jfree.chart.JFreeChart;

/**
 * Factories for the charts electrocatalysis needs, in the spirit of JFreeChart's
 * {@code ChartFactory}: one call for the common case, returning an ordinary {@link JFreeChart} that a
 * plugin may still adjust. Every chart is in the {@link HouseStyle}, labels its axes
 * {@code quantity / unit} (potentials with their reference scale) and works headless.
 *
 * <p>Bad input fails early with an {@link IllegalArgumentException} naming the series at fault:
 * arrays of different length, infinities, a series without a single finite point, duplicate names.
 * {@code NaN} is a gap. A blank or {@code null} title draws no title (reports put a caption below).
 */
public final class Charts {

    private Charts() {
    }

    /** Line chart of one or more named series (legend shown for two or more). */
    public static JFreeChart xy(String title, Axis x, Axis y, List<Series> series) {
        return LineCharts.xy(title, x, y, series);
    }

    /**
     * Measured points with a fitted curve through them, e.g. the charging-current difference Δj
     * against scan rate whose slope gives the double-layer capacitance.
     *
     * @param points the measurements, drawn as markers (palette colour 1)
     * @param fit    the fitted curve, drawn as a line (palette colour 2); its name must differ
     */
    public static JFreeChart scatterWithFit(String title, Axis x, Axis y, Series points, Series fit) {
        return LineCharts.scatterWithFit(title, x, y, points, fit);
    }

    /**
     * Measured points with the straight line {@code y = intercept + slope·x} drawn across their x range.
     *
     * @param slope     in y unit per x unit
     * @param intercept in y unit
     * @param fitName   legend text of the line, e.g. {@code fit: Cdl = 0.56 mF cm⁻²}
     */
    public static JFreeChart scatterWithFit(String title, Axis x, Axis y, Series points, double slope,
            double intercept, String fitName) {
        return LineCharts.scatterWithLine(title, x, y, points, slope, intercept, fitName);
    }

    /**
     * Voltammogram: current (or current density) against potential. Points are joined in recorded
     * order (a CV goes back and forth), and a light zero-current line is drawn.
     *
     * @param potential must carry a reference scale ({@link Axis#potential}); the label then reads
     *                  e.g. {@code E / V vs Ag/AgCl (sat. KCl)}
     * @throws IllegalArgumentException when the potential axis has no reference scale
     */
    public static JFreeChart voltammogram(String title, Axis potential, Axis current, List<Series> curves) {
        return LineCharts.voltammogram(title, potential, current, curves);
    }

    /**
     * Voltammogram of a dataset: its potential column against {@code currentColumn}, one series per
     * value of a {@code cycle} (or {@code cycle number}) column when present.
     *
     * @throws IllegalArgumentException naming the dataset when it has no potential column with a
     *                                  scale or no column {@code currentColumn}
     */
    public static JFreeChart voltammogram(String title, Dataset voltammogram, String currentColumn) {
        return LineCharts.voltammogram(title, voltammogram, currentColumn);
    }

    /**
     * Nyquist plot: Z′ across, −Z″ up, both axes at one scale so arcs stay round. Measured spectra
     * are markers; fits (may be empty or {@code null}) are lines in the colour of the measured
     * spectrum with the same index.
     *
     * @param unit unit of Z′ and Z″, e.g. {@code Units.OHM}
     */
    public static JFreeChart nyquist(String title, Unit unit, List<ImpedanceSpectrum> measured,
            List<ImpedanceSpectrum> fits) {
        return ImpedanceCharts.nyquist(title, unit, measured, fits);
    }

    /**
     * Bode plot: |Z| on a log axis (left, filled markers, solid fit lines) and −φ in degrees on a
     * second axis (right, open squares, dashed fit lines) against log frequency.
     *
     * @param unit unit of the impedance, e.g. {@code Units.OHM}
     */
    public static JFreeChart bode(String title, Unit unit, List<ImpedanceSpectrum> measured,
            List<ImpedanceSpectrum> fits) {
        return ImpedanceCharts.bode(title, unit, measured, fits);
    }

    /**
     * Spectra: overlaid, or stacked as a waterfall for an in situ series (each spectrum shifted up by
     * the layout's offset, the intensity numbers hidden and each trace named at its right-hand end),
     * with the x axis optionally reversed (IR wavenumber, XPS binding energy).
     *
     * @param layout {@code null} means {@link SpectrumLayout#OVERLAY}
     */
    public static JFreeChart spectrum(String title, Axis x, Axis y, List<Series> spectra, SpectrumLayout layout) {
        return LineCharts.spectrum(title, x, y, spectra, layout);
    }

    /**
     * Grouped bar chart with error bars, e.g. the Faradaic efficiency of each product (series) on each
     * catalyst (category).
     *
     * @param categoryName name of the category axis, e.g. {@code Catalyst}
     * @param categories   category names in display order, unique
     * @throws IllegalArgumentException naming the series whose length differs from the categories
     */
    public static JFreeChart bar(String title, String categoryName, Axis value, List<String> categories,
            List<BarSeries> series) {
        return BarChart.bar(title, categoryName, value, categories, series);
    }

    /**
     * Heat map over x positions × named rows, e.g. FE of a product over potential × catalyst, with a
     * viridis colour scale and its legend; {@code NaN} cells are grey.
     *
     * @param xs      cell centres along x, distinct (cells are as wide as the smallest gap)
     * @param rowName name of the row axis, e.g. {@code Catalyst}
     * @param rows    row names, top to bottom
     * @param z       {@code z[row][column]}: one row per name, one value per x position
     * @param zAxis   quantity and unit of the colour scale, e.g. {@code FE(CO) / %}
     */
    public static JFreeChart heatmap(String title, Axis x, double[] xs, String rowName, List<String> rows,
            double[][] z, Axis zAxis) {
        return HeatmapChart.categorical(title, x, xs, rowName, rows, z, zAxis);
    }

    /** Heat map over a numeric x × y grid; {@code z[i][j]} belongs to {@code ys[i]} and {@code xs[j]}. */
    public static JFreeChart heatmap(String title, Axis x, double[] xs, Axis y, double[] ys, double[][] z,
            Axis zAxis) {
        return HeatmapChart.numeric(title, x, xs, y, ys, z, zAxis);
    }

    /**
     * Free-energy diagram: horizontal levels per state joined by dashed connectors, states named along
     * the reaction coordinate, one colour per path (e.g. per electrode potential).
     *
     * @param energy axis of the free energy, e.g. {@code Axis.of("ΔG", "eV")}
     * @param states the intermediates in order, e.g. {@code O₂, *OOH, *O, *OH, H₂O}
     * @throws IllegalArgumentException naming the path whose energies do not match the states
     */
    public static JFreeChart step(String title, Axis energy, List<String> states, List<EnergyPath> paths) {
        return FreeEnergyDiagram.step(title, energy, states, paths);
    }
}
