package org.electrocat.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.swing.JComboBox;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import org.electrocat.api.Parameters;
import org.electrocat.ui.Fixtures;
import org.electrocat.ui.model.AnalysisRun;
import org.electrocat.ui.model.Contributions;
import org.electrocat.ui.model.ProjectNodes;
import org.electrocat.ui.model.SessionFile;
import org.electrocat.ui.swing.ChartViewPanel;
import org.electrocat.ui.swing.WorkbenchWindow;
import org.electrocat.ui.views.DatasetChartView;
import org.electrocat.ui.views.ResultOverview;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench in a real window (under Xvfb): open a sample file, look at it, fill in the
 * generated parameter form, run an analysis, read its result, export its chart, save the session.
 * Checks the component tree, not pixels; screenshots go to target/screenshots.
 */
class WorkbenchWindowTest {

    static final int N = 200;

    @TempDir
    Path dir;

    WorkbenchWindow w;
    Contributions contributions;

    @BeforeEach
    void open() throws Exception {
        Display.require();
        contributions = new Contributions();
        contributions.addView(new DatasetChartView());
        contributions.addView(new ResultOverview());
        w = Ui.edt(() -> {
            WorkbenchWindow win = WorkbenchWindow.open(Fixtures.runner(), contributions, Map.of("ElectroCat", "test"),
                    new WorkbenchWindow.Options("light", false));
            win.setSize(1280, 800);
            win.setLocation(0, 0);
            return win;
        });
    }

    @AfterEach
    void close() throws Exception {
        if (w != null) {
            Ui.edt(w::dispose);
        }
    }

