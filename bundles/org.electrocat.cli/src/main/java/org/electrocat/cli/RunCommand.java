package org.electrocat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.electrocat.api.Result;
import org.electrocat.core.study.Study;
import org.electrocat.report.ReportOutputs;
import org.electrocat.runtime.StudyFile;
import org.electrocat.runtime.StudyOutcome;
import org.electrocat.runtime.StudyReport;
import org.electrocat.runtime.StudyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code electrocat run STUDY}: runs a study file and writes its report. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a study file (YAML): reads its datasets, runs its analyses, writes report.html,",
            "results.json, tables/*.csv and charts/ into the output folder (default: the study's 'output.directory',",
            "relative to the study file). Format of study files: docs/study-format.md."})
final class RunCommand implements Callable<Integer> {

    private final Cli.Context ctx;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study file (.yaml)")
    Path studyFile;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "output folder (overrides the study's)")
    Path output;

    @Option(names = "--formats", split = ",", paramLabel = "FMT",
            description = "comma-separated subset of html,json,csv,png,svg (overrides the study's)")
    List<String> formats;

    @Option(names = "--step-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "time limit of one analysis step, in seconds (default ${DEFAULT-VALUE}; 0: none). A step past it "
                    + "is stopped and marked failed; the others still run")
    long stepTimeoutSeconds;

    @Option(names = {"-q", "--quiet"}, description = "no progress lines on stderr")
    boolean quiet;

    /** The step time limit from the option, refusing negative values. */
    static java.time.Duration stepTimeout(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("--step-timeout must be 0 (no limit) or a number of seconds, got " + seconds);
        }
        return java.time.Duration.ofSeconds(seconds);
    }

    RunCommand(Cli.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        Study study = StudyFile.load(studyFile);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), quiet);
        StudyOutcome outcome = new StudyRunner(ctx.registry(), stepTimeout(stepTimeoutSeconds)).run(study, progress);
        Path dir = output != null ? output : study.baseDir().resolve(study.output().directory());
        Set<String> fmts = new LinkedHashSet<>(formats != null ? formats : study.output().formats());
        ReportOutputs written;
        try {
            written = StudyReport.write(outcome, dir, fmts, ctx.software());
        } catch (IOException e) {
            throw new Failures.OutputException("cannot write the report to " + dir + ": " + e.getMessage(), e);
        }
        var out = spec.commandLine().getOut();
        out.println("Study: " + study.name());
        for (StudyOutcome.StepResult s : outcome.results()) {
            Result r = s.result();
            out.println("  " + r.id() + " (" + r.analysisId() + "): " + summary(r));
            for (String w : r.warnings()) {
                out.println("    warning: " + w);
            }
        }
        for (StudyOutcome.Failure f : outcome.failures()) {
            out.println("  " + f.stepId() + ": FAILED: " + f.message());
        }
        if (written.html() != null) {
            out.println("Report: " + written.html().toAbsolutePath());
        }
        if (written.json() != null) {
            out.println("Results: " + written.json().toAbsolutePath());
        }
        return outcome.complete() ? Cli.OK : Cli.STEP_FAILED;
    }

    static String summary(Result r) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Result.Value v : r.values()) {
            if (n++ == 4) {
                sb.append(", ... (").append(r.values().size()).append(" values)");
                break;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(v.key()).append(" = ").append(v.quantity().format(4));
        }
        return sb.length() == 0 ? "done" : sb.toString();
    }
}
