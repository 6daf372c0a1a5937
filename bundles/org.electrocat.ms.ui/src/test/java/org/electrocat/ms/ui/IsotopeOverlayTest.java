package org.electrocat.ms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.ms.analysis.AssignAnalysis;
import org.electrocat.ms.analysis.LabelAnalysis;
import org.electrocat.ms.analysis.PatternAnalysis;
import org.electrocat.ui.api.ViewInput;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * The isotope-pattern view on the oxime study's ESI spectrum (examples/oxime-study): what it
 * accepts, the curves it overlays, and the label of the assigned ion. Reference numbers are the
 * study generator's (ground-truth.json: ion A's most abundant m/z 3592.4225, error within 3 ppm;
 * ion B's 1765.6914), independent of the analysis that the view displays.
 */
class IsotopeOverlayTest {

    static final String ION_A = "A: H{Ag4Pd2(SR)7-S-Ti4O2(TBC[4])2(DCM)(CH3CN)7(OH)3(H2O)}+";
    /** Hill formula of ion A from the generator's element counts (C159 H196 Ag4 Cl2 N7 O14 Pd2 S8 Ti4, z = +1). */
    static final String HILL_A = "C159H196Ag4Cl2N7O14Pd2S8Ti4+";

    final IsotopeOverlayView view = new IsotopeOverlayView();

    static Dataset esi() throws Exception {
        List<Dataset> d = TestFiles.mzml(TestFiles.oxime("data/ms/AgPdTi_ESI-MS.mzML"));
        assertEquals(1, d.size());
        return d.get(0);
    }

    @Test
    void anAssignedIonIsOverlaidAndLabelledWithFormulaAndPpm() throws Exception {
        Dataset spectrum = esi();
        Result r = TestFiles.run(new AssignAnalysis(), List.of(spectrum), Map.of("candidates", ION_A));
        assertTrue(view.supports(ViewInput.of(r)));
        assertFalse(view.supports(ViewInput.of(spectrum)), "a raw spectrum goes to the spectrum view");
        assertFalse(new MassSpectrumView().supports(ViewInput.of(r)));

        List<IsotopeOverlay.Group> groups = IsotopeOverlay.groups(r);
        assertEquals(1, groups.size());
        IsotopeOverlay.Group g = groups.get(0);
        assertEquals("A", g.name());
        assertNotNull(g.measured());
        assertEquals(1, g.envelopes().size());
        assertEquals(1, g.sticks().size());
        IsotopeOverlay.Assignment a = g.assignment();
        assertEquals(HILL_A, a.formula());
        assertEquals(3592.4225, a.calculatedMz(), 0.003);
        assertTrue(Math.abs(a.errorPpm()) < 3, "error " + a.errorPpm() + " ppm");
        // the ppm column is (measured - calculated)/calculated, as its header says
        assertEquals((a.measuredMz() - a.calculatedMz()) / a.calculatedMz() * 1e6, a.errorPpm(), 1e-6);

        JFreeChart chart = IsotopeOverlay.chart(g);
        XYPlot plot = chart.getXYPlot();
        assertEquals("m/z", plot.getDomainAxis().getLabel());
        assertEquals("relative intensity / %", plot.getRangeAxis().getLabel());
        XYDataset data = plot.getDataset(0);
        assertEquals(3, data.getSeriesCount(), "measured, envelope, sticks");
        assertEquals("measured", data.getSeriesKey(0));
        assertEquals("calculated " + HILL_A, data.getSeriesKey(1));
        assertEquals("calculated centroids", data.getSeriesKey(2));
        assertEquals(g.measured().rows(), data.getItemCount(0));
        int sticks = g.sticks().get(0).rows();
        assertEquals(3 * sticks, data.getItemCount(2), "each stick is (x, 0), (x, y) and a gap");
        for (int i = 0; i < sticks; i++) {
            assertEquals(0, data.getYValue(2, 3 * i), 0);
            assertTrue(Double.isNaN(data.getYValue(2, 3 * i + 2)));
        }
        List<XYAnnotation> notes = plot.getAnnotations();
        assertEquals(1, notes.size());
        XYPointerAnnotation label = (XYPointerAnnotation) notes.get(0);
        assertEquals(a.measuredMz(), label.getX(), 0);
        assertTrue(label.getText().startsWith("A: " + HILL_A + "  "), label.getText());
        assertTrue(label.getText().endsWith(" ppm"), label.getText());
        // the arrow points at the measured peak: the scaled measured curve is near its maximum there
        assertTrue(label.getY() > 90 && label.getY() <= 100.0001, "arrow height " + label.getY());
    }

