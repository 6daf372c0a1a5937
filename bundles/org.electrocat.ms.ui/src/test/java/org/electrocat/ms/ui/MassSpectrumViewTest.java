package org.electrocat.ms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Units;
import org.electrocat.ms.io.SpectrumDatasets;
import org.electrocat.ui.api.ViewInput;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The plain mass-spectrum view: what it accepts, profile as a line, centroids as sticks. */
class MassSpectrumViewTest {

    final MassSpectrumView view = new MassSpectrumView();

    @Test
    void aProfileSpectrumIsOneLineOverItsWholeRange() throws Exception {
        List<Dataset> spectra = TestFiles.mzml(TestFiles.shared("ms/test.mzML"));
        Dataset d = spectra.get(0);
        assertTrue(view.supports(ViewInput.of(d)));
        JFreeChart chart = MassSpectrumView.chart(d);
        XYDataset data = chart.getXYPlot().getDataset(0);
        assertEquals(1, data.getSeriesCount());
        // 19914 points from 200.00018816645022 to 2000.0099466203771 (python base64 + numpy decode of the file)
        assertEquals(19914, data.getItemCount(0));
        assertEquals(200.00018816645022, data.getXValue(0, 0), 0);
        assertEquals(2000.0099466203771, data.getXValue(0, 19913), 0);
        assertEquals("m/z", chart.getXYPlot().getDomainAxis().getLabel());
        assertEquals("intensity / a.u.", chart.getXYPlot().getRangeAxis().getLabel());
        String facts = MassSpectrumView.facts(d);
        assertTrue(facts.startsWith("profile spectrum, MS1, positive mode"), facts);
        assertTrue(facts.endsWith("19914 points"), facts);
    }

    @Test
    void aCentroidSpectrumIsDrawnAsSticks() throws Exception {
        double[] mz = {100.5, 101.5, 150.25};
        double[] in = {10, 250, 40};
        Dataset d = SpectrumDatasets.spectrum("c", "centroids", mz, in, Map.of(SpectrumDatasets.SPECTRUM_TYPE, "centroid"),
                Provenance.NONE, "test", 0);
        XYDataset data = MassSpectrumView.chart(d).getXYPlot().getDataset(0);
        assertEquals(9, data.getItemCount(0));
        for (int i = 0; i < 3; i++) {
            assertEquals(mz[i], data.getXValue(0, 3 * i), 0);
            assertEquals(0, data.getYValue(0, 3 * i), 0);
            assertEquals(mz[i], data.getXValue(0, 3 * i + 1), 0);
            assertEquals(in[i], data.getYValue(0, 3 * i + 1), 0);
            assertTrue(Double.isNaN(data.getYValue(0, 3 * i + 2)));
        }
        assertTrue(MassSpectrumView.facts(d).startsWith("centroid spectrum"));
    }

    @Test
    void otherDatasetsAreNotMassSpectra() throws Exception {
        Dataset raman = Dataset.builder("r", DatasetKind.SPECTRUM).column("wavenumber", Units.parse("cm-1"), new double[] {1, 2})
                .column("intensity", Units.ARBITRARY, new double[] {3, 4}).build();
        Dataset empty = SpectrumDatasets.spectrum("e", "empty", new double[0], new double[0], Map.of(), Provenance.NONE, "t", 0);
        Dataset table = Dataset.builder("t", DatasetKind.TABLE).column("m/z", Units.MASS_TO_CHARGE, new double[] {1})
                .column("intensity", Units.ARBITRARY, new double[] {1}).build();
        assertFalse(view.supports(ViewInput.of(raman)));
        assertFalse(view.supports(ViewInput.of(empty)));
        assertFalse(view.supports(ViewInput.of(table)));
    }

    @Test
    void theViewShowsTheReadersFactsAndTheChart() throws Exception {
        Dataset d = TestFiles.mzml(TestFiles.oxime("data/ms/AgPdTi_ESI-MS.mzML")).get(0);
        TestFiles.Context ctx = new TestFiles.Context();
        JPanel root = (JPanel) view.create(ViewInput.of(d), ctx).component();
        assertEquals("view:ms.spectrum", root.getName());
        assertEquals(1, ctx.shown.size());
        assertEquals(d.rows(), ctx.shown.get(0).getXYPlot().getDataset(0).getItemCount(0));
        JLabel facts = IsotopeOverlayTest.find(root, JLabel.class);
        assertEquals(MassSpectrumView.facts(d), facts.getText());
    }
}
