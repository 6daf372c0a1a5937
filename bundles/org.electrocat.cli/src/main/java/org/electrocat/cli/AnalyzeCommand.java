package org.electrocat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.electrocat.api.Analysis;
import org.electrocat.api.Result;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.study.Study;
import org.electrocat.runtime.MissingPluginException;
import org.electrocat.runtime.StudyOutcome;
import org.electrocat.runtime.StudyReport;
import org.electrocat.runtime.StudyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code electrocat analyze FILE}: reads one file and, with {@code --analysis}, runs one analysis on
 * it. It builds a one-step study in memory, so results, provenance and report are exactly those of
 * {@code run}.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads FILE (format detected from its content) and prints what it holds; with --analysis,",
            "runs that analysis and prints its values; with --output, also writes the report there.",
            "Example: electrocat analyze cv.mpt --analysis echem.lsv -p threshold=\"1 mA/cm2\""})
final class AnalyzeCommand implements Callable<Integer> {

    private final Cli.Context ctx;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a raw data file")
    Path file;

    @Option(names = "--step-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "time limit of one analysis step, in seconds (default ${DEFAULT-VALUE}; 0: none). A step past it "
                    + "is stopped and marked failed; the others still run")
    long stepTimeoutSeconds;

    @Option(names = {"-t", "--technique"}, description = "technique the file belongs to (names the plugin if missing)")
    String technique;

    @Option(names = {"-a", "--analysis"}, description = "analysis id, e.g. echem.ca (see 'electrocat analyses')")
    String analysis;

    @Option(names = {"-r", "--reader"}, description = "reader id, when detection should be overridden")
    String reader;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "analysis parameter, repeatable")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "write report.html, results.json ... here")
    Path output;

    @Option(names = "--formats", split = ",", defaultValue = "html,json,csv,svg", description = "output formats")
    List<String> formats;

    AnalyzeCommand(Cli.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (technique != null && ctx.registry().technique(technique).isEmpty()) {
            throw new MissingPluginException(technique, "technique '" + technique + "'", ctx.registry().techniqueIds());
        }
        Path abs = file.toAbsolutePath().normalize();
        Study.DatasetRef ref = new Study.DatasetRef("data", abs.getFileName().toString(), reader, technique, Map.of());
        List<Study.AnalysisStep> steps = analysis == null ? List.of()
                : List.of(new Study.AnalysisStep("result", analysis, technique, List.of("data"), params));
        Study study = new Study(abs.getFileName().toString(), "electrocat analyze " + abs, abs.getParent(), Map.of(),
                List.of(ref), steps, new Study.OutputSpec(output == null ? "." : output.toString(), formats));
        StudyOutcome outcome = new StudyRunner(ctx.registry(), RunCommand.stepTimeout(stepTimeoutSeconds)).run(study, new ConsoleProgress(spec.commandLine().getErr(), true));
        var out = spec.commandLine().getOut();
        for (Dataset d : outcome.datasets().get("data")) {
            out.println(d.id() + ": " + d.kind() + ", " + d.rows() + " rows, read by "
                    + (d.provenance().sources().isEmpty() ? "?" : d.provenance().sources().get(0).reader()));
            for (Column c : d.columns()) {
                out.println("    " + c.label());
            }
            if (analysis == null) {
                out.println("  analyses for " + d.kind() + ": " + ctx.registry().analyses().stream()
                        .filter(a -> a.inputKinds().contains(d.kind())).map(Analysis::id).toList());
            }
        }
        for (StudyOutcome.StepResult s : outcome.results()) {
            Result r = s.result();
            out.println(r.title() + " (" + r.analysisId() + " " + r.analysisVersion() + ")");
            for (Result.Value v : r.values()) {
                out.println("  " + v.label() + " [" + v.key() + "] = " + v.quantity().format(5)
                        + (v.note().isEmpty() ? "" : "  (" + v.note() + ")"));
            }
            for (String w : r.warnings()) {
                out.println("  warning: " + w);
            }
        }
        for (StudyOutcome.Failure f : outcome.failures()) {
            spec.commandLine().getErr().println("electrocat: " + f.message());
        }
        if (output != null) {
            try {
                var written = StudyReport.write(outcome, output, new LinkedHashSet<>(formats), ctx.software());
                if (written.html() != null) {
                    out.println("Report: " + written.html().toAbsolutePath());
                }
            } catch (IOException e) {
                throw new Failures.OutputException("cannot write to " + output + ": " + e.getMessage(), e);
            }
        }
        return outcome.complete() ? Cli.OK : Cli.STEP_FAILED;
    }
}