    @Test
    void aCalculatedPatternWithoutSpectrumHasEnvelopeAndSticks() {
        Result r = TestFiles.run(new PatternAnalysis(), List.of(), Map.of("formula", "H2{Ag4Pd2(SR)7-S(DCM)(CH3CN)}+"));
        assertTrue(view.supports(ViewInput.of(r)));
        List<IsotopeOverlay.Group> groups = IsotopeOverlay.groups(r);
        assertEquals(2, groups.size(), "the pattern, and the fine structure under its top peak");
        IsotopeOverlay.Group g = groups.get(0);
        assertNull(g.measured());
        assertNull(g.assignment());
        assertEquals(1, g.envelopes().size());
        // the 100 % stick is the most abundant peak
        Dataset sticks = g.sticks().get(0);
        double[] mz = sticks.require("m/z").array();
        double[] y = sticks.require("intensity").array();
        int top = 0;
        for (int i = 1; i < y.length; i++) {
            top = y[i] > y[top] ? i : top;
        }
        assertEquals(100, y[top], 1e-9);
        assertEquals(1765.6914, mz[top], 0.003);
        JFreeChart chart = IsotopeOverlay.chart(g);
        assertEquals(2, chart.getXYPlot().getDataset(0).getSeriesCount(), "envelope and sticks");
        assertTrue(chart.getXYPlot().getAnnotations().isEmpty(), "nothing is assigned, nothing labelled");
    }

    @Test
    void reportedNumbersShowTheEnvelopeWithoutAnAssignedPeak() {
        Result r = TestFiles.run(new AssignAnalysis(), List.of(), Map.of("candidates", ION_A, "observed", "3592.42"));
        assertTrue(view.supports(ViewInput.of(r)));
        IsotopeOverlay.Group g = IsotopeOverlay.groups(r).get(0);
        assertNull(g.measured());
        assertNull(g.assignment(), "no spectrum: no measured peak to label");
        assertEquals(1, g.envelopes().size());
        Result empty = Result.builder("x", "ms.assign", "1", "ms").build();
        assertFalse(view.supports(ViewInput.of(empty)));
    }

    @Test
    void theViewOffersEachFragmentOfALabellingResult() {
        Result r = TestFiles.run(new LabelAnalysis(), List.of(), Map.of("fragments", "HNO+; C3H4N+; M: C6H11NO+",
                "observedLabelled", "32, 55, 114"));
        TestFiles.Context ctx = new TestFiles.Context();
        JPanel root = (JPanel) view.create(ViewInput.of(r), ctx).component();
        assertEquals("view:ms.isotope-overlay", root.getName());
        assertEquals(1, ctx.shown.size());
        JComboBox<?> choice = find(root, JComboBox.class);
        assertEquals(3, choice.getItemCount());
        choice.setSelectedIndex(2);
        assertEquals(2, ctx.shown.size());
        JFreeChart m = ctx.shown.get(1);
        assertEquals("M", m.getTitle().getText());
        XYDataset d = m.getXYPlot().getDataset(0);
        assertEquals(2, d.getSeriesCount(), "unlabelled and 15N-labelled envelopes");
        assertEquals("15N-labelled", d.getSeriesKey(1));
    }

    static <T> T find(java.awt.Container c, Class<T> type) {
        for (java.awt.Component k : c.getComponents()) {
            if (type.isInstance(k)) {
                return type.cast(k);
            }
            if (k instanceof java.awt.Container inner) {
                T t = find(inner, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
