package org.electrocat.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.CancelledException;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.study.Study;

/**
 * Runs a {@link Study}: checks that every reader and analysis it names is installed (before
 * anything is read, so a missing plugin costs nothing), reads the datasets, runs the analysis
 * steps in order and collects charts and report sections for each result. A step that fails is
 * recorded with its reason and later steps that need it are skipped; independent steps still run.
 *
 * <p>Each step runs {@linkplain ContainedCall contained}: a plugin that throws an unexpected
 * exception or {@link Error}, runs out of memory or hangs past the step time limit fails only its
 * own step, with a message naming the plugin's bundle; a chart contributor or report section that
 * fails costs only its chart or section (a warning on the result says so).
 */
public final class StudyRunner {

    /** Time limit of one step unless set otherwise: generous, since it only catches hangs. */
    public static final Duration DEFAULT_STEP_TIMEOUT = Duration.ofMinutes(10);

    private final PluginRegistry registry;
    private final Duration stepTimeout;

    public StudyRunner(PluginRegistry registry) {
        this(registry, DEFAULT_STEP_TIMEOUT);
    }

    /** @param stepTimeout time limit of each analysis step (with its charts); zero for none */
    public StudyRunner(PluginRegistry registry, Duration stepTimeout) {
        this.registry = registry;
        this.stepTimeout = stepTimeout;
    }

    /**
     * Checks the study against the installed plugins.
     *
     * @throws MissingPluginException naming the first technique plugin the study needs but lacks
     */
    public void check(Study study) {
        for (Study.DatasetRef ref : study.datasets()) {
            if (ref.technique() != null && registry.technique(ref.technique()).isEmpty()) {
                throw new MissingPluginException(ref.technique(), "dataset '" + ref.id() + "'", registry.techniqueIds());
            }
            if (ref.reader() != null) {
                registry.requireReader(ref.reader(), ref.technique());
            }
        }
        for (Study.AnalysisStep step : study.analyses()) {
            Analysis a = registry.requireAnalysis(step.analysis(), step.techniqueOrPrefix());
            Parameters.resolve("step '" + step.id() + "' (" + a.id() + ")", a.parameters(), step.parameters());
        }
    }

    /**
     * Runs the whole study.
     *
     * @throws MissingPluginException when a needed plugin is missing (nothing was read)
     * @throws IOException            when a dataset cannot be read (the message names the dataset and file)
     */
    public StudyOutcome run(Study study, ProgressMonitor monitor) throws IOException {
        check(study);
        monitor.begin("Study " + study.name(), study.datasets().size() + study.analyses().size());
        Map<String, List<Dataset>> datasets = new LinkedHashMap<>();
        for (Study.DatasetRef ref : study.datasets()) {
            monitor.checkCancelled();
            monitor.subTask("reading " + ref.path());
            datasets.put(ref.id(), read(study, ref, monitor));
            monitor.worked(1);
        }
        Map<String, Result> results = new LinkedHashMap<>();
        List<StudyOutcome.StepResult> stepResults = new ArrayList<>();
        List<StudyOutcome.Failure> failures = new ArrayList<>();
        ContainedCall contained = new ContainedCall(stepTimeout);
        for (Study.AnalysisStep step : study.analyses()) {
            monitor.checkCancelled();
            monitor.subTask("step " + step.id() + " (" + step.analysis() + ")");
            try {
                Analysis analysis = registry.requireAnalysis(step.analysis(), step.techniqueOrPrefix());
                // copies: a step abandoned after its time limit must not see later steps' writes
                Map<String, Result> before = new LinkedHashMap<>(results);
                List<StudyOutcome.Failure> failedBefore = List.copyOf(failures);
                StudyOutcome.StepResult sr = contained.call("analysis " + analysis.id() + " in step '" + step.id() + "'",
                        analysis, monitor, m -> {
                            Result r = runStep(study, step, analysis, datasets, before, failedBefore, m);
                            List<String> problems = new ArrayList<>();
                            List<NamedChart> charts = charts(r, problems);
                            List<ReportSection> sections = sections(r, problems);
                            for (String p : problems) {
                                r = r.withWarning(p);
                            }
                            return new StudyOutcome.StepResult(r, charts, sections);
                        });
                results.put(step.id(), sr.result());
                stepResults.add(sr);
            } catch (CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                failures.add(new StudyOutcome.Failure(step.id(), messageOf(e)));
            }
            monitor.worked(1);
        }
        monitor.done();
        return new StudyOutcome(study, datasets, stepResults, failures);
    }

    private static String messageOf(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() + " (no message; a plugin bug)" : m;
    }

