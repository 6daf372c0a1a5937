package org.electrocat.plugins.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.electrocat.plugins.InstalledPlugin;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.p2.Artifact;
import org.electrocat.plugins.p2.Feature;
import org.electrocat.plugins.p2.P2Repository;
import org.osgi.framework.Version;

/**
 * The features an installation brings in: the requested one, the features it includes, and the
 * features it requires ({@code <requires><import feature=...>}) that are not here yet. A required
 * feature is here when it is recorded as installed in a matching version, or when all its bundles
 * already run (the distribution's own features). A required feature that is neither here nor in
 * the repository is noted, not fatal: the bundles' own requirements, checked by the resolver,
 * decide whether the plugin can run.
 *
 * <p>Optional included features (a technique's workbench views, {@code <includes optional="true">})
 * are collected apart: they are parts the plugin works without, installed only when everything
 * they require is here already or comes with the plugin ({@link #missingFor}); they never bring
 * other features in (the workbench into a core-only distribution, say).
 */
final class FeatureClosure {

    private FeatureClosure() {
    }

    /**
     * Collects the mandatory closure of {@code f} into {@code out} (with the features each one
     * requires in {@code requires}) and its optional parts into {@code optional}.
     */
    static void collect(P2Repository repo, Feature f, List<InstalledPlugin> recorded, Predicate<Feature> running,
            Map<String, Feature> out, Map<String, List<String>> requires, List<String> notes, List<Feature> optional)
            throws IOException, PluginException {
        if (out.containsKey(f.id())) {
            return;
        }
        out.put(f.id(), f);
        List<String> req = new ArrayList<>();
        requires.put(f.id(), req);
        for (Feature.Include inc : f.includes()) {
            Artifact a = repo.artifact(Artifact.FEATURE, inc.id(), inc.version()).orElse(null);
            if (inc.optional()) {
                if (a == null) {
                    notes.add("optional part " + FeatureIds.shortName(inc.id()) + " is not in the repository");
                } else if (optional.stream().noneMatch(o -> o.id().equals(inc.id()))) {
                    optional.add(repo.feature(a));
                }
                continue;
            }
            if (a == null) {
                throw new PluginException(PluginException.Reason.REPOSITORY, f.id() + " includes " + inc.id() + " "
                        + inc.version() + ", which the repository does not have");
            }
            collect(repo, repo.feature(a), recorded, running, out, requires, notes, optional);
        }
        for (Feature.Import imp : f.requires()) {
            if (!imp.feature()) {
                continue; // bundle imports are in the bundles' manifests too, where the resolver checks them
            }
            InstalledPlugin ip = FrameworkPluginManager.find(recorded, imp.id());
            if (ip != null && imp.range().includes(Version.parseVersion(ip.version()))) {
                req.add(imp.id());
                continue;
            }
            Artifact a = repo.artifacts(Artifact.FEATURE, imp.id()).stream()
                    .filter(x -> imp.range().includes(x.version())).findFirst().orElse(null);
            if (a == null) {
                notes.add("requires feature " + imp.id() + " " + imp.range() + ", not in the repository: relying on"
                        + " the bundles' own requirements");
                continue;
            }
            Feature needed = repo.feature(a);
            if (running.test(needed)) {
                continue;
            }
            req.add(imp.id());
            collect(repo, needed, recorded, running, out, requires, notes, optional);
        }
    }

    /**
     * Why an optional part cannot come along, or {@code null} when every feature it requires is
     * here: recorded as installed in range, running, or among {@code coming} (installed with it).
     * The ids of the recorded and coming features it requires are added to {@code req}.
     */
    static String missingFor(P2Repository repo, Feature part, List<InstalledPlugin> recorded, Predicate<Feature> running,
            Map<String, Feature> coming, List<String> req) throws IOException, PluginException {
        for (Feature.Import imp : part.requires()) {
            if (!imp.feature()) {
                continue;
            }
            InstalledPlugin ip = FrameworkPluginManager.find(recorded, imp.id());
            Feature with = coming.get(imp.id());
            if (ip != null && imp.range().includes(Version.parseVersion(ip.version()))
                    || with != null && imp.range().includes(with.version())) {
                req.add(imp.id());
                continue;
            }
            Artifact a = repo.artifacts(Artifact.FEATURE, imp.id()).stream()
                    .filter(x -> imp.range().includes(x.version())).findFirst().orElse(null);
            if (a == null || !running.test(repo.feature(a))) {
                String label = a == null ? "" : " (" + repo.feature(a).label() + ")";
                return "it needs " + imp.id() + label + ", which is not here";
            }
        }
        return null;
    }
}
