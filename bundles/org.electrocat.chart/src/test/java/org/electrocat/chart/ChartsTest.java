package org.electrocat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.Range;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static final Axis E_RHE = Axis.potential("E", Units.VOLT, PotentialScale.RHE);
    private static final Axis J = Axis.of("j", "mA cm-2");

    @Test
    void xyHasOneSeriesPerInputAndUnitLabels() {
        JFreeChart c = Charts.xy("LSV", E_RHE, J, List.of(Samples.cv("a", 0, 1, 50, 1), Samples.cv("b", 0, 1, 50, 2),
                Samples.cv("c", 0, 1, 50, 3)));
        XYPlot p = c.getXYPlot();
        assertEquals(1, p.getDatasetCount());
        assertEquals(3, p.getDataset().getSeriesCount());
        assertEquals("E / V vs RHE", p.getDomainAxis().getLabel());
        assertEquals("j / mA cm⁻²", p.getRangeAxis().getLabel());
        assertEquals("b", p.getDataset().getSeriesKey(1));
        assertTrue(c.getLegend() != null);
        assertEquals("LSV", c.getTitle().getText());
    }

    @Test
    void scatterWithLineDrawsTheLineAcrossTheDataRange() {
        // Cdl plot: Δj/2 against scan rate; slope 0.56 mA cm-2 per V/s, intercept 0.01
        Series pts = Series.of("Δj/2", new double[] {0.02, 0.04, 0.08, 0.1}, new double[] {0.021, 0.033, 0.056, 0.067});
        JFreeChart c = Charts.scatterWithFit("", Axis.of("ν", "V/s"), Axis.of("Δj/2", "mA cm-2"), pts, 0.56, 0.01,
                "fit");
        XYPlot p = c.getXYPlot();
        assertEquals(2, p.getDatasetCount());
        XYDataset fit = p.getDataset(1);
        assertEquals(2, fit.getItemCount(0));
        assertEquals(0.02, fit.getXValue(0, 0));
        assertEquals(0.1, fit.getXValue(0, 1));
        assertEquals(0.01 + 0.56 * 0.02, fit.getYValue(0, 0), 1e-15);
        assertEquals(0.01 + 0.56 * 0.1, fit.getYValue(0, 1), 1e-15);
        assertNull(c.getTitle(), "blank title draws none");
    }

    @Test
    void voltammogramOfDatasetSplitsCyclesAndLabelsTheScale() {
        Series cv = Samples.cv("x", -0.2, 0.8, 40, 1);
        double[] cycle = new double[160];
        double[] e = new double[160];
        double[] i = new double[160];
        for (int k = 0; k < 160; k++) {
            cycle[k] = k < 80 ? 1 : 2;
            e[k] = cv.x()[k % 80];
            i[k] = cv.y()[k % 80] * (k < 80 ? 1 : 0.9);
        }
        Dataset d = Dataset.builder("cv1", DatasetKind.VOLTAMMOGRAM)
                .potentialColumn("E", Units.VOLT, e, PotentialScale.AG_AGCL_SAT_KCL)
                .column("I", Units.MILLIAMPERE, i).column("cycle", Units.ONE, cycle).build();
        JFreeChart c = Charts.voltammogram("CV", d, "I");
        XYPlot p = c.getXYPlot();
        assertEquals("E / V vs Ag/AgCl (sat. KCl)", p.getDomainAxis().getLabel());
        assertEquals("I / mA", p.getRangeAxis().getLabel());
        assertEquals(2, p.getDataset().getSeriesCount());
        assertEquals("Cycle 2", p.getDataset().getSeriesKey(1));
        assertEquals(80, p.getDataset().getItemCount(1));
        assertEquals(i[80], p.getDataset().getYValue(1, 0));
        assertTrue(p.isRangeZeroBaselineVisible());
    }

    @Test
    void nyquistAxesShareOneScaleAndPlotMinusZImag() {
        ImpedanceSpectrum z = Samples.randles("cell", 10, 100, 2e-5, 60);
        JFreeChart c = Charts.nyquist("EIS", Units.OHM, List.of(z), List.of());
        XYDataset d = c.getXYPlot().getDataset();
        assertEquals(-z.zImag()[30], d.getYValue(0, 30));
        assertEquals("−Z″ / Ω", c.getXYPlot().getRangeAxis().getLabel());
        // draw into a wide and a tall area: units per pixel must agree on both axes in both
        for (int[] size : new int[][] {{900, 400}, {400, 700}}) {
            ChartRenderingInfo info = new ChartRenderingInfo();
            BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            c.draw(img.createGraphics(), new java.awt.Rectangle(size[0], size[1]), info);
            var area = info.getPlotInfo().getDataArea();
            Range xr = c.getXYPlot().getDomainAxis().getRange();
            Range yr = c.getXYPlot().getRangeAxis().getRange();
            double kx = xr.getLength() / area.getWidth();
            double ky = yr.getLength() / area.getHeight();
            assertEquals(kx, ky, 0.01 * kx, "ohm per pixel at " + size[0] + "x" + size[1]);
            // the semicircle (Rs..Rs+Rct, peak Rct/2) is fully in view
            assertTrue(xr.getLowerBound() <= 10 && xr.getUpperBound() >= 110, xr.toString());
            assertTrue(yr.getLowerBound() <= 0 && yr.getUpperBound() >= 50, yr.toString());
        }
    }

    @Test
    void bodeShowsModulusOnLogAxisAndPhaseOnSecondAxis() {
        // RC parallel (Rs = 0): at f = 1/(2πRC) the phase is exactly −45° and |Z| = R/√2
        double r = 100;
        double cap = 1e-5;
        double f0 = 1 / (2 * Math.PI * r * cap);
        double[] f = {f0 / 10, f0, f0 * 10};
        double[] re = new double[3];
        double[] im = new double[3];
        for (int k = 0; k < 3; k++) {
            double w = 2 * Math.PI * f[k] * r * cap;
            re[k] = r / (1 + w * w);
            im[k] = -r * w / (1 + w * w);
        }
        ImpedanceSpectrum z = new ImpedanceSpectrum("RC", f, re, im);
        JFreeChart c = Charts.bode("", Units.OHM, List.of(z), List.of(Samples.randles("fit", 0, 100, 1e-5, 30)));
        XYPlot p = c.getXYPlot();
        assertEquals(4, p.getDatasetCount());
        assertInstanceOf(LogAxis.class, p.getDomainAxis());
        assertInstanceOf(LogAxis.class, p.getRangeAxis(0));
        assertEquals("−φ / °", p.getRangeAxis(1).getLabel());
        assertEquals("|Z| / Ω", p.getRangeAxis(0).getLabel());
        assertEquals(45, p.getDataset(1).getYValue(0, 1), 1e-9);
        assertEquals(r / Math.sqrt(2), p.getDataset(0).getYValue(0, 1), 1e-9);
        assertEquals(p.getRangeAxis(1), p.getRangeAxisForDataset(3));
        // 1 measured + 1 fit + 2 marker keys
        assertEquals(4, p.getLegendItems().getItemCount());
    }

    @Test
    void stackedReversedSpectraAreShiftedAndLabelled() {
        List<Series> spectra = List.of(Samples.bands("0.0 V", 1000, 3000, 401, 2050, 15, 1.0),
                Samples.bands("−0.2 V", 1000, 3000, 401, 2050, 15, 2.0),
                Samples.bands("−0.4 V", 1000, 3000, 401, 2050, 15, 0.5));
        JFreeChart c = Charts.spectrum("in situ IR", Axis.of("ν̃", Units.WAVENUMBER), Axis.of("A", "a.u."), spectra,
                SpectrumLayout.OVERLAY.reversed().stacked(3));
        XYPlot p = c.getXYPlot();
        assertTrue(p.getDomainAxis().isInverted());
        assertEquals("ν̃ / cm⁻¹", p.getDomainAxis().getLabel());
        assertEquals(spectra.get(2).y()[200] + 6, p.getDataset().getYValue(2, 200), 1e-12);
        assertEquals(3, p.getAnnotations().size());
        assertNull(c.getLegend(), "stacked traces are named in place");
        assertFalse(p.getRangeAxis().isTickLabelsVisible());
        // automatic shift: 1.1 × the largest peak-to-peak range: the 2.0 band, sampled at its centre
        // (5 cm-1 grid), whose tails underflow to 0 at the ends
        assertEquals(1.1 * 2.0, LineCharts.autoOffset(spectra), 1e-12);
    }

    @Test
    void barCarriesMeansAndErrorsAndSkipsMissingBars() {
        JFreeChart c = Charts.bar("FE", "Catalyst", Axis.of("FE", "%"), List.of("Cu", "Ag", "Au"),
                List.of(new BarSeries("CO", new double[] {30, 80, 90}, new double[] {2, 3, Double.NaN}),
                        new BarSeries("H2", new double[] {40, 15, Double.NaN}, null)));
        CategoryPlot p = c.getCategoryPlot();
        StatisticalCategoryDataset d = (StatisticalCategoryDataset) p.getDataset();
        assertEquals(2, d.getRowCount());
        assertEquals(3, d.getColumnCount());
        assertEquals(80.0, d.getMeanValue("CO", "Ag").doubleValue());
        assertEquals(3.0, d.getStdDevValue("CO", "Ag").doubleValue());
        assertNull(d.getStdDevValue("CO", "Au"));
        assertNull(d.getMeanValue("H2", "Au"));
        assertEquals("FE / %", p.getRangeAxis().getLabel());
    }

    @Test
    void heatmapHasOneCellPerValueAndAColourScale() {
        double[] e = {-0.6, -0.7, -0.8, -0.9};
        double[][] fe = {{10, 20, 30, 25}, {50, 60, Double.NaN, 40}, {5, 8, 12, 9}};
        JFreeChart c = Charts.heatmap("FE(CO)", Axis.potential("E", Units.VOLT, PotentialScale.RHE), e, "Catalyst",
                List.of("Cu", "Ag", "Sn"), fe, Axis.of("FE(CO)", "%"));
        XYPlot p = c.getXYPlot();
        XYZDataset d = (XYZDataset) p.getDataset();
        assertEquals(12, d.getItemCount(0));
        assertEquals(60.0, d.getZValue(0, 5));
        assertInstanceOf(SymbolAxis.class, p.getRangeAxis());
        XYBlockRenderer r = (XYBlockRenderer) p.getRenderer();
        assertEquals(0.1, r.getBlockWidth(), 1e-12);
        assertEquals(1.0, r.getBlockHeight());
        PaintScaleLegend legend = (PaintScaleLegend) c.getSubtitle(0);
        assertEquals(5.0, legend.getScale().getLowerBound());
        assertEquals(60.0, legend.getScale().getUpperBound());
        assertEquals("FE(CO) / %", legend.getAxis().getLabel());
        assertEquals(11, p.getAnnotations().size(), "one value label per measured cell");
    }

    @Test
    void stepDiagramHasLevelsAndConnectors() {
        // ORR on Pt(111)-like energies at U = 0 and U = 1.23 V (shifted by −eU per proton-electron step)
        double[] g0 = {4.92, 4.0, 2.5, 1.0, 0};
        double[] g123 = new double[5];
        for (int k = 0; k < 5; k++) {
            g123[k] = g0[k] - (4 - k) * 1.23;
        }
        JFreeChart c = Charts.step("ORR", Axis.of("ΔG", "eV"), List.of("O₂", "*OOH", "*O", "*OH", "H₂O"),
                List.of(new EnergyPath("U = 0 V", g0), new EnergyPath("U = 1.23 V", g123)));
        XYPlot p = c.getXYPlot();
        assertEquals(2, p.getDatasetCount());
        XYDataset levels = p.getDataset(0);
        assertEquals(2, levels.getSeriesCount());
        assertEquals(4.0 - 3 * 1.23, levels.getYValue(1, 3), 1e-12);
        assertEquals(1 - FreeEnergyDiagram.HALF_LEVEL, levels.getXValue(0, 3), 1e-12);
        XYDataset conn = p.getDataset(1);
        assertEquals(4.92, conn.getYValue(0, 3), 1e-12, "connector into state 1 starts at level 0");
        assertEquals(4.0, conn.getYValue(0, 4), 1e-12);
        assertEquals(2, p.getLegendItems().getItemCount(), "connectors stay out of the legend");
        assertInstanceOf(SymbolAxis.class, p.getDomainAxis());
    }
}
