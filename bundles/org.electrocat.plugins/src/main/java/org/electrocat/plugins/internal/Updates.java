package org.electrocat.plugins.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrocat.plugins.InstalledPlugin;
import org.electrocat.plugins.PluginChange;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.p2.Artifact;
import org.electrocat.plugins.p2.Feature;
import org.electrocat.plugins.p2.P2Repository;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.resolver.Resolver;

/**
 * Replaces installed plugins with newer versions from a repository, one plugin at a time: the new
 * version is resolved against the framework without the bundles it replaces (the plugin's own
 * bundles the new version does not list; dependencies the resolver brought in stay and remain
 * recorded with the plugin), its files are copied
 * and verified, the old bundles are uninstalled, the new ones installed and started, and the
 * wiring refreshed so that other bundles move to the new classes. If the new bundles cannot
 * start, the old ones (whose files are still there) are installed and started again.
 */
final class Updates {

    private final BundleContext ctx;
    private final Resolver resolver;
    private final InstalledStore store;
    private final PluginFiles files;
    private final FrameworkPluginManager manager;

    Updates(BundleContext ctx, Resolver resolver, InstalledStore store, PluginFiles files, FrameworkPluginManager manager) {
        this.ctx = ctx;
        this.resolver = resolver;
        this.store = store;
        this.files = files;
        this.manager = manager;
    }

    List<PluginChange> run(P2Repository repo) throws IOException, PluginException {
        List<PluginChange> changes = new ArrayList<>();
        for (InstalledPlugin ip : store.read()) {
            List<Artifact> versions = repo.artifacts(Artifact.FEATURE, ip.id());
            Version current = Version.parseVersion(ip.version());
            if (versions.isEmpty() || versions.get(0).version().compareTo(current) <= 0) {
                changes.add(new PluginChange(ip.id(), ip.version(), PluginChange.Action.UNCHANGED, List.of(), List.of(),
                        false, versions.isEmpty() ? "not in this repository" : "up to date"));
                continue;
            }
            changes.add(update(repo, ip, repo.feature(versions.get(0))));
        }
        return changes;
    }

    private PluginChange update(P2Repository repo, InstalledPlugin ip, Feature next) throws IOException, PluginException {
        List<InstalledPlugin> recorded = new ArrayList<>(store.read());
        Set<String> shared = new HashSet<>();
        for (InstalledPlugin p : recorded) {
            if (!p.id().equals(ip.id())) {
                p.bundles().forEach(b -> shared.add(b.symbolicName() + "_" + b.version()));
            }
        }
        Set<String> kept = new HashSet<>();
        next.plugins().forEach(p -> kept.add(p.id() + "_" + p.version()));
        Map<Bundle, Path> replaced = new LinkedHashMap<>();
        for (InstalledPlugin.InstalledBundle b : ip.bundles()) {
            String key = b.symbolicName() + "_" + b.version();
            Bundle running = FrameworkOps.find(ctx, b.symbolicName(), Version.parseVersion(b.version()));
            if (b.file() != null && running != null && !b.dependency() && !shared.contains(key) && !kept.contains(key)) {
                replaced.put(running, files.path(b.file()));
            }
        }
        InstallPlanner.Plan plan = InstallPlanner.plan(repo, List.of(next), manager.installedKeys(replaced.keySet()),
                FrameworkOps.wirings(ctx, replaced.keySet()), resolver);
        Map<Path, String> copied = files.copyVerified(new ArrayList<>(plan.install().values()));
        List<String> removed = FrameworkPluginManager.names(new ArrayList<>(replaced.keySet()));
        FrameworkOps.uninstall(replaced.keySet());
        List<Bundle> started;
        try {
            started = FrameworkOps.installAndStart(ctx, new ArrayList<>(copied.keySet()));
        } catch (PluginException e) {
            PluginFiles.delete(new ArrayList<>(copied.keySet()));
            FrameworkOps.refresh(ctx, replaced.keySet());
            FrameworkOps.installAndStart(ctx, new ArrayList<>(replaced.values()));
            throw new PluginException(e.reason(), "update of " + FeatureIds.shortName(ip.id()) + " to " + next.version()
                    + " failed, version " + ip.version() + " restored: " + e.getMessage(), e);
        }
        boolean clean = FrameworkOps.refresh(ctx, replaced.keySet());
        FrameworkOps.awaitComponents(started, FrameworkOps.WAIT_MS);
        List<Path> oldFiles = new ArrayList<>(replaced.values());
        oldFiles.removeAll(copied.keySet());
        PluginFiles.delete(oldFiles);
        int at = recorded.indexOf(FrameworkPluginManager.find(recorded, ip.id()));
        InstalledPlugin updated = manager.record(next, repo, Instant.now().truncatedTo(ChronoUnit.SECONDS), ip.requires(),
                plan, copied, recorded, ip.includes());
        List<InstalledPlugin.InstalledBundle> bundles = new ArrayList<>(updated.bundles());
        for (InstalledPlugin.InstalledBundle old : ip.bundles()) {
            // dependencies stay installed (others may use them); they go when the plugin is removed
            if (old.dependency() && bundles.stream().noneMatch(b -> b.symbolicName().equals(old.symbolicName())
                    && b.version().equals(old.version()))) {
                bundles.add(old);
            }
        }
        recorded.set(at, new InstalledPlugin(updated.id(), updated.version(), updated.label(), updated.repository(),
                updated.installed(), updated.requires(), bundles, updated.includes()));
        store.write(recorded);
        return new PluginChange(ip.id(), next.version().toString(), PluginChange.Action.UPDATED,
                FrameworkPluginManager.names(started), removed, !clean,
                "updated from " + ip.version() + (clean ? ", active now, no restart needed" : "; restart ElectroCat to"
                        + " release the old version completely"));
    }
}