    @Test
    void openASampleFileRunAnAnalysisAndSeeItsResult() throws Exception {
        Path data = Fixtures.sineFile(dir, "sine.csv", N, 1);
        Ui.edt(() -> w.openPaths(List.of(data)));
        Ui.await("the file to open", () -> w.workspace().files().size() == 1, 20_000);

        // the file is detected by the installed reader and shown in the generic dataset view
        assertEquals("core.csv", w.workspace().files().get(0).readerId());
        Ui.await("the dataset view", () -> w.editors().tabs().size() == 1, 5_000);
        assertEquals(DatasetChartView.ID, w.editors().tabs().get(0).view().id());
        List<String> names = Ui.edt(() -> Ui.names(w));
        assertTrue(names.containsAll(List.of("project.tree", "parameters", "results.table", "log", "tasks.progress",
                "tasks.cancel", "dataset.x", "dataset.y", "chart.panel", "chart.readout", "chart.png", "chart.svg", "chart.csv")),
                names.toString());
        assertEquals("t", Ui.edt(() -> ((JComboBox<?>) Ui.named(w, "dataset.x")).getSelectedItem()));

        // selecting the dataset offers the analysis with a form generated from its parameters
        Ui.edt(() -> w.tree().select(ProjectNodes.Kind.DATASET, "sine"));
        assertEquals(List.of("scale", "offset", "rule", "every", "absolute"), Ui.edt(() -> w.parameters().form().specs()
                .stream().map(org.electrocat.api.ParameterSpec::name).toList()));
        JTextField scale = (JTextField) Ui.edt(() -> w.parameters().editor("scale"));
        Ui.edt(() -> scale.setText("150"));
        String expected = "parameter 'scale' = '150': " + messageOf("150");
        assertEquals(expected, Ui.edt(() -> w.parameters().errorLabel("scale").getText()));
        assertTrue(Ui.edt(() -> w.parameters().errorLabel("scale").isShowing()));
        assertFalse(Ui.edt(() -> w.parameters().runButton().isEnabled()), "Run is disabled while a field is invalid");
        Ui.edt(() -> scale.setText("2"));
        assertTrue(Ui.edt(() -> w.parameters().runButton().isEnabled()));
        assertFalse(Ui.edt(() -> w.parameters().errorLabel("scale").isVisible()));

        Ui.edt(() -> w.parameters().runButton().doClick());
        Ui.await("the analysis to finish", () -> w.workspace().runs().size() == 1, 20_000);
        AnalysisRun run = w.workspace().runs().get(0);
        assertEquals(AnalysisRun.Status.DONE, run.status(), String.valueOf(run.failure()));
        assertEquals(2 * Fixtures.trapezoidSin(N), run.result().value("area").orElseThrow().quantity().value(), 1e-12);

        // the result opens in the generic result view, with the contributed chart in the standard chart panel
        Ui.await("the result view", () -> w.editors().tabs().size() == 2, 5_000);
        assertEquals(ResultOverview.ID, w.editors().selected().view().id());
        JTabbedPane charts = (JTabbedPane) Ui.edt(() -> Ui.named(w, "result.charts"));
        assertEquals("cumulative", Ui.edt(() -> charts.getTitleAt(0)));
        ChartViewPanel chart = Ui.edt(() -> Ui.find(charts, ChartViewPanel.class).get(0));
        assertEquals(2, Ui.edt(() -> w.results().rows().size())); // area and points used
        assertEquals("Area", Ui.edt(() -> w.results().table().getValueAt(0, 3)));

        // the crosshair read-out follows the mouse to the nearest data point
        Ui.await("the chart to be laid out", () -> chart.chartPanel().getScreenDataArea().getWidth() > 50, 5_000);
        Ui.edt(() -> {
            ChartPanel p = chart.chartPanel();
            Rectangle2D area = p.getScreenDataArea();
            int x = (int) area.getMaxX() - 2;
            int y = (int) area.getMinY() + 2;
            p.dispatchEvent(new MouseEvent(p, MouseEvent.MOUSE_MOVED, System.currentTimeMillis(), 0, x, y, 0, false));
        });
        String readout = Ui.edt(chart::readout);
        assertEquals("t / s = 3.14159,  Q / A s = " + org.electrocat.ui.model.ResultRows.number(2 * Fixtures.trapezoidSin(N)), readout);

        // exports: PNG, SVG, CSV of the plotted data
        Ui.edt(() -> {
            try {
                chart.export("png", dir.resolve("c.png"));
                chart.export("svg", dir.resolve("c.svg"));
                chart.export("csv", dir.resolve("c.csv"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(dir.resolve("c.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("c.svg")).contains("<svg"));
        assertEquals(N + 2, Files.readAllLines(dir.resolve("c.csv")).size()); // header and N+1 points

        Path shot = Ui.screenshot(w, "workbench-result");
        assertTrue(Files.size(shot) > 10_000, "screenshot " + shot);

        // the session saves atomically and records the file's checksum
        Path session = dir.resolve("s." + SessionFile.EXTENSION);
        Ui.edt(() -> w.saveSession(session));
        assertEquals(w.workspace().files().get(0).sha256(), SessionFile.read(session).files().get(0).sha256());
        assertFalse(Ui.edt(() -> w.workspace().modified()));

        // re-running with another scale replaces the open result view's content (same tab, new result)
        Ui.edt(() -> ((JTextField) w.parameters().editor("scale")).setText("3"));
        Ui.edt(() -> w.parameters().runButton().doClick());
        Ui.await("the re-run to finish", () -> w.workspace().runs().get(0).result() != null && w.workspace().runs().get(0)
                .result().value("area").orElseThrow().quantity().value() > 2.5 * Fixtures.trapezoidSin(N), 20_000);
        Ui.await("the view to follow", () -> w.editors().selected().input().result()
                == w.workspace().runs().get(0).result(), 5_000);
        assertEquals(2, Ui.edt(() -> w.editors().tabs().size()), "no second tab for the same result");
    }

    /** An analysis of the test technique whose id sorts before test.integral and that does nothing. */
    record First() implements org.electrocat.api.Analysis {
        public String id() { return "test.aaa"; }
        public String label() { return "AAA"; }
        public String technique() { return "test"; }
        public String version() { return "1"; }
        public String description() { return "sorts first"; }
        public List<String> inputKinds() { return List.of(org.electrocat.core.model.DatasetKind.GENERIC); }
        public List<org.electrocat.api.ParameterSpec> parameters() { return List.of(); }
        public org.electrocat.api.Result run(org.electrocat.api.AnalysisContext c) {
            return org.electrocat.api.Result.builder(this, c).build();
        }
    }

    @Test
    void theSelectorOffersTheAnalysisLastRunOnThisKindFirst() throws Exception {
        Ui.edt(w::dispose);
        w = Ui.edt(() -> WorkbenchWindow.open(new org.electrocat.ui.model.WorkspaceRunner(Fixtures.registry().add(new First()),
                Map.of("ElectroCat", "test")), contributions, Map.of("ElectroCat", "test"),
                new WorkbenchWindow.Options("light", false)));
        Path data = Fixtures.sineFile(dir, "sine.csv", 50, 1);
        Ui.edt(() -> w.openPaths(List.of(data)));
        Ui.await("the file to open", () -> w.workspace().files().size() == 1, 20_000);
        Ui.edt(() -> w.tree().select(ProjectNodes.Kind.DATASET, "sine"));
        assertEquals("test.aaa", Ui.edt(() -> w.parameters().selectedAnalysis().id()), "by id before anything ran");
        assertTrue(Ui.edt(() -> w.parameters().choose("test.integral")));
        Ui.edt(() -> w.parameters().runButton().doClick());
        Ui.await("the analysis to finish", () -> w.workspace().runs().size() == 1
                && w.workspace().runs().get(0).result() != null, 20_000);
        Ui.edt(() -> w.tree().select(ProjectNodes.Kind.DATASET, "sine"));
        assertEquals("test.integral", Ui.edt(() -> w.parameters().selectedAnalysis().id()), "remembered for this kind");
    }

    /** What Parameters.resolve says about scale = value, without the owner prefix. */
    private static String messageOf(String value) {
        try {
            Parameters.resolve("x", new Fixtures.Integral().parameters(), Map.of("scale", value));
            return "accepted";
        } catch (IllegalArgumentException e) {
            return e.getMessage().substring(("x: parameter 'scale' = '" + value + "': ").length());
        }
    }

    @Test
    void aStudyDroppedOnTheTreeRunsLikeTheCliAndWritesItsReport() throws Exception {
        Fixtures.sineFile(dir, "sine.csv", N, 1);
        Path study = Files.writeString(dir.resolve("study.yaml"), String.join("\n", "study: Sine study",
                "datasets:", "  - {id: sine, file: sine.csv}",
                "analyses:", "  - {id: area, analysis: test.integral, inputs: [sine], parameters: {scale: 0.5}}",
                "output: {directory: report, formats: [html, json]}", ""));
        // a drop from the file manager, as the tree's transfer handler receives it
        java.awt.datatransfer.Transferable files = new java.awt.datatransfer.Transferable() {
            public java.awt.datatransfer.DataFlavor[] getTransferDataFlavors() {
                return new java.awt.datatransfer.DataFlavor[] {java.awt.datatransfer.DataFlavor.javaFileListFlavor};
            }

            public boolean isDataFlavorSupported(java.awt.datatransfer.DataFlavor f) {
                return java.awt.datatransfer.DataFlavor.javaFileListFlavor.equals(f);
            }

            public Object getTransferData(java.awt.datatransfer.DataFlavor f) {
                return List.of(study.toFile());
            }
        };
        assertTrue(Ui.edt(() -> w.tree().tree().getTransferHandler().importData(
                new javax.swing.TransferHandler.TransferSupport(w.tree().tree(), files))));
        Ui.await("the study to load", () -> w.workspace().studies().size() == 1, 20_000);
        Ui.edt(() -> w.tree().select(ProjectNodes.Kind.STUDY, study.toString()));
        Ui.edt(() -> ((javax.swing.JMenuItem) Ui.all(w.getJMenuBar()).stream()
                .filter(c -> "run.study".equals(c.getName())).findFirst().orElseThrow()).doClick());
        Ui.await("the study to run", () -> w.workspace().studies().get(0).outcome() != null, 20_000);
        assertTrue(Files.isRegularFile(dir.resolve("report/report.html")), "the report goes where the CLI puts it");
        assertTrue(Files.readString(dir.resolve("report/results.json")).contains("\"area\""));
        org.electrocat.ui.model.ResultRows.Row row = Ui.edt(() -> w.results().rows().get(0));
        assertEquals("Sine study / area", row.step());
        assertEquals(org.electrocat.ui.model.ResultRows.number(0.5 * Fixtures.trapezoidSin(N)), row.value());
        assertTrue(Ui.edt(() -> w.logPanel().text()).contains("Report: " + dir.resolve("report/report.html")));
        Ui.await("the first result to open", () -> w.editors().tabs().size() == 1, 5_000);
        assertEquals("result:area", Ui.edt(() -> w.editors().tabs().get(0).key()));

        // View ▸ Dark theme switches the look and feel of the open window
        Ui.edt(() -> ((javax.swing.JCheckBoxMenuItem) Ui.all(w.getJMenuBar()).stream()
                .filter(c -> "view.dark".equals(c.getName())).findFirst().orElseThrow()).doClick());
        assertTrue(Ui.edt(() -> javax.swing.UIManager.getLookAndFeel() instanceof com.formdev.flatlaf.FlatLaf f && f.isDark()));
        Ui.screenshot(w, "workbench-study-dark");
        Ui.edt(() -> org.electrocat.ui.swing.Themes.switchTo("light"));
    }

    @Test
    void reopeningASessionWhoseFileChangedSaysSoInTheLog() throws Exception {
        Path data = Fixtures.sineFile(dir, "sine.csv", 50, 1);
        Ui.edt(() -> w.openPaths(List.of(data)));
        Ui.await("the file to open", () -> w.workspace().files().size() == 1, 20_000);
        Path session = dir.resolve("s." + SessionFile.EXTENSION);
        Ui.edt(() -> w.saveSession(session));
        Fixtures.sineFile(dir, "sine.csv", 50, 2);
        Ui.edt(() -> w.openPaths(List.of(session)));
        Ui.await("the session to reopen", () -> w.logPanel().text().contains("changed since the session was saved"), 20_000);
        assertEquals(Ui.edt(() -> w.workspace().files().get(0).sha256()), org.electrocat.core.model.Provenance.sha256(data));
        String title = Ui.edt(() -> w.getTitle());
        assertTrue(title.contains("s." + SessionFile.EXTENSION), title);
    }
}
