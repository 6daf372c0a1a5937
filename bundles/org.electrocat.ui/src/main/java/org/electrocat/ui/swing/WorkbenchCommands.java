package org.electrocat.ui.swing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.electrocat.api.Analysis;
import org.electrocat.api.Result;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.model.AnalysisRun;
import org.electrocat.ui.model.OpenedFile;
import org.electrocat.ui.model.ProjectNodes;
import org.electrocat.ui.model.SessionFile;
import org.electrocat.ui.model.SessionRestore;
import org.electrocat.ui.model.StudyEntry;
import org.electrocat.ui.model.Workspace;
import org.electrocat.ui.model.WorkspaceRunner;

/**
 * What the workbench's menus, tool bar, tree and drops do: open raw files, studies and sessions,
 * run analyses and studies, write reports, save sessions. Long work runs through the
 * {@link TaskRunner}; its results are applied to the {@link Workspace} on the event dispatch thread.
 */
final class WorkbenchCommands {

    private final WorkbenchWindow w;

    WorkbenchCommands(WorkbenchWindow window) {
        this.w = window;
    }

    private Workspace ws() {
        return w.workspace();
    }

    private WorkspaceRunner runner() {
        return w.runner();
    }

    /** Opens each path by what it is: a session ({@code .ecsession}), a study ({@code .yaml}), else a raw file. */
    void open(List<Path> paths) {
        List<Path> raw = new ArrayList<>();
        for (Path p : paths) {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith("." + SessionFile.EXTENSION)) {
                openSession(p);
            } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                openStudy(p);
            } else {
                raw.add(p);
            }
        }
        if (!raw.isEmpty()) {
            openRaw(raw);
        }
    }

    /** Reads raw files in the background; the format of each is detected by the installed readers. */
    void openRaw(List<Path> files) {
        List<String> ids = new ArrayList<>();
        Set<String> batch = new HashSet<>();
        for (Path p : files) {
            String id = ws().newFileId(p);
            for (int n = 2; batch.contains(id); n++) {
                id = ws().newFileId(p) + "-" + n;
            }
            batch.add(id);
            ids.add(id);
        }
        List<String> errors = new ArrayList<>();
        w.tasks().start("Reading " + (files.size() == 1 ? files.get(0).getFileName() : files.size() + " files"), m -> {
            List<OpenedFile> opened = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                m.checkCancelled();
                try {
                    opened.add(runner().open(files.get(i), ids.get(i), null, Map.of(), m));
                } catch (IOException | RuntimeException e) {
                    if (e instanceof org.electrocat.api.CancelledException c) {
                        throw c;
                    }
                    errors.add(files.get(i) + ": " + message(e));
                }
            }
            return opened;
        }, opened -> {
            for (OpenedFile f : opened) {
                ws().putFile(f);
                w.log("Opened " + f.path() + " with " + f.readerId() + ": " + f.datasets().size() + " dataset(s), SHA-256 "
                        + f.sha256().substring(0, 12) + "…");
            }
            if (!opened.isEmpty()) {
                OpenedFile last = opened.get(opened.size() - 1);
                w.tree().select(ProjectNodes.Kind.DATASET, last.datasets().get(0).id());
                w.open(ViewInput.of(last.datasets().get(0)));
            }
            if (!errors.isEmpty()) {
                error("Cannot open", String.join("\n", errors));
            }
        }, e -> error("Cannot open files", message(e)));
    }

    void openStudy(Path file) {
        w.tasks().start("Loading study " + file.getFileName(), m -> runner().loadStudy(file), s -> {
            ws().putStudy(s);
            w.log("Study " + s.study().name() + " loaded from " + s.file() + ": " + s.study().datasets().size()
                    + " datasets, " + s.study().analyses().size() + " steps; run it with Run ▸ Run study");
            w.tree().select(ProjectNodes.Kind.STUDY, s.file().toString());
        }, e -> error("Cannot load study " + file, message(e)));
    }

    /** Runs a study file as {@code electrocat run} does and writes its report to the study's output folder. */
    void runStudy(StudyEntry entry) {
        w.tasks().start("Running study " + entry.study().name(), m -> runner().runStudy(entry, m), s -> {
            ws().putStudy(s);
            int ok = s.outcome().results().size();
            w.log("Study " + s.study().name() + ": " + ok + " step(s) done, " + s.outcome().failures().size() + " failed");
            s.outcome().failures().forEach(f -> w.log("  " + f.stepId() + ": FAILED: " + f.message()));
            if (s.report() != null && s.report().html() != null) {
                w.log("Report: " + s.report().html().toAbsolutePath());
            }
            if (ok > 0) {
                w.open(ViewInput.of(s.outcome().results().get(0).result()));
            }
        }, e -> error("Study " + entry.study().name() + " did not run", message(e)));
    }

    /** Runs (or re-runs, same id) an analysis on workspace datasets; the result opens in its preferred view. */
    void runAnalysis(Analysis a, String runId, List<String> inputs, Map<String, String> parameters) {
        AnalysisRun pending = AnalysisRun.pending(runId, a.id(), inputs, parameters);
        List<OpenedFile> files = ws().files();
        List<AnalysisRun> runs = ws().runs();
        w.tasks().start("Running " + a.label() + " (" + runId + ")", m -> runner().run(files, runs, pending, m), out -> {
            for (OpenedFile f : out.changedFiles()) {
                ws().putFile(f);
                w.log("File " + f.path() + " changed on disk since it was opened; re-read (SHA-256 now "
                        + f.sha256().substring(0, 12) + "…)");
            }
            AnalysisRun r = out.run();
            ws().putRun(r);
            if (r.result() != null) {
                Result res = r.result();
                w.log(runId + " (" + a.id() + "): " + res.values().size() + " value(s)"
                        + (res.warnings().isEmpty() ? "" : ", " + res.warnings().size() + " warning(s)"));
                res.warnings().forEach(x -> w.log("  warning: " + x));
                w.tree().select(ProjectNodes.Kind.RUN, runId);
                w.open(ViewInput.of(res));
            } else {
                error("Analysis " + runId + " failed", r.failure());
            }
        }, e -> error("Analysis " + runId + " failed", message(e)));
    }

    void saveSession(Path file) {
        Path target = file.getFileName().toString().endsWith("." + SessionFile.EXTENSION) ? file
                : file.resolveSibling(file.getFileName() + "." + SessionFile.EXTENSION);
        try {
            SessionFile.write(ws(), Themes.current(), w.software(), target);
            ws().saved(target);
            w.log("Session saved to " + target);
        } catch (IOException | RuntimeException e) {
            error("Cannot save the session to " + target, message(e) + "\nThe previous session file, if any, is unchanged.");
        }
    }

    /** Opens a session: files re-read and checked against their saved SHA-256, runs recomputed. */
    void openSession(Path file) {
        w.tasks().start("Opening session " + file.getFileName(),
                m -> SessionRestore.restore(SessionFile.read(file), runner(), m), restored -> {
                    w.editors().closeAll();
                    ws().clear();
                    restored.files().forEach(ws()::putFile);
                    restored.studies().forEach(ws()::putStudy);
                    restored.runs().forEach(ws()::putRun);
                    ws().saved(file);
                    if (!Themes.current().equals(restored.theme())) {
                        w.setTheme(restored.theme());
                    }
                    w.log("Session " + file + ": " + restored.files().size() + " file(s), " + restored.runs().size()
                            + " run(s)");
                    restored.problems().forEach(p -> w.log("  note: " + p));
                    if (!restored.problems().isEmpty()) {
                        notice("Session restored with notes", String.join("\n", restored.problems()));
                    }
                }, e -> error("Cannot open session " + file, message(e)));
    }

    /** Writes the report of the workspace's runs (the same report the CLI writes for a study). */
    void writeReport(Path dir) {
        List<OpenedFile> files = ws().files();
        List<AnalysisRun> runs = ws().runs().stream().filter(r -> r.status() != AnalysisRun.Status.SAVED).toList();
        Set<String> formats = new LinkedHashSet<>(List.of("html", "json", "csv", "svg"));
        String title = ws().sessionFile() == null ? "ElectroCat workbench"
                : ws().sessionFile().getFileName().toString().replace("." + SessionFile.EXTENSION, "");
        w.tasks().start("Writing report to " + dir, m -> runner().report(title, files, runs, dir, formats, m), out -> {
            w.log("Report: " + (out.outputs().html() == null ? dir : out.outputs().html().toAbsolutePath()) + " ("
                    + out.outputs().all().size() + " files)");
            out.outcome().failures().forEach(f -> w.log("  " + f.stepId() + ": FAILED: " + f.message()));
        }, e -> error("Cannot write the report to " + dir, message(e)));
    }

    // dialogs

    void chooseRaw() {
        JFileChooser fc = chooser("Open raw data files");
        fc.setMultiSelectionEnabled(true);
        if (fc.showOpenDialog(w) == JFileChooser.APPROVE_OPTION) {
            List<Path> paths = new ArrayList<>();
            for (java.io.File f : fc.getSelectedFiles()) {
                paths.add(f.toPath());
            }
            open(paths);
        }
    }

    void chooseStudy() {
        JFileChooser fc = chooser("Open study");
        fc.setFileFilter(new FileNameExtensionFilter("Study files (YAML)", "yaml", "yml"));
        if (fc.showOpenDialog(w) == JFileChooser.APPROVE_OPTION) {
            openStudy(fc.getSelectedFile().toPath());
        }
    }

    void chooseSession() {
        JFileChooser fc = chooser("Open session");
        fc.setFileFilter(new FileNameExtensionFilter("ElectroCat sessions", SessionFile.EXTENSION));
        if (fc.showOpenDialog(w) == JFileChooser.APPROVE_OPTION) {
            openSession(fc.getSelectedFile().toPath());
        }
    }

    void save(boolean ask) {
        if (!ask && ws().sessionFile() != null) {
            saveSession(ws().sessionFile());
            return;
        }
        JFileChooser fc = chooser("Save session");
        fc.setFileFilter(new FileNameExtensionFilter("ElectroCat sessions", SessionFile.EXTENSION));
        if (fc.showSaveDialog(w) == JFileChooser.APPROVE_OPTION) {
            saveSession(fc.getSelectedFile().toPath());
        }
    }

    void chooseReportFolder() {
        JFileChooser fc = chooser("Write the report into folder");
        fc.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (fc.showSaveDialog(w) == JFileChooser.APPROVE_OPTION) {
            writeReport(fc.getSelectedFile().toPath());
        }
    }

    private JFileChooser chooser(String title) {
        Path base = ws().sessionFile() != null ? ws().sessionFile().getParent() : Path.of("").toAbsolutePath();
        JFileChooser fc = new JFileChooser(base.toFile());
        fc.setDialogTitle(title);
        return fc;
    }

    /** Closes the window, asking first when the workspace has unsaved changes. */
    void exit() {
        if (ws().modified() && w.options().dialogs()) {
            int answer = JOptionPane.showConfirmDialog(w, "Save the session before closing?", "Unsaved changes",
                    JOptionPane.YES_NO_CANCEL_OPTION);
            if (answer == JOptionPane.CANCEL_OPTION || answer == JOptionPane.CLOSED_OPTION) {
                return;
            }
            if (answer == JOptionPane.YES_OPTION) {
                save(false);
                if (ws().modified()) {
                    return; // not saved (cancelled or failed): stay open
                }
            }
        }
        w.tasks().cancel();
        w.dispose();
    }

    void error(String title, String message) {
        w.log(title + ": " + message);
        if (w.options().dialogs()) {
            JOptionPane.showMessageDialog(w, message, title, JOptionPane.ERROR_MESSAGE);
        }
    }

    private void notice(String title, String message) {
        if (w.options().dialogs()) {
            JOptionPane.showMessageDialog(w, message, title, JOptionPane.WARNING_MESSAGE);
        }
    }

    static String message(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException nf) {
            return "file not found: " + nf.getFile() + (nf.getReason() != null ? " (" + nf.getReason() + ")" : "");
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
    }
}
