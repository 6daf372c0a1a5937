package org.electrocat.plugins.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrocat.plugins.AvailablePlugin;
import org.electrocat.plugins.InstalledPlugin;
import org.electrocat.plugins.PluginChange;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.PluginManager;
import org.electrocat.plugins.p2.Artifact;
import org.electrocat.plugins.p2.Feature;
import org.electrocat.plugins.p2.FeatureGroup;
import org.electrocat.plugins.p2.P2Repository;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.resolver.Resolver;

/**
 * The {@link PluginManager} of the running framework: a Declarative Services component that needs
 * the OSGi {@link Resolver} service (bundle {@code org.apache.felix.resolver}). Operations are
 * serialized, within the process and, through {@link FolderLock}, between processes. See {@link InstallPlanner} for resolution, {@link PluginFiles} for checksums,
 * {@link FrameworkOps} for installing, starting, uninstalling and refreshing, {@link Removal}
 * and {@link Updates} for the other operations.
 */
@Component(service = PluginManager.class)
public final class FrameworkPluginManager implements PluginManager {

    private final BundleContext ctx;
    private final Resolver resolver;
    private final Folders folders;
    private final InstalledStore store;
    private final PluginFiles files;

    @Activate
    public FrameworkPluginManager(BundleContext ctx, @Reference Resolver resolver) {
        this(ctx, resolver, Folders.from(ctx::getProperty, System.getenv()));
    }

    FrameworkPluginManager(BundleContext ctx, Resolver resolver, Folders folders) {
        this.ctx = ctx;
        this.resolver = resolver;
        this.folders = folders;
        this.store = new InstalledStore(folders.plugins().resolve("installed.json"));
        this.files = new PluginFiles(folders.plugins());
    }

    @Override
    public Path pluginFolder() {
        return folders.plugins();
    }

    @Override
    public URI defaultRepository() {
        return folders.defaultRepository();
    }

    @Override
    public synchronized List<InstalledPlugin> installed() throws IOException {
        List<InstalledPlugin> list = new ArrayList<>(store.read());
        list.sort(Comparator.comparing(InstalledPlugin::id));
        return list;
    }

    @Override
    public synchronized List<AvailablePlugin> available(URI repository) throws IOException, PluginException {
        P2Repository repo = P2Repository.open(Repositories.toPath(repository));
        Map<String, FeatureGroup> newest = new LinkedHashMap<>();
        for (FeatureGroup g : repo.features()) {
            FeatureGroup seen = newest.get(g.id());
            if (seen == null || g.version().compareTo(seen.version()) > 0) {
                newest.put(g.id(), g);
            }
        }
        List<InstalledPlugin> recorded = store.read();
        List<AvailablePlugin> out = new ArrayList<>();
        for (FeatureGroup g : newest.values()) {
            InstalledPlugin ip = find(recorded, g.id());
            AvailablePlugin.State state;
            if (ip != null) {
                state = Version.parseVersion(ip.version()).compareTo(g.version()) < 0
                        ? AvailablePlugin.State.UPDATE_AVAILABLE : AvailablePlugin.State.INSTALLED;
            } else {
                state = inDistribution(repo, g.id(), g.version()) ? AvailablePlugin.State.IN_DISTRIBUTION
                        : AvailablePlugin.State.AVAILABLE;
            }
            out.add(new AvailablePlugin(g.id(), g.version().toString(), g.name(), g.description(), g.categories(), state,
                    ip == null ? null : ip.version()));
        }
        out.sort(Comparator.comparing(AvailablePlugin::id));
        return out;
    }

    @Override
    public synchronized PluginChange install(URI repository, String name) throws IOException, PluginException {
        try (FolderLock lock = FolderLock.acquire(folders.plugins())) {
            return installLocked(repository, name);
        }
    }

    private PluginChange installLocked(URI repository, String name) throws IOException, PluginException {
        P2Repository repo = P2Repository.open(Repositories.toPath(repository));
        Artifact featureJar = featureArtifact(repo, name);
        List<InstalledPlugin> recorded = new ArrayList<>(store.read());
        InstalledPlugin already = find(recorded, featureJar.id());
        if (already != null) {
            String note = already.version().equals(featureJar.version().toString()) ? "already installed"
                    : "version " + already.version() + " is installed; 'electrocat plugins update' installs " + featureJar.version();
            return unchanged(featureJar, note);
        }
        Map<String, Feature> features = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Map<String, List<String>> requires = new LinkedHashMap<>();
        List<Feature> optional = new ArrayList<>();
        FeatureClosure.collect(repo, repo.feature(featureJar), recorded, this::allInstalled, features, requires, notes,
                optional);
        Set<String> keys = installedKeys(Set.of());
        var wirings = FrameworkOps.wirings(ctx, Set.of());
        InstallPlanner.Plan plan = InstallPlanner.plan(repo, new ArrayList<>(features.values()), keys, wirings, resolver);
        plan = OptionalParts.add(repo, optional, features, requires, recorded, this::allInstalled, plan, keys, wirings,
                resolver, notes).plan();
        if (plan.install().isEmpty()) {
            return unchanged(featureJar, "its bundles already run here: they came with the distribution");
        }
        Map<Path, String> copied = files.copyVerified(new ArrayList<>(plan.install().values()));
        List<Bundle> started;
        try {
            started = FrameworkOps.installAndStart(ctx, new ArrayList<>(copied.keySet()));
        } catch (PluginException e) {
            PluginFiles.delete(new ArrayList<>(copied.keySet()));
            throw e;
        }
        List<Bundle> silent = FrameworkOps.awaitComponents(started, FrameworkOps.WAIT_MS);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (Feature f : features.values()) {
            List<String> parts = f.includes().stream().map(Feature.Include::id).filter(features::containsKey).toList();
            recorded.add(record(f, repo, now, requires.getOrDefault(f.id(), List.of()), plan, copied, recorded, parts));
        }
        store.write(recorded);
        if (!silent.isEmpty()) {
            notes.add("no services registered yet by " + names(silent));
        }
        notes.add(0, "active now, no restart needed");
        return new PluginChange(featureJar.id(), featureJar.version().toString(), PluginChange.Action.INSTALLED,
                names(started), List.of(), false, String.join("; ", notes));
    }

