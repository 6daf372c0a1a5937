package org.electrocat.plugins.ui;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.electrocat.plugins.AvailablePlugin;
import org.electrocat.plugins.InstalledPlugin;
import org.electrocat.plugins.PluginChange;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.PluginManager;

/**
 * What the plugin dialog shows and does, without Swing: the chosen repository (a folder or a
 * {@code file:} URL), one row per plugin the repository offers or this installation has, which of
 * install, update and remove apply, the operation running (one at a time, on the executor given,
 * never on the caller's thread), its outcome as a status line, a failure as a {@link Problem} with
 * a title that says what kind of failure it is, and a restart notice when the manager says a change
 * completes only after a restart. Listeners are told after every change, on the executor's thread.
 */
public final class PluginsModel {

    /** Told after any change of the model's state. */
    @FunctionalInterface
    public interface Listener {
        void changed();
    }

    /**
     * A plugin as the dialog lists it.
     *
     * @param id               feature id
     * @param name             short name ({@code ms}, {@code ms.ui})
     * @param technique        the technique it belongs to ({@link #technique})
     * @param version          the repository's version, or the installed one when the repository lacks it
     * @param installedVersion the version installed by the manager, or {@code null}
     * @param state            in words: available, installed, update to X, in distribution, installed (not in
     *                         this repository)
     * @param label            display name
     */
    public record Row(String id, String name, String technique, String version, String installedVersion, String state,
            String label) {

        /** Not here yet: install applies. */
        public boolean installable() {
            return state.equals(AVAILABLE);
        }

        /** Installed by the plugin manager: remove applies (distribution plugins are not). */
        public boolean removable() {
            return installedVersion != null;
        }

        /** The repository has a newer version. */
        public boolean updatable() {
            return state.startsWith("update");
        }
    }

    /**
     * A failed operation, for the user.
     *
     * @param title  what kind of failure, e.g. {@code Checksum mismatch}
     * @param detail the manager's message (which plugin, which file, which versions)
     */
    public record Problem(String title, String detail) {
    }

    /**
     * The model's state at one moment (read under one lock, so that busy, status and problem agree).
     *
     * @param rows     the plugins
     * @param busy     whether an operation runs
     * @param status   the status line
     * @param problem  the last failure, or {@code null}
     * @param restart  restart notices
     */
    public record Snapshot(List<Row> rows, boolean busy, String status, Problem problem, List<String> restart) {
    }

    static final String AVAILABLE = "available";

    private final PluginManager manager;
    private final Executor executor;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private URI repository;
    private List<Row> rows = List.of();
    private boolean busy;
    private String status = "";
    private Problem problem;
    private final List<String> restart = new ArrayList<>();

    /**
     * @param executor runs the manager's operations (a background thread in the workbench)
     */
    public PluginsModel(PluginManager manager, Executor executor) {
        this.manager = Objects.requireNonNull(manager, "plugin manager");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.repository = manager.defaultRepository();
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public synchronized URI repository() {
        return repository;
    }

    /** The repository as the user typed it: a folder path or a URL ({@code file:...}). Reload with {@link #refresh}. */
    public synchronized void setRepository(String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("give a repository: a folder or a file: URL");
        }
        repository = PluginManager.repositoryUri(location);
    }

    /** Everything at once, consistently. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(rows, busy, status, problem, List.copyOf(restart));
    }

    public synchronized List<Row> rows() {
        return rows;
    }

    /** The row of a plugin, by feature id. */
    public synchronized java.util.Optional<Row> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public synchronized boolean busy() {
        return busy;
    }

    public synchronized String status() {
        return status;
    }

    /** The last operation's failure, or {@code null}. */
    public synchronized Problem problem() {
        return problem;
    }

    /** What needs a restart to complete, one line per change; empty when nothing does. */
    public synchronized List<String> restartNotices() {
        return List.copyOf(restart);
    }

    /** True when some installed plugin has a newer version in the repository. */
    public synchronized boolean updatable() {
        return rows.stream().anyMatch(Row::updatable);
    }

    /** Reads the installed set and the repository's plugins. */
    public void refresh() {
        run("Reading " + repository(), () -> null);
    }

