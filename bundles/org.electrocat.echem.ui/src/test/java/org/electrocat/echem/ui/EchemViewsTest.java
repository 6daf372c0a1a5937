package org.electrocat.echem.ui;

import org.electrocat.ui.api.HeadlessContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javax.swing.JComboBox;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.ui.api.ViewInput;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/**
 * The electrochemistry views on the oxime study: its LSV files and {@code echem.lsv} results (the
 * study's own steps) in the voltammogram view on several reference scales, and its FE maps.
 * Converted potentials are checked against E(RHE) = E(Ag/AgCl) + 0.197 V + (ln 10·RT/F)·pH computed
 * here from the constants; FE cells against the values of the individual {@code echem.fe} steps.
 */
class EchemViewsTest {

    private static final List<String> PLUGINS = List.of("org.electrocat.echem.EchemTechnique",
            "org.electrocat.echem.io.BioLogicMptReader", "org.electrocat.echem.io.ChiTextReader",
            "org.electrocat.echem.analysis.LsvAnalysis", "org.electrocat.echem.analysis.FaradaicEfficiencyAnalysis",
            "org.electrocat.echem.analysis.FeMapAnalysis");
    private static final Map<String, String> STUDY = Map.of("pH", "13.7", "temperature", "298.15 K");
    /** Ag/AgCl (sat. KCl) → RHE at pH 13.7, 25 °C: 0.197 V + ln(10)·R·T/F·pH with CODATA R and F. */
    private static final double TO_RHE = 0.197 + Math.log(10) * 8.314462618 * 298.15 / 96485.33212 * 13.7;

    private static Dataset lsv() throws Exception {
        return RealData.read("org.electrocat.echem.io.ChiTextReader", RealData.oxime("data/echem/lsv/AgPdTi_KNO3.txt"),
                Map.of("reference", "Ag/AgCl (sat. KCl)")).get(0);
    }

    @Test
    void theVoltammogramViewTakesVoltammogramsAndLsvResultsOnly() throws Exception {
        VoltammogramView v = new VoltammogramView();
        assertTrue(v.supports(ViewInput.of(lsv())));
        Dataset cv = RealData.read("org.electrocat.echem.io.GamryDtaReader", RealData.oxime("data/echem/cdl/AgPdTi_CV_10mVs.DTA"),
                Map.of("reference", "Ag/AgCl (sat. KCl)")).get(0);
        assertTrue(v.supports(ViewInput.of(cv)));
        Dataset peis = RealData.read("org.electrocat.echem.io.BioLogicMptReader", RealData.oxime("data/eis/AgPdTi_PEIS_-1.3V.mpt"),
                Map.of()).get(0);
        Dataset ca = RealData.read("org.electrocat.echem.io.BioLogicMptReader",
                RealData.oxime("data/echem/ca/AgPdTi_CA_-1.6V.mpt"), Map.of()).get(0);
        assertFalse(v.supports(ViewInput.of(peis)), "an impedance spectrum is not a voltammogram");
        assertFalse(v.supports(ViewInput.of(ca)), "a chronoamperogram is not a voltammogram");
        assertFalse(new FeMapView().supports(ViewInput.of(lsv())));
    }

