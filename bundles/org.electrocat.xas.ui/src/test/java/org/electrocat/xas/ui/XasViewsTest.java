package org.electrocat.xas.ui;

import org.electrocat.ui.api.HeadlessContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.ui.api.ViewInput;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The XAS views on the oxime study's Ti K-edge spectra (its {@code xanes} and {@code exafs} steps):
 * which inputs each takes, µ(E) with the normalisation lines and E0, normalised µ(E) checked against
 * (µ − pre-edge)/edge step computed here from the curve and the result's edge step, χ(k)·k² against
 * χ·k², and |χ(R)| with a maximum at each reported R-space peak.
 */
class XasViewsTest {

    private static final List<String> PLUGINS = List.of("org.electrocat.xas.XasTechnique", "org.electrocat.xas.io.XdiReader",
            "org.electrocat.xas.analysis.XasNormalizeAnalysis", "org.electrocat.xas.analysis.XasExafsAnalysis");
    private static Map<String, Result> results;

    @BeforeAll
    static void runTheStudysSteps() throws Exception {
        results = RealData.study(List.of("xanes", "exafs"), PLUGINS);
    }

    @Test
    void eachViewTakesItsOwnInputsAndTheExafsPanesWinForAnExafsResult() throws Exception {
        XasNormView norm = new XasNormView();
        XasExafsView exafs = new XasExafsView();
        Result xanes = results.get("xanes");
        assertTrue(norm.supports(ViewInput.of(xanes)));
        assertFalse(exafs.supports(ViewInput.of(xanes)));
        assertTrue(norm.supports(ViewInput.of(results.get("exafs"))));
        assertTrue(exafs.supports(ViewInput.of(results.get("exafs"))));
        assertTrue(exafs.priority() > norm.priority());
        Dataset raw = RealData.read("org.electrocat.xas.io.XdiReader", RealData.oxime("data/xas/Ti4_TiK.xdi"), Map.of()).get(0);
        assertTrue(norm.supports(ViewInput.of(raw)), "a raw spectrum shows µ(E)");
        JFreeChart mu = XasNormView.mu(raw);
        assertEquals(1, mu.getXYPlot().getDataset().getSeriesCount());
        assertEquals(raw.rows(), mu.getXYPlot().getDataset().getItemCount(0));
    }

    @Test
    void muShowsThePreAndPostEdgeLinesAndE0() {
        Result xanes = results.get("xanes");
        Dataset d = XasNormView.norms(xanes).stream().filter(x -> x.id().equals("xas_AgPdTi-norm")).findFirst().orElseThrow();
        XYPlot p = XasNormView.mu(d).getXYPlot();
        XYDataset data = p.getDataset();
        assertEquals(List.of("µ(E)", "pre-edge line", "post-edge curve"), List.of(data.getSeriesKey(0), data.getSeriesKey(1),
                data.getSeriesKey(2)));
        assertEquals(d.rows(), data.getItemCount(1));
        assertEquals("E / eV", p.getDomainAxis().getLabel());
        double e0 = xanes.value("e0.xas_AgPdTi").orElseThrow().quantity().value();
        ValueMarker m = (ValueMarker) p.getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(e0, m.getValue(), 1e-9);
    }

    @Test
    void normalisedMuIsMuMinusThePreEdgeLineOverTheEdgeStep() {
        Result xanes = results.get("xanes");
        List<Dataset> norms = XasNormView.norms(xanes);
        assertEquals(3, norms.size());
        XYPlot p = XasNormView.normalised(norms).getXYPlot();
        assertEquals(3, p.getDataset().getSeriesCount());
        assertEquals(3, p.getDomainMarkers(Layer.FOREGROUND).size(), "one E0 per spectrum");
        int k = norms.indexOf(norms.stream().filter(x -> x.id().equals("xas_Ti4-norm")).findFirst().orElseThrow());
        Dataset d = norms.get(k);
        double step = xanes.value("step.xas_Ti4").orElseThrow().quantity().value();
        double[] mu = d.require("mu").array();
        double[] pre = d.require("pre_edge").array();
        for (int i = 0; i < mu.length; i += 7) {
            assertEquals((mu[i] - pre[i]) / step, p.getDataset().getYValue(k, i), 1e-9);
        }
    }

    @Test
    void theExafsPanesShowWeightedChiOfKAndTheRSpacePeaks() throws Exception {
        Result exafs = results.get("exafs");
        List<Dataset> chik = XasExafsView.curves(exafs, "chik");
        XYPlot k = XasExafsView.chik(chik).getXYPlot();
        assertEquals("χ(k)·k² / Å⁻²", k.getRangeAxis().getLabel());
        assertEquals("k / Å⁻¹", k.getDomainAxis().getLabel());
        assertEquals(2, k.getDataset(0).getSeriesCount());
        assertEquals("FT window", k.getRangeAxis(1).getLabel());
        Dataset first = chik.get(0);
        double[] kk = first.require("k").array();
        double[] chi = first.require("chi").array();
        for (int i = 0; i < kk.length; i += 5) {
            assertEquals(chi[i] * kk[i] * kk[i], k.getDataset(0).getYValue(0, i), 1e-9 * Math.max(1, Math.abs(chi[i] * kk[i] * kk[i])));
        }
        List<Dataset> chir = XasExafsView.curves(exafs, "chir");
        XYPlot r = XasExafsView.chir(chir).getXYPlot();
        assertEquals("|χ(R)| / Å⁻³", r.getRangeAxis().getLabel());
        int s = chir.indexOf(chir.stream().filter(x -> x.id().equals("xas_AgPdTi-chir")).findFirst().orElseThrow());
        XYDataset d = r.getDataset();
        for (String key : List.of("peak1.xas_AgPdTi", "peak2.xas_AgPdTi", "peak3.xas_AgPdTi")) {
            double at = exafs.value(key).orElseThrow().quantity().value();
            int best = 0;
            for (int i = 0; i < d.getItemCount(s); i++) {
                if (Math.abs(d.getXValue(s, i) - at) < Math.abs(d.getXValue(s, best) - at)) {
                    best = i;
                }
            }
            // the reported peak (parabola-refined by at most half a step) is a local maximum of the plotted curve
            double y = d.getYValue(s, best);
            assertTrue(y >= d.getYValue(s, best - 1) && y >= d.getYValue(s, best + 1), key + " at " + at + " Å");
        }
        var part = new XasExafsView().create(org.electrocat.ui.api.ViewInput.of(exafs), new HeadlessContext());
        assertEquals(2, HeadlessContext.chartPanels(part.component()).size());
        assertTrue(HeadlessContext.componentNames(part.component()).contains("xas.peaks"));
    }
}
