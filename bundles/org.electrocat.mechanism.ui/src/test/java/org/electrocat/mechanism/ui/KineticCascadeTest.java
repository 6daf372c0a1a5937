package org.electrocat.mechanism.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.electrocat.mechanism.kinetics.KineticsAnalysis;
import org.electrocat.mechanism.kinetics.Product;
import org.electrocat.ui.api.ViewInput;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kinetic cascade view on the oxime study's Faradaic efficiencies of Ag4Pd2-S-Ti4 (the
 * generator's values in examples/oxime-study/ground-truth.json, models ca.AgPdTi_m1.2 … m1.8): the
 * measured markers must sit exactly on the table given to the analysis, and the model lines of all
 * five products must add up to 100 % at every potential (every electron goes to one product; a
 * property of the model, not of the view).
 */
class KineticCascadeTest {

    static final double[] E = {-1.2, -1.3, -1.4, -1.5, -1.6, -1.7, -1.8};
    static final double[] CHOX = {18.5, 24.6, 31.2, 36.8, 41.2, 37.5, 30.4};
    static final double[] NO2 = {12, 10.1, 8.3, 7, 6.1, 5.2, 4.4};
    static final double[] NH4 = {5.1, 6, 7.1, 8.2, 9.3, 11, 13.2};
    static final double[] NH2OH = {1, 1.2, 1.4, 1.5, 1.6, 1.4, 1.2};

    static Result fitted;
    static Result modelOnly;

    @BeforeAll
    static void run() {
        Dataset table = Dataset.builder("fe", DatasetKind.TABLE)
                .potentialColumn("E", Units.VOLT, E, PotentialScale.AG_AGCL_SAT_KCL)
                .column("FE_CHOX", Units.PERCENT, CHOX).column("FE_NO2-", Units.PERCENT, NO2)
                .column("FE_NH4+", Units.PERCENT, NH4).column("FE_NH2OH", Units.PERCENT, NH2OH).build();
        Map<String, String> p = Map.of("potentials", "-1.2, -1.3, -1.4, -1.5, -1.6, -1.7, -1.8 V",
                "scale", "Ag/AgCl (sat. KCl)", "pH", "13.7", "referencePotential", "-1.5 V", "fit", "none");
        fitted = TestFiles.run(new KineticsAnalysis(), List.of(table), p);
        modelOnly = TestFiles.run(new KineticsAnalysis(), List.of(), p);
    }

    @Test
    void acceptsKineticsResultsWithTheirModelCurve() {
        KineticCascadeView view = new KineticCascadeView();
        assertTrue(view.supports(ViewInput.of(fitted)));
        assertTrue(view.supports(ViewInput.of(modelOnly)));
        assertTrue(KineticCascade.hasMeasured(fitted));
        assertFalse(KineticCascade.hasMeasured(modelOnly));
        assertFalse(view.supports(ViewInput.of(Result.builder("k", KineticsAnalysis.ID, "1", "mechanism").build())));
        assertFalse(new FreeEnergyDiagramView().supports(ViewInput.of(fitted)));
    }

    @Test
    void modelLinesAndTheMeasuredPointsTheyWereComparedWith() {
        JFreeChart chart = KineticCascade.chart(fitted, EnumSet.allOf(Product.class), false);
        assertEquals("E / V vs Ag/AgCl (sat. KCl)", chart.getXYPlot().getDomainAxis().getLabel());
        assertEquals("FE / %", chart.getXYPlot().getRangeAxis().getLabel());
        XYDataset lines = chart.getXYPlot().getDataset(0);
        assertEquals(5, lines.getSeriesCount());
        assertEquals("CHOX (model)", lines.getSeriesKey(0));
        for (int i = 0; i < E.length; i++) {
            double sum = 0;
            for (int s = 0; s < 5; s++) {
                sum += lines.getYValue(s, i);
            }
            assertEquals(100, sum, 1e-6, "FE sum at " + lines.getXValue(0, i) + " V");
        }
        XYDataset points = chart.getXYPlot().getDataset(1);
        List<String> names = new ArrayList<>();
        for (int s = 0; s < points.getSeriesCount(); s++) {
            names.add((String) points.getSeriesKey(s));
        }
        assertEquals(List.of("CHOX (measured)", "NH2OH (measured)", "NO2- (measured)", "NH3 (measured)"), names,
                "H2 was not measured");
        assertPoints(points, 0, CHOX);
        assertPoints(points, 1, NH2OH);
        assertPoints(points, 2, NO2);
        assertPoints(points, 3, NH4);
    }

    /** Each table row appears once as a marker (any order). */
    static void assertPoints(XYDataset d, int series, double[] fe) {
        assertEquals(E.length, d.getItemCount(series));
        for (int i = 0; i < E.length; i++) {
            boolean found = false;
            for (int k = 0; k < E.length; k++) {
                found |= Math.abs(d.getXValue(series, k) - E[i]) < 1e-9 && Math.abs(d.getYValue(series, k) - fe[i]) < 1e-9;
            }
            assertTrue(found, d.getSeriesKey(series) + " has no point (" + E[i] + ", " + fe[i] + ")");
        }
    }

    @Test
    void conversionAloneOrWithTheFe() {
        JFreeChart conv = KineticCascade.chart(modelOnly, EnumSet.noneOf(Product.class), true);
        assertEquals("Conversion / %", conv.getXYPlot().getRangeAxis().getLabel());
        assertEquals(1, conv.getXYPlot().getDataset(0).getSeriesCount());
        JFreeChart both = KineticCascade.chart(modelOnly, EnumSet.of(Product.CHOX), true);
        assertEquals("FE, conversion / %", both.getXYPlot().getRangeAxis().getLabel());
        assertEquals(2, both.getXYPlot().getDataset(0).getSeriesCount());
        assertThrows(IllegalArgumentException.class, () -> KineticCascade.chart(modelOnly, EnumSet.noneOf(Product.class),
                false));
    }

    @Test
    void theViewsCheckBoxesChooseTheCurves() {
        TestFiles.Context ctx = new TestFiles.Context();
        JPanel root = (JPanel) new KineticCascadeView().create(ViewInput.of(fitted), ctx).component();
        assertEquals("view:mechanism.kinetic-cascade", root.getName());
        JLabel fit = FreeEnergyDiagramsTest.find(root, JLabel.class, "mechanism.fit");
        assertTrue(fit.getText().startsWith("RMS of model − measured "), fit.getText());
        FreeEnergyDiagramsTest.find(root, JCheckBox.class, "mechanism.product:H2").doClick();
        JFreeChart last = ctx.shown.get(ctx.shown.size() - 1);
        assertEquals(4, last.getXYPlot().getDataset(0).getSeriesCount());
        assertEquals("NH3 (model)", last.getXYPlot().getDataset(0).getSeriesKey(3));
        // the colour of a measured series follows its line
        assertEquals(last.getXYPlot().getRenderer(0).getSeriesPaint(3), last.getXYPlot().getRenderer(1).getSeriesPaint(3));
        JLabel modelOnlyFit = FreeEnergyDiagramsTest.find(new KineticCascadeView().create(ViewInput.of(modelOnly), ctx)
                .component(), JLabel.class, "mechanism.fit");
        assertTrue(modelOnlyFit.getText().contains("highest model FE(CHOX)"), modelOnlyFit.getText());
    }
}
