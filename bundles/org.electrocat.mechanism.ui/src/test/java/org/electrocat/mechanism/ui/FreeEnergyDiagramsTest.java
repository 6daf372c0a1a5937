package org.electrocat.mechanism.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javax.swing.JList;
import javax.swing.JRadioButton;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.mechanism.che.CheAnalysis;
import org.electrocat.mechanism.che.CheLevels;
import org.electrocat.ui.api.ViewInput;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The free-energy diagram view on the oxime study's reaction network (Song et al., Figure 6). The
 * references come from the network file and the paper, not from the analysis: the paper's
 * potential-determining steps (Ti4-iPrOH *NO3 → *NO2, 1.43 eV; Ag4Pd2-S-Ti4 *NO2 (Ti) → *NO,
 * 0.89 eV), both two-electron steps in the file, so U_L = −ΔG/(2e) = −0.715 V and −0.445 V vs RHE, at
 * which the step is level (ΔG = 0) and every reduction step is downhill.
 */
class FreeEnergyDiagramsTest {

    static List<Dataset> network;
    static Result atZero;
    static Result atMinus04;

    @BeforeAll
    static void run() throws Exception {
        network = TestFiles.network();
        atZero = TestFiles.run(new CheAnalysis(), network, Map.of());
        atMinus04 = TestFiles.run(new CheAnalysis(), network, Map.of("potential", "-0.4 V"));
    }

