package org.electrocat.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.runtime.StudyOutcome;

/**
 * Everything open in the workbench: raw files and their datasets, study files and their runs, and
 * the analyses run on the datasets. The Swing window shows it; sessions save and restore it; it
 * holds no Swing type, so it is tested headless. Not thread-safe: the workbench changes it on the
 * event dispatch thread only (background work computes new immutable entries and hands them back).
 */
public final class Workspace {

    /** Told after every change. */
    @FunctionalInterface
    public interface Listener {
        void workspaceChanged(Workspace workspace);
    }

    private final List<OpenedFile> files = new ArrayList<>();
    private final List<StudyEntry> studies = new ArrayList<>();
    private final List<AnalysisRun> runs = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private boolean modified;
    private Path sessionFile;

    public List<OpenedFile> files() {
        return List.copyOf(files);
    }

    public List<StudyEntry> studies() {
        return List.copyOf(studies);
    }

    public List<AnalysisRun> runs() {
        return List.copyOf(runs);
    }

    /** True when something changed since the session was last saved or opened. */
    public boolean modified() {
        return modified;
    }

    /** The session file this workspace was last saved to or opened from, or {@code null}. */
    public Path sessionFile() {
        return sessionFile;
    }

    /** Marks the workspace as saved to (or just opened from) {@code file}. */
    public void saved(Path file) {
        sessionFile = file;
        modified = false;
        fire();
    }

    /** Adds or replaces (same id) a file. */
    public void putFile(OpenedFile f) {
        replaceOrAdd(files, f, x -> x.id().equals(f.id()));
    }

    /** Adds or replaces (same path) a study. */
    public void putStudy(StudyEntry s) {
        replaceOrAdd(studies, s, x -> x.file().equals(s.file()));
    }

    /** Adds or replaces (same id) a run. */
    public void putRun(AnalysisRun r) {
        replaceOrAdd(runs, r, x -> x.id().equals(r.id()));
    }

    private <T> void replaceOrAdd(List<T> list, T item, java.util.function.Predicate<T> same) {
        for (int i = 0; i < list.size(); i++) {
            if (same.test(list.get(i))) {
                list.set(i, item);
                changed();
                return;
            }
        }
        list.add(item);
        changed();
    }

    /** Closes a file; runs that used it stay (with their results) until removed. */
    public void removeFile(String id) {
        if (files.removeIf(f -> f.id().equals(id))) {
            changed();
        }
    }

    public void removeStudy(Path file) {
        if (studies.removeIf(s -> s.file().equals(file))) {
            changed();
        }
    }

    public void removeRun(String id) {
        if (runs.removeIf(r -> r.id().equals(id))) {
            changed();
        }
    }

    /** Empties the workspace (a new session). */
    public void clear() {
        files.clear();
        studies.clear();
        runs.clear();
        sessionFile = null;
        modified = false;
        fire();
    }

    public Optional<OpenedFile> file(String id) {
        return files.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<AnalysisRun> run(String id) {
        return runs.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Every dataset of the open files, then every curve of the computed runs. */
    public List<Dataset> datasets() {
        List<Dataset> out = new ArrayList<>();
        for (OpenedFile f : files) {
            out.addAll(f.datasets());
        }
        for (AnalysisRun r : runs) {
            if (r.result() != null) {
                out.addAll(r.result().curves());
            }
        }
        return out;
    }

    /** The results computed in this session: ad-hoc runs, then the results of every study run. */
    public List<Result> results() {
        List<Result> out = new ArrayList<>();
        for (AnalysisRun r : runs) {
            if (r.result() != null) {
                out.add(r.result());
            }
        }
        for (StudyEntry s : studies) {
            if (s.outcome() != null) {
                for (StudyOutcome.StepResult sr : s.outcome().results()) {
                    out.add(sr.result());
                }
            }
        }
        return out;
    }

    /**
     * A new file id from the file name: its stem reduced to letters, digits, {@code . _ -}, made
     * unique among files and runs with a {@code -2}, {@code -3} ... suffix.
     */
    public String newFileId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._-]+", "_");
        return unique(stem.isEmpty() ? "data" : stem);
    }

    /** A new run id from the analysis id's last part ({@code echem.cdl} → {@code cdl-1}), unique. */
    public String newRunId(String analysisId) {
        String base = analysisId.substring(analysisId.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_-]+", "_");
        for (int n = 1;; n++) {
            String id = base + "-" + n;
            if (!taken(id)) {
                return id;
            }
        }
    }

    private String unique(String base) {
        if (!taken(base)) {
            return base;
        }
        for (int n = 2;; n++) {
            if (!taken(base + "-" + n)) {
                return base + "-" + n;
            }
        }
    }

    /** Ids share one name space: a run's id may be another run's input, just like a file's. */
    private boolean taken(String id) {
        return files.stream().anyMatch(f -> f.id().equals(id)) || runs.stream().anyMatch(r -> r.id().equals(id));
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void changed() {
        modified = true;
        fire();
    }

    private void fire() {
        for (Listener l : listeners) {
            l.workspaceChanged(this);
        }
    }
}
