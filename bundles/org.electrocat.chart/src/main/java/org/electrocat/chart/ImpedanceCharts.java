package org.electrocat.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.electrocat.core.units.Unit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Nyquist and Bode plots of impedance spectra; see {@link Charts} for the contracts. Measured spectra
 * are points, fitted spectra lines; fit {@code i} takes the colour of measured spectrum {@code i}.
 */
final class ImpedanceCharts {

    private static final double OPEN_SQUARE = 6.5;

    private ImpedanceCharts() {
    }

    static JFreeChart nyquist(String title, Unit unit, List<ImpedanceSpectrum> measured, List<ImpedanceSpectrum> fits) {
        List<ImpedanceSpectrum> fitted = check("Nyquist plot", unit, measured, fits);
        Axis re = Axis.of("Z′", unit);
        Axis im = Axis.of("−Z″", unit);
        EqualAspectXYPlot plot = new EqualAspectXYPlot(complexPlane(measured), XyParts.numberAxis(re),
                XyParts.numberAxis(im), XyParts.renderer(false, true, measured.size(), 0));
        if (!fitted.isEmpty()) {
            plot.setDataset(1, complexPlane(fitted));
            plot.setRenderer(1, XyParts.renderer(true, false, fitted.size(), 0));
        }
        return XyParts.chart(title, plot, measured.size() + fitted.size() > 1);
    }

    static JFreeChart bode(String title, Unit unit, List<ImpedanceSpectrum> measured, List<ImpedanceSpectrum> fits) {
        List<ImpedanceSpectrum> fitted = check("Bode plot", unit, measured, fits);
        LogAxis f = logAxis(Axis.of("f", "Hz"));
        LogAxis modulus = logAxis(Axis.of("|Z|", unit));
        NumberAxis phase = XyParts.numberAxis(Axis.of("−φ", "deg"));
        XYPlot plot = new XYPlot(bodeData(measured, true), f, modulus, XyParts.renderer(false, true, measured.size(), 0));
        plot.setRangeAxis(1, phase);
        plot.setDataset(1, bodeData(measured, false));
        SeriesPathRenderer open = XyParts.renderer(false, true, measured.size(), 0);
        open.setUseFillPaint(true);
        open.setDrawOutlines(true);
        open.setUseOutlinePaint(false);
        for (int i = 0; i < measured.size(); i++) {
            open.setSeriesFillPaint(i, Color.WHITE);
            open.setSeriesShape(i, square());
        }
        plot.setRenderer(1, open);
        plot.mapDatasetToRangeAxis(1, 1);
        if (!fitted.isEmpty()) {
            plot.setDataset(2, bodeData(fitted, true));
            plot.setRenderer(2, XyParts.renderer(true, false, fitted.size(), 0));
            plot.setDataset(3, bodeData(fitted, false));
            SeriesPathRenderer dashed = XyParts.renderer(true, false, fitted.size(), 0);
            for (int i = 0; i < fitted.size(); i++) {
                dashed.setSeriesStroke(i, HouseStyle.dashed(HouseStyle.LINE_WIDTH));
            }
            plot.setRenderer(3, dashed);
            plot.mapDatasetToRangeAxis(3, 1);
        }
        plot.setFixedLegendItems(bodeLegend(measured, fitted));
        return XyParts.chart(title, plot, true);
    }

    private static List<ImpedanceSpectrum> check(String what, Unit unit, List<ImpedanceSpectrum> measured,
            List<ImpedanceSpectrum> fits) {
        if (unit == null) {
            throw new IllegalArgumentException(what + ": the impedance unit is missing");
        }
        Checks.namedList(what, measured, ImpedanceSpectrum::name);
        List<ImpedanceSpectrum> fitted = fits == null ? List.of() : fits;
        if (!fitted.isEmpty()) {
            Checks.namedList(what + " fits", fitted, ImpedanceSpectrum::name);
        }
        return fitted;
    }

    /** Z′ against −Z″. */
    private static DefaultXYDataset complexPlane(List<ImpedanceSpectrum> spectra) {
        DefaultXYDataset d = new DefaultXYDataset();
        for (ImpedanceSpectrum s : spectra) {
            double[] minusIm = new double[s.size()];
            for (int i = 0; i < minusIm.length; i++) {
                minusIm[i] = -s.zImag()[i];
            }
            d.addSeries(s.name(), new double[][] {s.zReal(), minusIm});
        }
        return d;
    }

    /** f against |Z| ({@code modulus}) or against −φ in degrees. */
    private static DefaultXYDataset bodeData(List<ImpedanceSpectrum> spectra, boolean modulus) {
        DefaultXYDataset d = new DefaultXYDataset();
        for (ImpedanceSpectrum s : spectra) {
            double[] y = new double[s.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = modulus ? s.modulus(i) : -s.phaseDegrees(i);
            }
            d.addSeries(s.name() + (modulus ? " |Z|" : " −φ"), new double[][] {s.frequency(), y});
        }
        return d;
    }

    private static LogAxis logAxis(Axis axis) {
        LogAxis a = new LogScaleAxis(axis.label());
        a.setLowerMargin(0.03);
        a.setUpperMargin(0.03);
        return a;
    }

    private static Shape square() {
        return new Rectangle2D.Double(-OPEN_SQUARE / 2, -OPEN_SQUARE / 2, OPEN_SQUARE, OPEN_SQUARE);
    }

    /** One entry per spectrum (by colour) and two keys telling filled |Z| from open −φ. */
    private static LegendItemCollection bodeLegend(List<ImpedanceSpectrum> measured, List<ImpedanceSpectrum> fits) {
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < measured.size(); i++) {
            items.add(new LegendItem(measured.get(i).name(), null, null, null, SeriesPathRenderer.circle(7),
                    HouseStyle.colour(i)));
        }
        Line2D line = new Line2D.Double(-12, 0, 12, 0);
        for (int i = 0; i < fits.size(); i++) {
            items.add(new LegendItem(fits.get(i).name(), null, null, null, line,
                    HouseStyle.line(HouseStyle.LINE_WIDTH), HouseStyle.colour(i)));
        }
        items.add(new LegendItem("|Z| (filled, left axis)", null, null, null, SeriesPathRenderer.circle(7),
                HouseStyle.INK));
        items.add(new LegendItem("−φ (open, right axis)", null, null, null, false, square(), false, Color.WHITE, true,
                HouseStyle.INK, HouseStyle.line(1f), false, line, HouseStyle.line(1f), HouseStyle.INK));
        return items;
    }
}
