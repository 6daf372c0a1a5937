package org.electrocat.eis.ui;

import org.electrocat.ui.api.HeadlessContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.ui.api.ViewInput;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * The impedance views on the oxime study's real PEIS and FTACV files and on the results of the eis
 * analyses run on them: which inputs each view takes, and that the charts hold the data series
 * point for point (checked against the dataset's own columns), with labelled axes and a Nyquist plot
 * drawn at one scale on both axes.
 */
class EisViewsTest {

    private static final Map<String, String> CONDITIONS = Map.of("pH", "13.7", "reference", "Ag/AgCl (sat. KCl)");

    @Test
    void theNyquistBodeViewTakesImpedanceDatasetsOnlyAndOutranksTheGenericChart() throws Exception {
        Dataset peis = RealData.peis();
        Dataset lsv = RealData.read("org.electrocat.echem.io.ChiTextReader", RealData.oxime("data/echem/lsv/AgPdTi_KOH.txt"),
                Map.of("reference", "Ag/AgCl (sat. KCl)")).get(0);
        NyquistBodeView v = new NyquistBodeView();
        assertEquals("impedance", peis.kind());
        assertTrue(v.supports(ViewInput.of(peis)));
        assertFalse(v.supports(ViewInput.of(lsv)), "a voltammogram is not an impedance spectrum");
        assertTrue(v.priority() > org.electrocat.ui.api.WorkbenchView.GENERIC);
        Result fit = fit(peis);
        assertFalse(v.supports(ViewInput.of(fit)), "results go to the fit view");
        // a result's measured and fitted curves are impedance datasets too
        assertTrue(v.supports(ViewInput.of(fit.curves().get(1))));
        assertTrue(new ImpedanceResultView().supports(ViewInput.of(fit)));
        assertFalse(new ImpedanceResultView().supports(ViewInput.of(peis)));
        assertFalse(new FtacvView().supports(ViewInput.of(fit)));
    }

    @Test
    void theNyquistPlotHoldsZPrimeAgainstMinusZDoublePrimeAtOneScaleOnBothAxes() throws Exception {
        Dataset peis = RealData.peis();
        JFreeChart nyquist = NyquistBodeView.nyquist(List.of(NyquistBodeView.spectrum(peis)), List.of());
        XYPlot p = nyquist.getXYPlot();
        assertEquals("Z′ / Ω", p.getDomainAxis().getLabel());
        assertEquals("−Z″ / Ω", p.getRangeAxis().getLabel());
        XYDataset d = p.getDataset(0);
        assertEquals(1, d.getSeriesCount());
        assertEquals(peis.rows(), d.getItemCount(0));
        double[] re = peis.require("Z'").array();
        double[] im = peis.require("Z''").array();
        for (int i = 0; i < re.length; i++) {
            assertEquals(re[i], d.getXValue(0, i), 1e-12);
            assertEquals(-im[i], d.getYValue(0, i), 1e-12);
        }
        // drawn at two different window shapes: ohms per pixel are the same across and up
        for (int[] size : new int[][] {{900, 450}, {500, 700}}) {
            ChartRenderingInfo info = new ChartRenderingInfo();
            BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            nyquist.draw(img.createGraphics(), new Rectangle2D.Double(0, 0, size[0], size[1]), info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            double perPixelX = p.getDomainAxis().getRange().getLength() / area.getWidth();
            double perPixelY = p.getRangeAxis().getRange().getLength() / area.getHeight();
            assertEquals(1.0, perPixelX / perPixelY, 0.01, "equal scaling at " + size[0] + "×" + size[1]);
        }
    }

    @Test
    void theBodePlotHasModulusAndPhaseAgainstLogFrequency() throws Exception {
        Dataset peis = RealData.peis();
        XYPlot p = NyquistBodeView.bode(List.of(NyquistBodeView.spectrum(peis)), List.of()).getXYPlot();
        assertInstanceOf(LogAxis.class, p.getDomainAxis());
        assertEquals("f / Hz", p.getDomainAxis().getLabel());
        assertEquals("|Z| / Ω", p.getRangeAxis(0).getLabel());
        assertEquals("−φ / °", p.getRangeAxis(1).getLabel());
        double[] f = peis.require("f").array();
        double[] mod = peis.require("|Z|").array();
        double[] phase = peis.require("phase").array();
        XYDataset m = p.getDataset(0);
        XYDataset ph = p.getDataset(1);
        assertEquals(f.length, m.getItemCount(0));
        for (int i = 0; i < f.length; i++) {
            assertEquals(f[i], m.getXValue(0, i), 1e-9);
            // the file's own |Z| and phase columns, written by the instrument, against the plotted ones
            assertEquals(mod[i], m.getYValue(0, i), 1e-6 * mod[i]);
            assertEquals(-phase[i], ph.getYValue(0, i), 1e-3);
        }
    }

    @Test
    void theFitViewOverlaysTheFittedCircuitAndShowsResidualsAndParameters() throws Exception {
        Dataset peis = RealData.peis();
        Result fit = fit(peis);
        XYPlot nyquist = NyquistBodeView.nyquist(ImpedanceResultView.measured(fit), ImpedanceResultView.models(fit))
                .getXYPlot();
        assertEquals(61, nyquist.getDataset(0).getItemCount(0));
        assertEquals(1, nyquist.getDataset(1).getSeriesCount());
        assertEquals(200, nyquist.getDataset(1).getItemCount(0), "the fit is drawn on a dense grid");
        Dataset res = ImpedanceResultView.residualCurve(fit).orElseThrow();
        assertEquals("Fit residuals", ImpedanceResultView.residualTitle(res));
        XYPlot r = ImpedanceResultView.residuals(res).getXYPlot();
        assertInstanceOf(LogAxis.class, r.getDomainAxis());
        assertEquals("Residual / %", r.getRangeAxis().getLabel());
        assertEquals(2, r.getDataset().getSeriesCount());
        assertEquals(61, r.getDataset().getItemCount(0));

        HeadlessContext ctx = new HeadlessContext(CONDITIONS);
        var part = new ImpedanceResultView().create(ViewInput.of(fit), ctx);
        List<String> names = HeadlessContext.componentNames(part.component());
        assertTrue(names.contains("view:" + ImpedanceResultView.ID), names.toString());
        assertTrue(names.containsAll(List.of("chart:fit-nyquist", "chart:fit-bode", "chart:fit-residuals", "eis.table")),
                names.toString());
    }

    @Test
    void aKramersKronigResultShowsItsResidualsWithTheToleranceBand() throws Exception {
        Dataset peis = RealData.peis();
        Result kk = RealData.run("org.electrocat.eis.analysis.KkAnalysis", "kk", List.of(peis), Map.of(), CONDITIONS);
        assertTrue(new ImpedanceResultView().supports(ViewInput.of(kk)));
        Dataset res = ImpedanceResultView.residualCurve(kk).orElseThrow();
        assertEquals("Lin-KK residuals", ImpedanceResultView.residualTitle(res));
        XYDataset d = ImpedanceResultView.residuals(res).getXYPlot().getDataset();
        assertEquals(4, d.getSeriesCount(), "ΔZ′, ΔZ″ and ± the tolerance");
        double tol = Double.parseDouble(res.metadata().get("eis.tolerance"));
        assertEquals(tol, d.getYValue(2, 0), 0);
        assertEquals(-tol, d.getYValue(3, 1), 0);
        assertEquals(1, ImpedanceResultView.models(kk).size(), "the Lin-KK model is overlaid");
    }

    @Test
    void theFtacvViewStacksTheDcCurrentAndEachHarmonicAgainstTheDcPotential() throws Exception {
        Dataset raw = RealData.read("org.electrocat.echem.io.ChiTextReader", RealData.oxime("data/ftacv/AgPdTi_KOH_FTACV.txt"),
                Map.of("reference", "Ag/AgCl (sat. KCl)")).get(0);
        Result r = RealData.run("org.electrocat.eis.analysis.FtacvAnalysis", "ftacv", List.of(raw),
                Map.of("frequency", "10", "harmonics", "6"), CONDITIONS);
        FtacvView v = new FtacvView();
        assertTrue(v.supports(ViewInput.of(r)));
        assertFalse(new ImpedanceResultView().supports(ViewInput.of(r)), "FTACV has no impedance spectra");
        Dataset h = FtacvView.curve(r, "harmonics").orElseThrow();
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) FtacvView.harmonics(h).getPlot();
        assertEquals("E_dc / V vs Ag/AgCl (sat. KCl)", plot.getDomainAxis().getLabel());
        List<XYPlot> panels = plot.getSubplots();
        assertEquals(7, panels.size(), "DC and six harmonics");
        assertEquals("I_dc / A", panels.get(0).getRangeAxis().getLabel());
        assertEquals("|I_5| / A", panels.get(5).getRangeAxis().getLabel());
        double[] i5 = h.require("|I_5|").array();
        assertEquals(i5.length, panels.get(5).getDataset().getItemCount(0));
        assertEquals(i5[1234], panels.get(5).getDataset().getYValue(0, 1234), 0);
        XYPlot spectrum = FtacvView.spectrum(FtacvView.curve(r, "spectrum").orElseThrow()).getXYPlot();
        assertInstanceOf(LogAxis.class, spectrum.getRangeAxis());
        assertEquals("f / Hz", spectrum.getDomainAxis().getLabel());
        var part = v.create(ViewInput.of(r), new HeadlessContext());
        assertEquals(2, HeadlessContext.chartPanels(part.component()).size());
    }

    private static Result fit(Dataset peis) {
        return RealData.run("org.electrocat.eis.analysis.FitAnalysis", "fit", List.of(peis),
                Map.of("circuit", "R0-p(R1,CPE1)-p(R2-W2,CPE2)"), CONDITIONS);
    }
}
