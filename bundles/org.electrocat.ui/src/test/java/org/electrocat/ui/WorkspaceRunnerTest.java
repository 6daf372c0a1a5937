package org.electrocat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.electrocat.api.FormatException;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.study.Study;
import org.electrocat.report.ReportOutputs;
import org.electrocat.runtime.StudyFile;
import org.electrocat.runtime.StudyOutcome;
import org.electrocat.runtime.StudyReport;
import org.electrocat.runtime.StudyRunner;
import org.electrocat.ui.model.AnalysisRun;
import org.electrocat.ui.model.OpenedFile;
import org.electrocat.ui.model.StudyEntry;
import org.electrocat.ui.model.WorkspaceRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench runs analyses and studies through the CLI's runtime and gets the CLI's results. */
class WorkspaceRunnerTest {

    @TempDir
    Path dir;

    private final WorkspaceRunner runner = Fixtures.runner();

    @Test
    void opensAFileThroughFormatDetectionAndRecordsItsChecksum() throws Exception {
        Path f = Fixtures.sineFile(dir, "sine.csv", 200, 1);
        OpenedFile o = runner.open(f, "sine", null, Map.of(), ProgressMonitor.NONE);
        assertEquals("core.csv", o.readerId());
        assertEquals(org.electrocat.core.model.Provenance.sha256(f), o.sha256());
        assertEquals(Files.size(f), o.size());
        assertEquals("sine", o.datasets().get(0).id());
        assertEquals(201, o.datasets().get(0).rows());
        Path junk = Files.write(dir.resolve("junk.bin"), new byte[] {0, 1, 2, (byte) 0xff});
        FormatException e = assertThrows(FormatException.class, () -> runner.open(junk, "junk", null, Map.of(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("no installed reader recognises this file"), e.getMessage());
    }

    @Test
    void anAnalysisGivesTheAnalyticTrapezoidSumAndChainsOnEarlierCurves() throws Exception {
        OpenedFile o = runner.open(Fixtures.sineFile(dir, "sine.csv", 200, 1), "sine", null, Map.of(), ProgressMonitor.NONE);
        AnalysisRun first = runner.run(List.of(o), List.of(), AnalysisRun.pending("integral-1", "test.integral",
                List.of("sine"), Map.of("scale", "2")), ProgressMonitor.NONE).run();
        assertEquals(AnalysisRun.Status.DONE, first.status(), String.valueOf(first.failure()));
        double area = first.result().value("area").orElseThrow().quantity().value();
        assertEquals(2 * Fixtures.trapezoidSin(200), area, 1e-12);
        assertEquals("A*s", first.result().value("area").orElseThrow().quantity().unit().symbol().replace("·", "*").replace(" ", "*"));
        // a second run on the first run's derived curve: integrate Q(t) (the workspace's chained inputs)
        AnalysisRun second = runner.run(List.of(o), List.of(first), AnalysisRun.pending("integral-2", "test.integral",
                List.of("integral-1/cumulative"), Map.of()), ProgressMonitor.NONE).run();
        assertEquals(AnalysisRun.Status.DONE, second.status(), String.valueOf(second.failure()));
        assertTrue(second.result().value("area").orElseThrow().quantity().value() > 0);
    }

    @Test
    void badParametersFailWithTheStudyRunnersMessage() throws Exception {
        OpenedFile o = runner.open(Fixtures.sineFile(dir, "sine.csv", 20, 1), "sine", null, Map.of(), ProgressMonitor.NONE);
        AnalysisRun r = runner.run(List.of(o), List.of(), AnalysisRun.pending("integral-1", "test.integral", List.of("sine"),
                Map.of("scale", "1000")), ProgressMonitor.NONE).run();
        assertEquals(AnalysisRun.Status.FAILED, r.status());
        assertTrue(r.failure().startsWith("step 'integral-1' (test.integral): parameter 'scale' = '1000': "), r.failure());
        AnalysisRun missing = runner.run(List.of(o), List.of(), AnalysisRun.pending("x-1", "eis.fit", List.of("sine"),
                Map.of()), ProgressMonitor.NONE).run();
        assertTrue(missing.failure().contains("technique plugin 'eis', which is not installed"), missing.failure());
    }

    @Test
    void aFileChangedOnDiskIsReReadAndReported() throws Exception {
        Path f = Fixtures.sineFile(dir, "sine.csv", 100, 1);
        OpenedFile o = runner.open(f, "sine", null, Map.of(), ProgressMonitor.NONE);
        Fixtures.sineFile(dir, "sine.csv", 100, 3); // the instrument overwrote it: three times the current
        WorkspaceRunner.RunOutcome out = runner.run(List.of(o), List.of(), AnalysisRun.pending("integral-1", "test.integral",
                List.of("sine"), Map.of()), ProgressMonitor.NONE);
        assertEquals(1, out.changedFiles().size());
        assertEquals(org.electrocat.core.model.Provenance.sha256(f), out.changedFiles().get(0).sha256());
        assertEquals(3 * Fixtures.trapezoidSin(100), out.run().result().value("area").orElseThrow().quantity().value(), 1e-12);
    }

    @Test
    void theWorkspaceReportHasTheValuesOfTheSameStudyRunAsTheCliRunsIt() throws Exception {
        Path data = Fixtures.sineFile(dir, "sine.csv", 50, 1);
        OpenedFile o = runner.open(data, "sine", null, Map.of(), ProgressMonitor.NONE);
        AnalysisRun run = AnalysisRun.pending("integral-1", "test.integral", List.of("sine"), Map.of("scale", "0.5"));
        WorkspaceRunner.ReportRun ws = runner.report("Sine", List.of(o), List.of(run), dir.resolve("ws-report"),
                new LinkedHashSet<>(List.of("html", "json")), ProgressMonitor.NONE);
        // the same study as a YAML file, run as RunCommand runs it
        Files.writeString(dir.resolve("study.yaml"), String.join("\n", "study: Sine",
                "datasets:", "  - {id: sine, file: sine.csv, reader: core.csv}",
                "analyses:", "  - {id: integral-1, analysis: test.integral, inputs: [sine], parameters: {scale: 0.5}}",
                "output: {directory: cli-report, formats: [html, json]}", ""));
        Study study = StudyFile.load(dir.resolve("study.yaml"));
        StudyOutcome cli = new StudyRunner(runner.registry()).run(study, ProgressMonitor.NONE);
        ReportOutputs cliOut = StudyReport.write(cli, dir.resolve("cli-report"), new LinkedHashSet<>(study.output().formats()),
                Map.of("ElectroCat", "test"));
        Result a = ws.outcome().results().get(0).result();
        Result b = cli.results().get(0).result();
        assertEquals(b.values(), a.values());
        assertEquals(b.parameters(), a.parameters());
        assertEquals(0.5 * Fixtures.trapezoidSin(50), a.value("area").orElseThrow().quantity().value(), 1e-12);
        assertTrue(Files.readString(ws.outputs().html()).contains("integral-1"));
        assertEquals(strip(Files.readString(cliOut.json())), strip(Files.readString(ws.outputs().json())));
        // and the study file itself through the workbench: report where the CLI puts it
        StudyEntry entry = runner.runStudy(runner.loadStudy(dir.resolve("study.yaml")), ProgressMonitor.NONE);
        assertEquals(dir.resolve("cli-report").resolve("report.html"), entry.report().html());
        assertEquals(b.values(), entry.outcome().results().get(0).result().values());
    }

    @Test
    void aStudysDatasetsResultsAndCurvesBelongToItsConditionsAndNothingElseDoes() throws Exception {
        Fixtures.sineFile(dir, "sine.csv", 20, 1);
        Files.writeString(dir.resolve("study.yaml"), String.join("\n", "study: Sine",
                "conditions: {pH: 13.7, temperature: 298.15 K}",
                "datasets:", "  - {id: sine, file: sine.csv, reader: core.csv}",
                "analyses:", "  - {id: integral-1, analysis: test.integral, inputs: [sine]}",
                "output: {directory: out, formats: [json]}", ""));
        StudyEntry entry = runner.runStudy(runner.loadStudy(dir.resolve("study.yaml")), ProgressMonitor.NONE);
        Result r = entry.outcome().results().get(0).result();
        assertTrue(entry.contains(org.electrocat.ui.api.ViewInput.of(r)));
        assertTrue(entry.contains(org.electrocat.ui.api.ViewInput.of(r.curves().get(0))));
        assertTrue(entry.contains(org.electrocat.ui.api.ViewInput.of(entry.outcome().datasets().get("sine").get(0))));
        assertEquals("13.7", entry.study().conditions().get("pH"));
        // the same file opened on its own is another dataset: no study conditions apply to it
        OpenedFile alone = runner.open(dir.resolve("sine.csv"), "sine", null, Map.of(), ProgressMonitor.NONE);
        assertFalse(entry.contains(org.electrocat.ui.api.ViewInput.of(alone.datasets().get(0))));
    }

    /**
     * results.json without what legitimately differs: the creation and step times, the study's
     * description, and the data file's path as written (absolute in the workbench, relative in the
     * study file).
     */
    private static String strip(String json) {
        return json.replaceAll("\"(created|at|description|file|study\\.file)\"\\s*:\\s*\"[^\"]*\"", "");
    }

    /** A fake analysis of some technique taking some kinds (the selector order is all that matters here). */
    private record Named(String id, String technique, List<String> inputKinds, int maxInputs) implements org.electrocat.api.Analysis {
        public String label() { return id; }
        public String version() { return "1"; }
        public String description() { return id; }
        public List<org.electrocat.api.ParameterSpec> parameters() { return List.of(); }
        public Result run(org.electrocat.api.AnalysisContext c) { return Result.builder(this, c).build(); }
    }

    @Test
    void theAnalysisSelectorOffersAnalysesMadeForTheDataFirst() {
        var reg = Fixtures.registry()
                .add(new Named("echem.calibration", "echem", List.of(org.electrocat.core.model.DatasetKind.GENERIC), 1))
                .add(new Named("eis.batch", "eis", List.of(org.electrocat.core.model.DatasetKind.IMPEDANCE),
                        Integer.MAX_VALUE))
                .add(new Named("eis.fit", "eis", List.of(org.electrocat.core.model.DatasetKind.IMPEDANCE), 1))
                .add(new Named("eis.kk", "eis", List.of(org.electrocat.core.model.DatasetKind.IMPEDANCE), 1));
        WorkspaceRunner r = new WorkspaceRunner(reg, Map.of("ElectroCat", "test"));
        org.electrocat.core.model.Dataset impedance = org.electrocat.core.model.Dataset.builder("z",
                org.electrocat.core.model.DatasetKind.IMPEDANCE).column(new org.electrocat.core.model.Column("f",
                        org.electrocat.core.units.Units.HERTZ, new double[] {1, 10})).build();
        List<String> ids = r.analysesFor(List.of(impedance)).stream().map(org.electrocat.api.Analysis::id).toList();
        // impedance analyses first, single-spectrum ones before the batch fit, then those taking any
        // dataset: not "Calibration curve" first
        assertEquals(List.of("eis.fit", "eis.kk", "eis.batch"), ids.subList(0, 3), ids.toString());
        assertTrue(ids.contains("echem.calibration") && ids.contains("test.integral"), ids.toString());
    }
}
