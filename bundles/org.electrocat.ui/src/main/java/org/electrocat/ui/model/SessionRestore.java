package org.electrocat.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.electrocat.api.CancelledException;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Provenance;

/**
 * Reopens a session: reads its raw files again (checking each against the SHA-256 the session
 * recorded, and saying so when one changed or is missing), loads its study files, and recomputes
 * its analyses with the saved parameters. A recomputed result that differs from the saved summary
 * is reported; a run whose inputs are gone keeps its saved summary and is shown as such.
 */
public final class SessionRestore {

    /**
     * What was restored and what the user must be told.
     *
     * @param files    files read again
     * @param studies  study files loaded
     * @param runs     runs, recomputed or from the session
     * @param problems one sentence per changed or missing file, failed or differing run
     * @param theme    the session's theme
     */
    public record Restored(List<OpenedFile> files, List<StudyEntry> studies, List<AnalysisRun> runs,
            List<String> problems, String theme) {
    }

    private SessionRestore() {
    }

    /**
     * Restores a session.
     *
     * @throws CancelledException when the monitor was cancelled
     */
    public static Restored restore(SessionData data, WorkspaceRunner runner, ProgressMonitor monitor) {
        monitor.begin("Opening session", data.files().size() + data.studies().size() + data.runs().size());
        List<String> problems = new ArrayList<>();
        List<OpenedFile> files = new ArrayList<>();
        for (SessionData.FileRef f : data.files()) {
            monitor.checkCancelled();
            monitor.subTask("reading " + f.path());
            OpenedFile opened = reopen(f, runner, monitor, problems);
            if (opened != null) {
                files.add(opened);
            }
            monitor.worked(1);
        }
        List<StudyEntry> studies = new ArrayList<>();
        for (SessionData.StudyRef s : data.studies()) {
            monitor.checkCancelled();
            try {
                StudyEntry e = runner.loadStudy(Path.of(s.path()));
                if (s.sha256() != null && !s.sha256().equals(e.sha256())) {
                    problems.add("study file " + s.path() + " changed since the session was saved" + shas(s.sha256(), e.sha256()));
                }
                studies.add(e);
            } catch (IOException | RuntimeException e) {
                problems.add("study file " + s.path() + " cannot be loaded: " + WorkspaceRunner.message(e));
            }
            monitor.worked(1);
        }
        List<AnalysisRun> runs = new ArrayList<>();
        Set<String> available = new LinkedHashSet<>();
        files.forEach(f -> available.add(f.id()));
        for (SessionData.RunRef r : data.runs()) {
            monitor.checkCancelled();
            monitor.subTask("recomputing " + r.id() + " (" + r.analysis() + ")");
            AnalysisRun saved = new AnalysisRun(r.id(), r.analysis(), r.inputs(), r.parameters(), null, null, r.summary());
            List<String> missing = r.inputs().stream().map(SessionRestore::head).filter(h -> !available.contains(h)).toList();
            if (!missing.isEmpty()) {
                problems.add("run '" + r.id() + "' is shown as saved, not recomputed: its input " + String.join(", ", missing)
                        + " is not available");
                runs.add(r.summary() != null ? saved : saved.failed("input " + String.join(", ", missing) + " not available"));
            } else {
                AnalysisRun now = runner.run(files, runs, saved, ProgressMonitor.NONE).run();
                if (now.status() == AnalysisRun.Status.FAILED) {
                    problems.add("run '" + r.id() + "' failed when recomputed: " + now.failure());
                } else if (r.summary() != null) {
                    List<String> diff = r.summary().differences(ResultSummary.of(now.result()));
                    if (!diff.isEmpty()) {
                        problems.add("run '" + r.id() + "' gives other values than when the session was saved: "
                                + String.join("; ", diff));
                    }
                }
                runs.add(now);
                if (now.status() == AnalysisRun.Status.DONE) {
                    available.add(r.id());
                }
            }
            monitor.worked(1);
        }
        monitor.done();
        return new Restored(files, studies, runs, problems, data.theme());
    }

    private static OpenedFile reopen(SessionData.FileRef f, WorkspaceRunner runner, ProgressMonitor monitor,
            List<String> problems) {
        Path path = Path.of(f.path());
        String what = "file '" + f.id() + "' (" + f.path() + ")";
        if (!Files.isRegularFile(path)) {
            problems.add(what + " is missing; its datasets are not restored and the runs that use it are shown as saved");
            return null;
        }
        try {
            String now = Provenance.sha256(path);
            if (!now.equals(f.sha256())) {
                problems.add(what + " changed since the session was saved" + shas(f.sha256(), now)
                        + "; it is read as it is now and its runs are recomputed");
            }
            return runner.open(path, f.id(), f.reader(), f.options(), monitor);
        } catch (CancelledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            problems.add(what + " cannot be read: " + WorkspaceRunner.message(e));
            return null;
        }
    }

    private static String shas(String then, String now) {
        return " (SHA-256 was " + abbrev(then) + ", now " + abbrev(now) + ")";
    }

    private static String abbrev(String sha) {
        return sha == null ? "unknown" : sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    private static String head(String input) {
        return input.contains("/") ? input.substring(0, input.indexOf('/')) : input;
    }
}
