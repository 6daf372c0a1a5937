package org.electrocat.eis.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.electrocat.core.model.Dataset;
import org.electrocat.eis.ui.FtacvView;
import org.electrocat.eis.ui.ImpedanceResultView;
import org.electrocat.eis.ui.NyquistBodeView;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.WorkbenchView;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.Test;

/**
 * The real workbench window with the eis views installed opens an impedance file in the Nyquist /
 * Bode view; with them gone (the .ui bundle removed) the same dataset opens in the generic column
 * chart, as it does in a workbench that never had them. Checked on the component tree.
 */
class NyquistWindowTest {

    private static Path peisFile() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/oxime-study"))) {
            p = p.getParent();
        }
        Path f = p == null ? null : p.resolve("examples/oxime-study/data/eis/AgPdTi_PEIS_-1.3V.mpt");
        org.junit.jupiter.api.Assumptions.assumeTrue(f != null && Files.isRegularFile(f), "oxime study absent");
        return f;
    }

    private static Object mptReader() throws Exception {
        return Workbench.create("org.electrocat.echem.io.BioLogicMptReader");
    }

    @Test
    void anImpedanceFileOpensInTheNyquistBodeViewAndInTheGenericChartWithoutTheEisViews() throws Exception {
        Display.require();
        Path file = peisFile();
        List<WorkbenchView> views = new ArrayList<>(Workbench.genericViews());
        NyquistBodeView nyquist = new NyquistBodeView();
        views.addAll(List.of(nyquist, new ImpedanceResultView(), new FtacvView()));
        Workbench w = Workbench.open(List.of(mptReader()), views);
        try {
            w.openPaths(List.of(file));
            Workbench.await("the spectrum's view", () -> !w.tabViewsHere().isEmpty(), 20_000);
            assertEquals(List.of(NyquistBodeView.ID), w.tabViews(), "double-click view of impedance data");
            Dataset peis = w.datasets().get(0);
            String base = peis.id().replaceAll("[^A-Za-z0-9._-]+", "_");
            List<String> names = Workbench.edt(() -> Workbench.names(w.window));
            assertTrue(names.contains("view:" + NyquistBodeView.ID), names.toString());
            assertTrue(names.containsAll(List.of("chart:" + base + "-nyquist", "chart:" + base + "-bode")), names.toString());
            // the Nyquist panel on screen shows the file's 61 points, Z′ across and −Z″ up
            ChartPanel panel = Workbench.edt(() -> Workbench.all(w.window).stream()
                    .filter(c -> c instanceof ChartPanel && c.isShowing()).map(ChartPanel.class::cast)
                    .filter(c -> c.getChart().getXYPlot().getDomainAxis().getLabel().startsWith("Z′")).findFirst()
                    .orElseThrow());
            assertEquals(peis.rows(), panel.getChart().getXYPlot().getDataset(0).getItemCount(0));
            assertEquals("−Z″ / Ω", panel.getChart().getXYPlot().getRangeAxis().getLabel());
            Path shot = w.screenshot("uiviews1-nyquist-bode");
            assertTrue(Files.size(shot) > 10_000);

            // the eis .ui bundle stops: its tab closes, and the dataset now opens in the generic chart
            w.removeView(nyquist);
            Workbench.await("the Nyquist tab to close", () -> w.tabViewsHere().isEmpty(), 5_000);
            w.open(ViewInput.of(peis));
            assertEquals(List.of("core.dataset-chart"), w.tabViews());
            assertTrue(Workbench.edt(() -> Workbench.names(w.window)).contains("view:core.dataset-chart"));
            w.screenshot("uiviews1-generic-fallback");
        } finally {
            w.dispose();
        }
    }

    @Test
    void aWorkbenchWithoutTheEisViewsShowsImpedanceDataInTheGenericChart() throws Exception {
        Display.require();
        Workbench w = Workbench.open(List.of(mptReader()), Workbench.genericViews());
        try {
            w.openPaths(List.of(peisFile()));
            Workbench.await("the generic view", () -> !w.tabViewsHere().isEmpty(), 20_000);
            assertEquals(List.of("core.dataset-chart"), w.tabViews());
        } finally {
            w.dispose();
        }
    }
}