    static CheLevels.Levels pathway(Result r, String name) {
        return FreeEnergyDiagrams.levels(r).stream().filter(l -> l.pathway().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void acceptsCheResultsOnly() {
        FreeEnergyDiagramView view = new FreeEnergyDiagramView();
        assertTrue(view.supports(ViewInput.of(atZero)));
        assertFalse(view.supports(ViewInput.of(network.get(0))), "a pathway dataset is not a result");
        Result other = Result.builder("x", "mechanism.kinetics", "1", "mechanism").build();
        assertFalse(view.supports(ViewInput.of(other)));
        assertFalse(new KineticCascadeView().supports(ViewInput.of(atZero)));
    }

    @Test
    void thePapersPotentialDeterminingStepsAtZeroVolt() {
        CheLevels.Levels ti = pathway(atZero, "Ti4-iPrOH (Ti)");
        assertEquals("*NO3 → *NO2", FreeEnergyDiagrams.pdsLabel(ti));
        assertEquals(1.43, FreeEnergyDiagrams.pdsEnergy(ti, FreeEnergyDiagrams.Condition.zero()), 1e-12);
        CheLevels.Levels pair = pathway(atZero, "Ag4Pd2-S-Ti4 (Ti-S-Pd)");
        assertEquals("*NO2 (Ti) → *NO", FreeEnergyDiagrams.pdsLabel(pair));
        assertEquals(0.89, FreeEnergyDiagrams.pdsEnergy(pair, FreeEnergyDiagrams.Condition.zero()), 1e-12);
    }

    @Test
    void atTheLimitingPotentialThePdsIsLevelAndNoReductionStepClimbs() {
        FreeEnergyDiagrams.Condition c = FreeEnergyDiagrams.Condition.limiting();
        CheLevels.Levels ti = pathway(atZero, "Ti4-iPrOH (Ti)");
        CheLevels.Levels pair = pathway(atZero, "Ag4Pd2-S-Ti4 (Ti-S-Pd)");
        assertEquals(-0.715, FreeEnergyDiagrams.potential(ti, c), 1e-12);
        assertEquals(-0.445, FreeEnergyDiagrams.potential(pair, c), 1e-12);
        for (CheLevels.Levels l : FreeEnergyDiagrams.levels(atZero)) {
            assertEquals(0, FreeEnergyDiagrams.pdsEnergy(l, c), 1e-12, l.pathway());
            double[] g = FreeEnergyDiagrams.energies(l, c);
            double[] n = l.electrons();
            for (int k = 0; k + 1 < g.length; k++) {
                if (n[k + 1] - n[k] > 0) {
                    assertTrue(g[k + 1] - g[k] <= 1e-12, l.pathway() + " step " + k + " climbs " + (g[k + 1] - g[k]));
                }
            }
        }
    }

    @Test
    void theAppliedPotentialMovesTwoElectronStepsByTwiceU() {
        CheLevels.Levels ti = pathway(atMinus04, "Ti4-iPrOH (Ti)");
        FreeEnergyDiagrams.Condition applied = new FreeEnergyDiagrams.Condition(FreeEnergyDiagrams.Kind.APPLIED, -0.4);
        // 1.43 eV + 2 e × (−0.4 V)
        assertEquals(0.63, FreeEnergyDiagrams.pdsEnergy(ti, applied), 1e-12);
        assertEquals(0.63, FreeEnergyDiagrams.pdsEnergy(ti, FreeEnergyDiagrams.Condition.at(-0.4)), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> FreeEnergyDiagrams.Condition.at(Double.NaN));
    }

    @Test
    void allFourPathwaysShareOneReactionCoordinate() {
        List<CheLevels.Levels> all = FreeEnergyDiagrams.levels(atZero);
        JFreeChart chart = FreeEnergyDiagrams.chart(all, FreeEnergyDiagrams.Condition.zero());
        XYPlot plot = chart.getXYPlot();
        assertEquals("U = 0 V vs RHE", chart.getTitle().getText());
        assertEquals("ΔG / eV", plot.getRangeAxis().getLabel());
        // seven shared states plus *NO2 (Ti), which only the pair catalyst has
        SymbolAxis x = (SymbolAxis) plot.getDomainAxis();
        assertEquals(8, x.getSymbols().length);
        assertEquals("*NO2 (Ti)", x.getSymbols()[3]);
        assertEquals(4, plot.getDataset(0).getSeriesCount(), "levels of each pathway");
        assertEquals(4, plot.getDataset(1).getSeriesCount(), "connectors of each pathway");
        assertEquals("Ti4-iPrOH (Ti)", plot.getDataset(0).getSeriesKey(2));
        // each pathway's PDS: a thick line and its ΔG
        List<String> texts = texts(plot);
        assertEquals(4, texts.size());
        assertTrue(texts.contains("1.43 eV") && texts.contains("0.89 eV"), texts.toString());
    }

    @Test
    void oneTiPathwayAtItsLimitingPotential() {
        JFreeChart chart = FreeEnergyDiagrams.chart(List.of(pathway(atZero, "Ti4-iPrOH (Ti)")),
                FreeEnergyDiagrams.Condition.limiting());
        assertEquals("Each pathway at its limiting potential (vs RHE)", chart.getTitle().getText());
        String name = (String) chart.getXYPlot().getDataset(0).getSeriesKey(0);
        assertTrue(name.startsWith("Ti4-iPrOH (Ti), U_L = −0.7") && name.endsWith(" V"), name);
        assertEquals(7, ((SymbolAxis) chart.getXYPlot().getDomainAxis()).getSymbols().length);
        List<String> texts = texts(chart.getXYPlot());
        assertTrue(texts.stream().anyMatch(t -> t.matches("PDS −?0\\.00 eV")), "the PDS is level at U_L: " + texts);
        assertThrows(IllegalArgumentException.class, () -> FreeEnergyDiagrams.chart(List.of(),
                FreeEnergyDiagrams.Condition.zero()));
    }

    @Test
    void theViewRedrawsForTheChosenPathwaysAndPotential() throws Exception {
        TestFiles.Context ctx = new TestFiles.Context();
        JSplitPane root = (JSplitPane) new FreeEnergyDiagramView().create(ViewInput.of(atMinus04), ctx).component();
        assertEquals("view:mechanism.free-energy", root.getName());
        assertEquals(1, ctx.shown.size());
        assertEquals(4, ctx.shown.get(0).getXYPlot().getDataset(0).getSeriesCount());
        JTable table = find(root, JTable.class, "mechanism.pds");
        assertEquals(4, table.getRowCount());
        JList<?> list = find(root, JList.class, "mechanism.pathways");
        list.setSelectedIndices(new int[] {2, 3});
        JFreeChart two = ctx.shown.get(ctx.shown.size() - 1);
        assertEquals(2, two.getXYPlot().getDataset(0).getSeriesCount());
        assertEquals(2, table.getRowCount());
        find(root, JRadioButton.class, "mechanism.at-applied").doClick();
        JFreeChart applied = ctx.shown.get(ctx.shown.size() - 1);
        assertEquals("U = −0.40 V vs RHE", applied.getTitle().getText());
        assertEquals("0.63", table.getValueAt(0, 3), "Ti4-iPrOH PDS at −0.4 V");
        assertEquals("1.43", table.getValueAt(0, 2));
        assertEquals(-0.715, Double.parseDouble((String) table.getValueAt(0, 4)), 0.0051);
    }

    static List<String> texts(XYPlot plot) {
        return plot.getAnnotations().stream().filter(a -> a instanceof XYTextAnnotation)
                .map(a -> ((XYTextAnnotation) a).getText()).filter(t -> t.contains("eV")).toList();
    }

    static <T> T find(java.awt.Component c, Class<T> type, String name) {
        if (type.isInstance(c) && name.equals(c.getName())) {
            return type.cast(c);
        }
        if (c instanceof java.awt.Container k) {
            for (java.awt.Component child : k.getComponents()) {
                T t = find(child, type, name);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
