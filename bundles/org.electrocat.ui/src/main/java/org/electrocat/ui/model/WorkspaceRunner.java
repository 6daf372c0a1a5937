package org.electrocat.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrocat.api.Analysis;
import org.electrocat.api.CancelledException;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.study.Study;
import org.electrocat.report.ReportOutputs;
import org.electrocat.runtime.MissingPluginException;
import org.electrocat.runtime.PluginRegistry;
import org.electrocat.runtime.StudyFile;
import org.electrocat.runtime.StudyOutcome;
import org.electrocat.runtime.StudyReport;
import org.electrocat.runtime.StudyRunner;

/**
 * Does the workbench's work with the same runtime as the command line: opens raw files through the
 * installed readers, runs analyses and study files with {@link StudyRunner} and writes reports with
 * {@link StudyReport}. Every analysis the user runs in the workbench becomes a step of an in-memory
 * {@link Study} over the workspace's files, so its result, provenance and report are exactly what
 * {@code electrocat run} gives for the same study. Works on immutable snapshots, so it can run on a
 * background thread while the window stays responsive.
 */
public final class WorkspaceRunner {

    /**
     * One analysis run and the files found changed on disk while running it (re-read, with their
     * new checksum; the caller updates the workspace and tells the user).
     */
    public record RunOutcome(AnalysisRun run, List<OpenedFile> changedFiles) {
    }

    /** A report written for the workspace's runs. */
    public record ReportRun(StudyOutcome outcome, ReportOutputs outputs) {
    }

    private final PluginRegistry registry;
    private final Map<String, String> software;

    /** @param software component → version, recorded in reports as the CLI does */
    public WorkspaceRunner(PluginRegistry registry, Map<String, String> software) {
        this.registry = registry;
        this.software = Map.copyOf(software);
    }

    public PluginRegistry registry() {
        return registry;
    }