    /** Installs a plugin (and what it needs) from the repository. */
    public void install(String id) {
        run("Installing " + PluginManager.shortName(id), () -> describe(manager.install(repository(), id)));
    }

    /** Installs the newer versions the repository has of the installed plugins. */
    public void update() {
        run("Updating from " + repository(), () -> {
            List<PluginChange> changes = manager.update(repository());
            List<String> lines = new ArrayList<>();
            for (PluginChange c : changes) {
                if (c.action() != PluginChange.Action.UNCHANGED) {
                    lines.add(describe(c));
                }
            }
            return lines.isEmpty() ? "Everything is up to date" : String.join("; ", lines);
        });
    }

    /** Stops and removes an installed plugin. */
    public void remove(String id) {
        run("Removing " + PluginManager.shortName(id), () -> describe(manager.remove(id)));
    }

    /** An operation: returns the status line of its success, or {@code null} for a plain reload. */
    private interface Operation {
        String run() throws IOException, PluginException;
    }

    private void run(String what, Operation op) {
        synchronized (this) {
            if (busy) {
                throw new IllegalStateException("another plugin operation is running: " + status);
            }
            busy = true;
            status = what + "…";
            problem = null;
        }
        fire();
        executor.execute(() -> {
            String done = null;
            Problem failed = null;
            try {
                String changed = op.run();
                List<Row> fresh = load();
                synchronized (this) {
                    rows = fresh;
                }
                done = changed != null ? changed : "Repository " + repository() + ": " + fresh.size() + " plugins";
            } catch (PluginException e) {
                failed = Problems.of(e);
            } catch (IOException | RuntimeException e) {
                failed = new Problem("Cannot read the plugin folder or repository", String.valueOf(e.getMessage()));
            }
            synchronized (this) {
                busy = false;
                problem = failed;
                status = failed == null ? done : what + " failed";
            }
            fire();
        });
    }

    /** Installed plugins and the repository's, one row each, by id. */
    private List<Row> load() throws IOException, PluginException {
        List<InstalledPlugin> installed = manager.installed();
        List<AvailablePlugin> offered = manager.available(repository());
        List<Row> out = new ArrayList<>();
        for (AvailablePlugin a : offered) {
            String state = switch (a.state()) {
                case AVAILABLE -> AVAILABLE;
                case INSTALLED -> "installed";
                case UPDATE_AVAILABLE -> "update to " + a.version();
                case IN_DISTRIBUTION -> "in distribution";
            };
            out.add(new Row(a.id(), PluginManager.shortName(a.id()), technique(a.id()), a.version(), a.installedVersion(),
                    state, a.label()));
        }
        for (InstalledPlugin p : installed) {
            if (offered.stream().noneMatch(a -> a.id().equals(p.id()))) {
                out.add(new Row(p.id(), PluginManager.shortName(p.id()), technique(p.id()), p.version(), p.version(),
                        "installed (not in this repository)", p.label()));
            }
        }
        out.sort(java.util.Comparator.comparing(Row::id));
        return List.copyOf(out);
    }

    /**
     * The technique a plugin belongs to: its short name without a {@code .ui} suffix (the views of
     * {@code ms} belong to {@code ms}), the last part of a third party's name
     * ({@code com.example.uvvis.feature} gives {@code uvvis}).
     */
    public static String technique(String featureId) {
        String s = PluginManager.shortName(featureId);
        s = s.endsWith(".ui") ? s.substring(0, s.length() - 3) : s;
        return s.contains(".") ? s.substring(s.lastIndexOf('.') + 1) : s;
    }

    /** The status line of a change; a change that needs a restart adds a restart notice too. */
    private String describe(PluginChange c) {
        String verb = switch (c.action()) {
            case INSTALLED -> "Installed";
            case UPDATED -> "Updated";
            case REMOVED -> "Removed";
            case UNCHANGED -> "Unchanged:";
        };
        String line = verb + " " + PluginManager.shortName(c.id()) + " " + c.version()
                + (c.note().isEmpty() ? "" : " (" + c.note() + ")");
        if (c.restartNeeded()) {
            synchronized (this) {
                restart.add(line);
            }
        }
        return line;
    }

    private void fire() {
        for (Listener l : listeners) {
            l.changed();
        }
    }
}