    @Test
    void potentialsMoveToTheChosenScaleAndTheAxisNamesIt() throws Exception {
        Dataset d = lsv();
        double[] e = d.require("E").array();
        double[] i = d.require("I").array();
        ScaleChoice study = ScaleChoice.of(STUDY, d, Map.of());
        assertEquals("pH 13.7 (study), 298.15 K", study.describe());
        XYPlot asRecorded = VoltammogramView.chart(d, PotentialScale.AG_AGCL_SAT_KCL, study, List.of()).getXYPlot();
        assertEquals("E / V vs Ag/AgCl (sat. KCl)", asRecorded.getDomainAxis().getLabel());
        assertEquals("I / A", asRecorded.getRangeAxis().getLabel());
        XYPlot rhe = VoltammogramView.chart(d, PotentialScale.RHE, study, List.of()).getXYPlot();
        assertEquals("E / V vs RHE", rhe.getDomainAxis().getLabel());
        XYDataset data = rhe.getDataset();
        int n = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int k = 0; k < data.getItemCount(s); k++, n++) {
                assertEquals(e[n] + TO_RHE, data.getXValue(s, k), 1e-9);
                assertEquals(i[n], data.getYValue(s, k), 0);
            }
        }
        assertEquals(d.rows(), n, "every point is drawn");
        // SCE is 0.044 V above Ag/AgCl (sat. KCl): 0.241 − 0.197 V (Bard & Faulkner, Table C.1)
        XYDataset sce = VoltammogramView.chart(d, PotentialScale.SCE, study, List.of()).getXYPlot().getDataset();
        assertEquals(e[0] - 0.044, sce.getXValue(0, 0), 1e-12);
        // without a pH RHE cannot be reached, and the view says so instead of drawing a wrong axis
        ScaleChoice none = ScaleChoice.of(Map.of(), d, Map.of());
        assertFalse(none.hasPH());
        assertThrows(IllegalArgumentException.class, () -> VoltammogramView.chart(d, PotentialScale.RHE, none, List.of()));
    }

    @Test
    void anLsvResultShowsItsOnsetsAsMarkersThatMoveWithTheScale() throws Exception {
        Map<String, Result> results = RealData.study(List.of("onset_AgPdTi_KNO3"), PLUGINS);
        Result r = results.get("onset_AgPdTi_KNO3");
        VoltammogramView v = new VoltammogramView();
        assertTrue(v.supports(ViewInput.of(r)));
        double onset = r.value("onset.threshold").orElseThrow().quantity().value();
        List<VoltammogramView.Mark> marks = VoltammogramView.marks(r);
        assertEquals("onset (threshold)", marks.get(0).label());
        assertEquals(onset, marks.get(0).volts(), 0);
        Dataset curve = VoltammogramView.lsvCurve(r).orElseThrow();
        JFreeChart c = VoltammogramView.chart(curve, PotentialScale.RHE, ScaleChoice.of(STUDY, curve, r.parameters()),
                marks);
        List<Marker> markers = List.copyOf(c.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND));
        assertEquals(marks.size(), markers.size());
        assertEquals(onset + TO_RHE, ((ValueMarker) markers.get(0)).getValue(), 1e-9);
        assertEquals("j / mA/cm²", c.getXYPlot().getRangeAxis().getLabel());

        // the view: scale selector with the recorded scale first, the study's pH shown; picking RHE redraws
        HeadlessContext ctx = new HeadlessContext(STUDY);
        var part = v.create(ViewInput.of(r), ctx);
        @SuppressWarnings("unchecked")
        JComboBox<PotentialScale> scales = (JComboBox<PotentialScale>) HeadlessContext.components(part.component()).stream()
                .filter(x -> "echem.scale".equals(x.getName())).findFirst().orElseThrow();
        assertEquals(PotentialScale.AG_AGCL_SAT_KCL, scales.getItemAt(0));
        assertEquals("E / V vs Ag/AgCl (sat. KCl)", onlyChart(part.component()).getXYPlot().getDomainAxis().getLabel());
        scales.setSelectedItem(PotentialScale.RHE);
        assertEquals("E / V vs RHE", onlyChart(part.component()).getXYPlot().getDomainAxis().getLabel());
        assertTrue(HeadlessContext.components(part.component()).stream().anyMatch(x -> x instanceof javax.swing.JLabel l
                && l.getText().startsWith("pH 13.7 (study)")));
    }

    @Test
    void theFeMapShowsEachProductOverPotentialAndCatalystAsTheFeStepsComputedIt() throws Exception {
        Map<String, Result> results = RealData.study(List.of("fe_map", "fe_optimised"), PLUGINS);
        Result map = results.get("fe_map");
        FeMapView v = new FeMapView();
        assertTrue(v.supports(ViewInput.of(map)));
        List<Dataset> maps = FeMapView.maps(map);
        assertEquals(List.of("CHOX", "NO2-", "NH4+", "NH2OH"), maps.stream().map(FeMapView::product).toList());
        Dataset chox = maps.get(0);
        assertEquals(List.of("Ag4Pd2-S-Ti4", "Ag4Pd2(SR)8", "Ti4-iPrOH"), FeMapView.catalysts(chox));
        JFreeChart heat = FeMapView.heatMap(chox);
        XYPlot p = heat.getXYPlot();
        assertEquals("E / V vs Ag/AgCl (sat. KCl)", p.getDomainAxis().getLabel());
        XYZDataset z = (XYZDataset) p.getDataset();
        assertEquals(7 * 3, z.getItemCount(0));
        double expected = results.get("fe_AgPdTi_m1.6").value("fe.CHOX").orElseThrow().quantity().value();
        assertEquals(expected, cell(z, -1.6, 0), 1e-9);
        double ti4 = results.get("fe_Ti4_m1.2").value("fe.CHOX").orElseThrow().quantity().value();
        assertEquals(ti4, cell(z, -1.2, 2), 1e-9);

        Result opt = results.get("fe_optimised");
        CategoryPlot bars = FeMapView.bars(FeMapView.maps(opt).get(0)).getCategoryPlot();
        assertEquals(1, bars.getDataset().getColumnCount(), "one potential");
        assertEquals(4, bars.getDataset().getRowCount(), "four materials");
        assertEquals("FE(CHOX) / %", bars.getRangeAxis().getLabel());
        double optFe = results.get("fe_opt_AgPdTi").value("fe.CHOX").orElseThrow().quantity().value();
        assertEquals(optFe, bars.getDataset().getValue(0, 0).doubleValue(), 1e-9);
        // the view opens the one-potential map as bars, the seven-potential map as a heat map
        var part = v.create(ViewInput.of(opt), new HeadlessContext());
        assertTrue(onlyChart(part.component()).getPlot() instanceof CategoryPlot);
        part = v.create(ViewInput.of(map), new HeadlessContext());
        assertTrue(onlyChart(part.component()).getPlot() instanceof XYPlot);
    }

    private static double cell(XYZDataset z, double e, int catalyst) {
        for (int k = 0; k < z.getItemCount(0); k++) {
            if (Math.abs(z.getXValue(0, k) - e) < 1e-9 && z.getYValue(0, k) == catalyst) {
                return z.getZValue(0, k);
            }
        }
        throw new AssertionError("no cell at " + e + " V, catalyst " + catalyst);
    }

    private static JFreeChart onlyChart(java.awt.Component root) {
        List<org.jfree.chart.ChartPanel> panels = HeadlessContext.chartPanels(root);
        assertEquals(1, panels.size());
        return panels.get(0).getChart();
    }
}