    @Override
    public synchronized List<PluginChange> update(URI repository) throws IOException, PluginException {
        P2Repository repo = P2Repository.open(Repositories.toPath(repository));
        try (FolderLock lock = FolderLock.acquire(folders.plugins())) {
            return new Updates(ctx, resolver, store, files, this).run(repo);
        }
    }

    @Override
    public synchronized PluginChange remove(String name) throws IOException, PluginException {
        try (FolderLock lock = FolderLock.acquire(folders.plugins())) {
            return removeLocked(name);
        }
    }

    private PluginChange removeLocked(String name) throws IOException, PluginException {
        List<InstalledPlugin> recorded = new ArrayList<>(store.read());
        InstalledPlugin target = null;
        for (String id : FeatureIds.candidates(name)) {
            target = target != null ? target : find(recorded, id);
        }
        if (target == null) {
            throw new PluginException(PluginException.Reason.NOT_FOUND, "'" + name + "' is not installed by the plugin"
                    + " manager (installed: " + (recorded.isEmpty() ? "none" : String.join(", ",
                            recorded.stream().map(p -> FeatureIds.shortName(p.id())).toList()))
                    + "); plugins that came with the distribution are removed by using the core distribution");
        }
        return new Removal(ctx, store, files).run(target, recorded);
    }

    // ---- shared helpers (also used by Updates) ----

    /** {@code name_version} of every bundle in the framework except {@code except}. */
    Set<String> installedKeys(Set<Bundle> except) {
        Set<String> keys = new HashSet<>();
        for (Bundle b : ctx.getBundles()) {
            if (!except.contains(b) && b.getSymbolicName() != null) {
                keys.add(b.getSymbolicName() + "_" + b.getVersion());
            }
        }
        return keys;
    }

    /** True when every bundle of the feature is in the framework (any version). */
    boolean allInstalled(Feature f) {
        for (Feature.PluginRef p : f.plugins()) {
            boolean found = false;
            for (Bundle b : ctx.getBundles()) {
                found |= p.id().equals(b.getSymbolicName());
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private boolean inDistribution(P2Repository repo, String id, Version version) {
        try {
            Artifact a = repo.artifact(Artifact.FEATURE, id, version).orElse(null);
            return a != null && allInstalled(repo.feature(a));
        } catch (IOException | PluginException e) {
            return false;
        }
    }

    /** The installed.json record of a feature just installed. */
    InstalledPlugin record(Feature f, P2Repository repo, Instant when, List<String> requires, InstallPlanner.Plan plan,
            Map<Path, String> copied, List<InstalledPlugin> recorded, List<String> parts) {
        List<InstalledPlugin.InstalledBundle> bundles = new ArrayList<>();
        for (InstallPlanner.BundleRef r : plan.byFeature().get(f.id())) {
            String fileName = PluginFiles.fileName(r.symbolicName(), r.version());
            String sha = copied.get(files.path(fileName));
            if (sha == null) {
                sha = recorded.stream().flatMap(p -> p.bundles().stream())
                        .filter(b -> fileName.equals(b.file())).map(InstalledPlugin.InstalledBundle::sha256)
                        .findFirst().orElse(null);
            }
            bundles.add(new InstalledPlugin.InstalledBundle(r.symbolicName(), r.version().toString(),
                    sha == null ? null : fileName, sha, plan.dependencies().contains(r)));
        }
        return new InstalledPlugin(f.id(), f.version().toString(), f.label(), repo.location().toUri().toString(), when,
                requires, bundles, parts);
    }

    /** The newest feature jar the user's name stands for. */
    static Artifact featureArtifact(P2Repository repo, String name) throws PluginException {
        for (String id : FeatureIds.candidates(name)) {
            List<Artifact> found = repo.artifacts(Artifact.FEATURE, id);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        List<String> offered = repo.features().stream().map(g -> FeatureIds.shortName(g.id())).distinct().toList();
        throw new PluginException(PluginException.Reason.NOT_FOUND, "no plugin '" + name + "' in the repository "
                + repo.location() + " (it offers: " + (offered.isEmpty() ? "nothing" : String.join(", ", offered)) + ")");
    }

    static InstalledPlugin find(List<InstalledPlugin> recorded, String id) {
        return recorded.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    static List<String> names(List<Bundle> bundles) {
        return bundles.stream().map(b -> b.getSymbolicName() + " " + b.getVersion()).toList();
    }

    private static PluginChange unchanged(Artifact feature, String note) {
        return new PluginChange(feature.id(), feature.version().toString(), PluginChange.Action.UNCHANGED, List.of(),
                List.of(), false, note);
    }
}
