package org.electrocat.plugins.ui;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.electrocat.plugins.AvailablePlugin;
import org.electrocat.plugins.InstalledPlugin;
import org.electrocat.plugins.PluginChange;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.PluginManager;

/**
 * A plugin manager for the dialog's tests, standing in for the platform's (which needs a running
 * OSGi framework): one repository folder offering echem (installable), ms (installed, a newer
 * version offered), platform (in the distribution), a tampered plugin, one built for API 2 and one
 * with a missing dependency; failures carry the messages the real manager writes (see PluginsIT).
 * Records the threads its operations ran on. Removing ms needs a restart.
 */
public final class FakeManager implements PluginManager {

    final Path repository;
    final Path plugins;
    final List<String> threads = new CopyOnWriteArrayList<>();
    private final Map<String, String> offered = new LinkedHashMap<>(); // id -> version
    private final Map<String, String> installed = new LinkedHashMap<>();

    public FakeManager(Path dir) throws IOException {
        repository = Files.createDirectories(dir.resolve("repository"));
        plugins = Files.createDirectories(dir.resolve("user/plugins"));
        offered.put("org.electrocat.echem.feature", "0.1.0.v20261125");
        offered.put("org.electrocat.ms.feature", "0.2.0.v20261125");
        offered.put("org.electrocat.ms.ui.feature", "0.2.0.v20261125");
        offered.put("org.electrocat.platform.feature", "0.1.0.v20261125");
        offered.put("org.example.tampered.feature", "1.0.0");
        offered.put("org.example.future.feature", "1.0.0");
        offered.put("org.example.orphan.feature", "1.0.0");
        installed.put("org.electrocat.ms.feature", "0.1.0.v20261101");
    }

    private void check(URI repo) throws PluginException {
        threads.add(Thread.currentThread().getName());
        if (!"file".equals(repo.getScheme()) || !Path.of(repo).equals(repository)) {
            throw new PluginException(PluginException.Reason.REPOSITORY, "no p2 repository at " + repo
                    + ": artifacts.jar and artifacts.xml are missing");
        }
    }

    @Override
    public Path pluginFolder() {
        return plugins;
    }

    @Override
    public URI defaultRepository() {
        return repository.toUri();
    }

    @Override
    public synchronized List<InstalledPlugin> installed() {
        List<InstalledPlugin> out = new ArrayList<>();
        installed.forEach((id, v) -> out.add(new InstalledPlugin(id, v, PluginManager.shortName(id), repository.toUri()
                .toString(), Instant.parse("2026-11-25T12:00:00Z"), List.of(), List.of())));
        return out;
    }

    @Override
    public synchronized List<AvailablePlugin> available(URI repo) throws PluginException {
        check(repo);
        List<AvailablePlugin> out = new ArrayList<>();
        offered.forEach((id, v) -> {
            String have = installed.get(id);
            AvailablePlugin.State s = id.contains("platform") ? AvailablePlugin.State.IN_DISTRIBUTION
                    : have == null ? AvailablePlugin.State.AVAILABLE
                    : have.equals(v) ? AvailablePlugin.State.INSTALLED : AvailablePlugin.State.UPDATE_AVAILABLE;
            out.add(new AvailablePlugin(id, v, PluginManager.shortName(id), "", List.of("techniques"), s, have));
        });
        return out;
    }

    @Override
    public synchronized PluginChange install(URI repo, String id) throws PluginException {
        check(repo);
        switch (id) {
            case "org.example.tampered.feature" -> throw new PluginException(PluginException.Reason.CHECKSUM,
                    "org.example.tampered_1.0.0.jar: SHA-256 is 9f86d081… but the repository says 2c26b46b…;"
                            + " the file was altered or damaged, refused");
            case "org.example.future.feature" -> throw new PluginException(PluginException.Reason.UNRESOLVABLE,
                    "cannot install org.example.future 1.0.0: plugin org.example.future 1.0.0 needs org.electrocat.api"
                            + " [2.0,3) but this platform provides 1.0.0");
            case "org.example.orphan.feature" -> throw new PluginException(PluginException.Reason.UNRESOLVABLE,
                    "cannot install org.example.orphan 1.0.0: plugin org.example.orphan 1.0.0 needs org.example.lib"
                            + " [1.0,2) but neither this platform nor the repository provides it");
            default -> {
                if (!offered.containsKey(id)) {
                    throw new PluginException(PluginException.Reason.NOT_FOUND, "no plugin '" + id + "' in the repository");
                }
                installed.put(id, offered.get(id));
                return new PluginChange(id, offered.get(id), PluginChange.Action.INSTALLED, List.of(id.replace(".feature", "")
                        + " " + offered.get(id)), List.of(), false, "active now, no restart needed");
            }
        }
    }

    @Override
    public synchronized List<PluginChange> update(URI repo) throws PluginException {
        check(repo);
        List<PluginChange> out = new ArrayList<>();
        for (Map.Entry<String, String> e : installed.entrySet()) {
            String next = offered.get(e.getKey());
            if (next != null && !next.equals(e.getValue())) {
                out.add(new PluginChange(e.getKey(), next, PluginChange.Action.UPDATED, List.of(), List.of(), false,
                        "updated from " + e.getValue() + ", active now, no restart needed"));
                e.setValue(next);
            } else {
                out.add(new PluginChange(e.getKey(), e.getValue(), PluginChange.Action.UNCHANGED, List.of(), List.of(),
                        false, "up to date"));
            }
        }
        return out;
    }

    @Override
    public synchronized PluginChange remove(String id) throws PluginException {
        threads.add(Thread.currentThread().getName());
        String v = installed.remove(id);
        if (v == null) {
            throw new PluginException(PluginException.Reason.NOT_FOUND, "'" + id + "' is not installed");
        }
        boolean restart = id.contains(".ms.");
        return new PluginChange(id, v, PluginChange.Action.REMOVED, List.of(), List.of(id.replace(".feature", "") + " " + v),
                restart, restart ? "restart ElectroCat to release it completely" : "no restart needed");
    }
}