    /**
     * Opens a raw file.
     *
     * @param readerId a reader id, or {@code null} to detect the format from the content
     * @throws FormatException when no installed reader recognises the file, or it is not valid
     * @throws IOException     when it cannot be read
     */
    public OpenedFile open(Path file, String id, String readerId, Map<String, String> options, ProgressMonitor monitor)
            throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            throw new NoSuchFileException(abs.toString(), null, "file not found");
        }
        DatasetReader reader = readerId != null ? registry.requireReader(readerId, null)
                : registry.detect(abs).orElseThrow(() -> new FormatException(abs, -1, null,
                        "no installed reader recognises this file; installed formats: "
                                + registry.readers().stream().map(DatasetReader::label).toList()));
        Study.DatasetRef ref = new Study.DatasetRef(id, abs.toString(), reader.id(), null, options);
        Study study = study("open " + abs.getFileName(), abs.getParent(), List.of(ref), List.of());
        List<Dataset> read = new StudyRunner(registry).read(study, ref, monitor);
        Provenance.Source src = source(read);
        String sha = src != null ? src.sha256() : Provenance.sha256(abs);
        long size = src != null ? src.size() : Files.size(abs);
        return new OpenedFile(id, abs, reader.id(), sha, size, options, read);
    }

    private static Provenance.Source source(List<Dataset> read) {
        for (Dataset d : read) {
            if (!d.provenance().sources().isEmpty()) {
                return d.provenance().sources().get(0);
            }
        }
        return null;
    }

    /**
     * Runs {@code target} with the runs it builds on, as a study over the files it needs. Failures
     * (bad parameters, wrong input kind, missing plugin, unreadable file) come back as a failed run
     * whose message is the runtime's, as the CLI prints it.
     *
     * @throws CancelledException when the monitor was cancelled
     */
    public RunOutcome run(List<OpenedFile> files, List<AnalysisRun> runs, AnalysisRun target, ProgressMonitor monitor) {
        Map<String, OpenedFile> fileById = new LinkedHashMap<>();
        files.forEach(f -> fileById.put(f.id(), f));
        Map<String, AnalysisRun> runById = new LinkedHashMap<>();
        runs.forEach(r -> runById.put(r.id(), r));
        runById.put(target.id(), target);
        Set<String> neededFiles = new LinkedHashSet<>();
        List<AnalysisRun> steps = new ArrayList<>();
        collect(target, fileById, runById, neededFiles, steps, new LinkedHashSet<>());
        List<Study.DatasetRef> refs = new ArrayList<>();
        for (String id : neededFiles) {
            refs.add(ref(fileById.get(id)));
        }
        Path base = neededFiles.isEmpty() ? Path.of("").toAbsolutePath() : fileById.get(neededFiles.iterator().next()).path().getParent();
        Study study = study("workbench: " + target.id(), base, refs, steps);
        StudyOutcome outcome;
        try {
            outcome = new StudyRunner(registry).run(study, monitor);
        } catch (CancelledException e) {
            throw e;
        } catch (MissingPluginException | IOException | IllegalArgumentException e) {
            return new RunOutcome(target.failed(message(e)), List.of());
        }
        List<OpenedFile> changed = new ArrayList<>();
        for (String id : neededFiles) {
            OpenedFile f = fileById.get(id);
            List<Dataset> now = outcome.datasets().get(id);
            Provenance.Source src = now == null ? null : source(now);
            if (src != null && !src.sha256().equals(f.sha256())) {
                changed.add(f.reread(src.sha256(), src.size(), now));
            }
        }
        for (StudyOutcome.StepResult s : outcome.results()) {
            if (s.result().id().equals(target.id())) {
                return new RunOutcome(target.done(s.result()), changed);
            }
        }
        for (StudyOutcome.Failure f : outcome.failures()) {
            if (f.stepId().equals(target.id())) {
                return new RunOutcome(target.failed(f.message()), changed);
            }
        }
        return new RunOutcome(target.failed("the runtime returned no result for step '" + target.id() + "'"), changed);
    }

    /** Depth-first: the runs an input names come before the run that uses them; cycles are cut. */
    private static void collect(AnalysisRun run, Map<String, OpenedFile> files, Map<String, AnalysisRun> runs,
            Set<String> neededFiles, List<AnalysisRun> steps, Set<String> visiting) {
        if (!visiting.add(run.id())) {
            return;
        }
        for (String in : run.inputs()) {
            String head = in.contains("/") ? in.substring(0, in.indexOf('/')) : in;
            if (files.containsKey(head)) {
                neededFiles.add(head);
            } else if (runs.containsKey(head) && steps.stream().noneMatch(s -> s.id().equals(head))) {
                collect(runs.get(head), files, runs, neededFiles, steps, visiting);
            }
        }
        steps.add(run);
    }

    /** Loads a study file. */
    public StudyEntry loadStudy(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        Study study = StudyFile.load(abs);
        return new StudyEntry(abs, Provenance.sha256(abs), study, null, null);
    }

    /**
     * Runs a study file as {@code electrocat run STUDY} does: loads it as it is now, runs it, and
     * writes its report to the study's output folder in the study's formats.
     */
    public StudyEntry runStudy(StudyEntry entry, ProgressMonitor monitor) throws IOException {
        Study study = StudyFile.load(entry.file());
        StudyOutcome outcome = new StudyRunner(registry).run(study, monitor);
        Path dir = study.baseDir().resolve(study.output().directory());
        ReportOutputs written = StudyReport.write(outcome, dir, new LinkedHashSet<>(study.output().formats()), software);
        return new StudyEntry(entry.file(), Provenance.sha256(entry.file()), study, outcome, written);
    }

    /**
     * Writes the report of the workspace's runs: the files and runs become one study, run by the
     * same runtime and written by the same report code as the CLI's.
     */
    public ReportRun report(String title, List<OpenedFile> files, List<AnalysisRun> runs, Path dir, Set<String> formats,
            ProgressMonitor monitor) throws IOException {
        List<Study.DatasetRef> refs = new ArrayList<>();
        files.forEach(f -> refs.add(ref(f)));
        Study study = study(title, dir, refs, runs);
        StudyOutcome outcome = new StudyRunner(registry).run(study, monitor);
        return new ReportRun(outcome, StudyReport.write(outcome, dir, formats, software));
    }

    /** A file as a study dataset: its absolute path, with the reader that read it named, so detection cannot differ. */
    private static Study.DatasetRef ref(OpenedFile f) {
        return new Study.DatasetRef(f.id(), f.path().toString(), f.readerId(), null, f.options());
    }

    private static Study study(String name, Path base, List<Study.DatasetRef> refs, List<AnalysisRun> runs) {
        List<Study.AnalysisStep> steps = new ArrayList<>();
        for (AnalysisRun r : runs) {
            steps.add(new Study.AnalysisStep(r.id(), r.analysisId(), null, r.inputs(), r.parameters()));
        }
        return new Study(name, "ElectroCat workbench", base, Map.of(), refs, steps,
                new Study.OutputSpec(".", List.of("html", "json", "csv", "svg")));
    }

    /** Charts of a result from every contributor that supports it; a failing contributor is skipped. */
    public List<NamedChart> charts(Result result) {
        List<NamedChart> out = new ArrayList<>();
        for (ChartContributor c : registry.chartContributors()) {
            try {
                if (c.supports(result)) {
                    out.addAll(c.charts(result));
                }
            } catch (RuntimeException e) {
                // a broken contributor must not hide the other charts
            }
        }
        return out;
    }

    /**
     * Analyses that accept these datasets: every kind accepted (or GENERIC), and the count within the
     * analysis's limits. The likeliest come first (the selector opens on the first): analyses made for
     * the datasets' kind before those that take any dataset, then those of the technique whose reader
     * read the data (reader ids start with their technique), then those made for exactly this many
     * inputs (a single spectrum: the fit before the batch fit), then by id.
     */
    public List<Analysis> analysesFor(List<Dataset> inputs) {
        List<Analysis> out = acceptingAnalyses(inputs);
        java.util.Set<String> techniques = new java.util.HashSet<>();
        for (Dataset d : inputs) {
            for (var src : d.provenance().sources()) {
                if (src.reader() != null && src.reader().contains(".")) {
                    techniques.add(src.reader().substring(0, src.reader().indexOf('.')));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt((Analysis a) -> {
            boolean exact = inputs.stream().allMatch(d -> a.inputKinds().contains(d.kind()));
            return (exact ? 0 : 4) + (techniques.contains(a.technique()) ? 0 : 2)
                    + (a.maxInputs() == inputs.size() ? 0 : 1); // one spectrum: the fit before the batch fit
        }).thenComparing(Analysis::id));
        return out;
    }

    private List<Analysis> acceptingAnalyses(List<Dataset> inputs) {
        List<Analysis> out = new ArrayList<>();
        for (Analysis a : registry.analyses()) {
            if (inputs.size() < a.minInputs() || inputs.size() > a.maxInputs()) {
                continue;
            }
            boolean all = true;
            for (Dataset d : inputs) {
                all &= a.inputKinds().contains(d.kind()) || a.inputKinds().contains(DatasetKind.GENERIC);
            }
            if (all) {
                out.add(a);
            }
        }
        return out;
    }

    static String message(Throwable e) {
        if (e instanceof NoSuchFileException nf) {
            return "file not found: " + nf.getFile() + (nf.getReason() != null ? " (" + nf.getReason() + ")" : "");
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
