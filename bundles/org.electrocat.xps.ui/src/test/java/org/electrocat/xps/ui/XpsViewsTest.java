package org.electrocat.xps.ui;

import org.electrocat.ui.api.HeadlessContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.ui.api.ViewInput;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The XPS fit view on the oxime study's Pd 3d fits (its {@code xps_pd_shift} step, after the C 1s
 * charge correction) and on a raw region: which inputs it takes, the reversed binding-energy axis,
 * doublet members in one colour, and the plotted curves adding up: envelope = background +
 * Σ(component − background), residual = measured − envelope, point by point.
 */
class XpsViewsTest {

    private static final List<String> PLUGINS = List.of("org.electrocat.xps.XpsTechnique", "org.electrocat.xps.io.VamasReader",
            "org.electrocat.xps.analysis.XpsCalibrateAnalysis", "org.electrocat.xps.analysis.XpsShiftAnalysis");
    private static Map<String, Result> results;

    @BeforeAll
    static void runTheStudysSteps() throws Exception {
        results = RealData.study(List.of("xps_pd_shift"), PLUGINS);
    }

    @Test
    void theViewTakesXpsFitsAndRegionsOnly() throws Exception {
        XpsFitView v = new XpsFitView();
        Result shift = results.get("xps_pd_shift");
        assertTrue(v.supports(ViewInput.of(shift)));
        assertTrue(v.supports(ViewInput.of(results.get("xps_cal_AgPd"))), "the C 1s reference fit");
        assertEquals(2, XpsFitView.fits(shift).size(), "Pd 3d of both samples");
        List<Dataset> regions = RealData.read("org.electrocat.xps.io.VamasReader", RealData.oxime("data/xps/AgPd_XPS.vms"),
                Map.of());
        assertTrue(v.supports(ViewInput.of(regions.get(2))), "a raw region");
        Dataset raman = Dataset.builder("r", "spectrum").column("Raman shift", org.electrocat.core.units.Units.WAVENUMBER,
                new double[] {1, 2}).column("intensity", org.electrocat.core.units.Units.ONE, new double[] {1, 2}).build();
        assertFalse(v.supports(ViewInput.of(raman)));
        JFreeChart raw = XpsFitView.spectrum(regions.get(2));
        assertTrue(raw.getXYPlot().getDomainAxis().isInverted());
        assertEquals(regions.get(2).rows(), raw.getXYPlot().getDataset().getItemCount(0));
    }

    @Test
    void theFitShowsDataBackgroundDoubletEnvelopeAndResidualsOnAReversedAxis() {
        Dataset fit = XpsFitView.fits(results.get("xps_pd_shift")).get(1);
        assertEquals(Map.of("Pd 3d", List.of("Pd 3d5/2", "Pd 3d3/2")), XpsFitView.components(fit));
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) XpsFitView.chart(fit).getPlot();
        assertTrue(plot.getDomainAxis().isInverted(), "binding energy runs from high to low");
        assertEquals("Binding energy / eV", plot.getDomainAxis().getLabel());
        List<XYPlot> panels = plot.getSubplots();
        assertEquals(2, panels.size());
        XYDataset d = panels.get(0).getDataset();
        assertEquals(List.of("measured", "background", "Pd 3d5/2", "Pd 3d3/2", "envelope"), keys(d));
        assertEquals("Intensity / counts/s", panels.get(0).getRangeAxis().getLabel());
        XYDataset res = panels.get(1).getDataset();
        int n = fit.rows();
        assertEquals(n, d.getItemCount(0));
        assertEquals(n, res.getItemCount(0));
        for (int i = 0; i < n; i++) {
            double bg = d.getYValue(1, i);
            double sum = bg + (d.getYValue(2, i) - bg) + (d.getYValue(3, i) - bg);
            assertEquals(sum, d.getYValue(4, i), 1e-9 * Math.abs(sum));
            assertEquals(d.getYValue(0, i) - d.getYValue(4, i), res.getYValue(0, i), 1e-9 * Math.abs(d.getYValue(0, i)));
        }
        XYItemRenderer r = panels.get(0).getRenderer();
        assertEquals(r.getSeriesPaint(2), r.getSeriesPaint(3), "doublet members share a colour");
        assertNotEquals(r.getSeriesStroke(2), r.getSeriesStroke(3), "the 3d3/2 member is dashed");
    }

    @Test
    void aResultOpensOneTabPerFittedRegionWithItsTables() throws Exception {
        Result shift = results.get("xps_pd_shift");
        var part = new XpsFitView().create(ViewInput.of(shift), new HeadlessContext());
        assertEquals(2, HeadlessContext.chartPanels(part.component()).size());
        assertTrue(HeadlessContext.componentNames(part.component()).contains("xps.table"));
    }

    private static List<String> keys(XYDataset d) {
        List<String> out = new java.util.ArrayList<>();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            out.add(d.getSeriesKey(s).toString());
        }
        return out;
    }
}