    /** Reads one dataset of a study, with the study's id on every dataset it yields. */
    public List<Dataset> read(Study study, Study.DatasetRef ref, ProgressMonitor monitor) throws IOException {
        Path file = study.baseDir().resolve(ref.path()).normalize();
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "dataset '" + ref.id() + "' of study '"
                    + study.name() + "': file not found");
        }
        if (Files.size(file) == 0) {
            throw new FormatException(file, -1, null, "the file is empty (dataset '" + ref.id() + "')");
        }
        DatasetReader reader = ref.reader() != null ? registry.requireReader(ref.reader(), ref.technique())
                : registry.detect(file).orElseThrow(() -> new FormatException(file, -1, null,
                        "no installed reader recognises this file (dataset '" + ref.id() + "'); installed formats: "
                                + registry.readers().stream().map(DatasetReader::label).toList()
                                + ". Name a reader in the study or install the technique plugin for this format"));
        Parameters options = Parameters.resolve("reader " + reader.id() + " for dataset '" + ref.id() + "'",
                reader.options(), ref.options());
        List<Dataset> read;
        try {
            read = reader.read(file, options, monitor);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            if (e instanceof IllegalArgumentException || e instanceof CancelledException) {
                throw e;
            }
            throw new PluginFaultException("reader " + reader.id() + " (" + PluginRegistry.describe(reader)
                    + ") failed on " + file + " (dataset '" + ref.id() + "') with " + e
                    + " (a fault in the plugin; please report it to its authors)", e);
        }
        if (read.isEmpty()) {
            throw new FormatException(file, -1, null, "reader " + reader.id() + " found no data in the file");
        }
        List<Dataset> out = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Dataset d = read.get(i);
            String id = read.size() == 1 ? ref.id() : ref.id() + "/" + (i + 1);
            out.add(d.toBuilder().id(id).meta("study.dataset", ref.id()).meta("study.file", ref.path()).build());
        }
        return out;
    }

    private static Result runStep(Study study, Study.AnalysisStep step, Analysis analysis,
            Map<String, List<Dataset>> datasets, Map<String, Result> results, List<StudyOutcome.Failure> failures,
            ProgressMonitor monitor) {
        List<Dataset> inputs = new ArrayList<>();
        for (String in : step.inputs()) {
            inputs.addAll(resolveInput(in, datasets, results, failures, step));
        }
        if (inputs.size() < analysis.minInputs() || inputs.size() > analysis.maxInputs()) {
            throw new IllegalArgumentException("step '" + step.id() + "': " + analysis.id() + " takes "
                    + (analysis.minInputs() == analysis.maxInputs() ? String.valueOf(analysis.minInputs())
                            : analysis.minInputs() + " to " + (analysis.maxInputs() == Integer.MAX_VALUE ? "any number"
                                    : String.valueOf(analysis.maxInputs())))
                    + " input datasets, got " + inputs.size());
        }
        for (Dataset d : inputs) {
            if (!analysis.inputKinds().contains(d.kind()) && !analysis.inputKinds().contains(DatasetKind.GENERIC)) {
                throw new IllegalArgumentException("step '" + step.id() + "': dataset '" + d.id() + "' is a " + d.kind()
                        + " but " + analysis.id() + " takes " + analysis.inputKinds());
            }
        }
        Parameters params = Parameters.resolve("step '" + step.id() + "' (" + analysis.id() + ")",
                analysis.parameters(), step.parameters());
        AnalysisContext ctx = new AnalysisContext(step.id(), inputs, params, study.conditions(), results, monitor);
        Result r = analysis.run(ctx);
        if (r == null) {
            throw new IllegalStateException("analysis " + analysis.id() + " returned no result (a plugin bug)");
        }
        for (String w : nonFiniteInputs(inputs)) {
            if (r.warnings().stream().noneMatch(existing -> existing.contains(w))) {
                r = r.withWarning(w);
            }
        }
        return r;
    }

    /** One message per input column holding NaN or infinite values, so no result hides them. */
    static List<String> nonFiniteInputs(List<Dataset> inputs) {
        List<String> out = new ArrayList<>();
        for (Dataset d : inputs) {
            for (var c : d.columns()) {
                int first = c.firstNonFinite();
                if (first >= 0) {
                    int count = 0;
                    for (double v : c.array()) {
                        if (!Double.isFinite(v)) {
                            count++;
                        }
                    }
                    out.add("input '" + d.id() + "' column '" + c.name() + "' has " + count
                            + " NaN/infinite value(s), first at row " + (first + 1));
                }
            }
        }
        return out;
    }

    private static List<Dataset> resolveInput(String in, Map<String, List<Dataset>> datasets,
            Map<String, Result> results, List<StudyOutcome.Failure> failures, Study.AnalysisStep step) {
        String ref = in.contains("/") ? in.substring(0, in.indexOf('/')) : in;
        String sub = in.contains("/") ? in.substring(in.indexOf('/') + 1) : null;
        List<Dataset> pool;
        if (datasets.containsKey(ref)) {
            pool = datasets.get(ref);
        } else if (results.containsKey(ref)) {
            pool = results.get(ref).curves();
        } else if (failures.stream().anyMatch(f -> f.stepId().equals(ref))) {
            throw new IllegalArgumentException("skipped: its input step '" + ref + "' failed");
        } else {
            throw new IllegalArgumentException("step '" + step.id() + "': unknown input '" + in + "'");
        }
        if (sub == null) {
            return pool;
        }
        for (Dataset d : pool) {
            if (d.id().equals(in) || d.id().equals(sub) || d.name().equals(sub)) {
                return List.of(d);
            }
        }
        throw new IllegalArgumentException("step '" + step.id() + "': input '" + in + "' not found; '" + ref
                + "' has " + pool.stream().map(Dataset::id).toList());
    }

    /** Charts of every contributor that supports the result; a failing contributor costs only its charts. */
    private List<NamedChart> charts(Result r, List<String> problems) {
        List<NamedChart> out = new ArrayList<>();
        for (ChartContributor c : registry.chartContributors()) {
            try {
                if (c.supports(r)) {
                    List<NamedChart> made = c.charts(r);
                    out.addAll(made == null ? List.of() : made);
                }
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                if (e instanceof CancelledException ce) {
                    throw ce;
                }
                problems.add("charts of " + PluginRegistry.describe(c) + " failed: " + e + " (the result itself is unaffected)");
            }
        }
        return out;
    }

    /** Report sections that support the result; one that cannot decide is left out, with a warning. */
    private List<ReportSection> sections(Result r, List<String> problems) {
        List<ReportSection> out = new ArrayList<>();
        for (ReportSection s : registry.reportSections()) {
            try {
                if (s.supports(r)) {
                    out.add(s);
                }
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                problems.add("report section of " + PluginRegistry.describe(s) + " failed: " + e
                        + " (the generic section is shown)");
            }
        }
        return out;
    }
}
