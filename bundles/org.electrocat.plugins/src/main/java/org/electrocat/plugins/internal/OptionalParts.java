package org.electrocat.plugins.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.electrocat.plugins.InstalledPlugin;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.p2.Artifact;
import org.electrocat.plugins.p2.Feature;
import org.electrocat.plugins.p2.P2Repository;
import org.osgi.resource.Resource;
import org.osgi.resource.Wiring;
import org.osgi.service.resolver.Resolver;

/**
 * Adds a plugin's optional parts ({@code <includes optional="true">}, e.g. a technique's workbench
 * views) to its installation when they can come, and says why when they cannot. A part comes when
 * every feature it requires is here or comes with the plugin ({@link FeatureClosure#missingFor}) and
 * its bundles resolve against what runs plus what the plugin brings ({@link InstallPlanner} with the
 * candidates limited to those): so a core-only distribution, which has no workbench, gets the
 * technique without its views and a note, and a distribution with the workbench gets both.
 */
final class OptionalParts {

    /**
     * What was decided.
     *
     * @param plan  the installation plan, with the parts that come
     * @param parts ids of the parts that come
     */
    record Outcome(InstallPlanner.Plan plan, List<String> parts) {
    }

    private OptionalParts() {
    }

    /**
     * @param features the features being installed; the parts that come are added
     * @param requires required feature ids per feature; the parts' are added
     * @param notes    one note per part that does not come, and one per part that does
     */
    static Outcome add(P2Repository repo, List<Feature> optional, Map<String, Feature> features,
            Map<String, List<String>> requires, List<InstalledPlugin> recorded, Predicate<Feature> running,
            InstallPlanner.Plan plan, Set<String> installedKeys, Map<Resource, Wiring> wirings, Resolver resolver,
            List<String> notes) throws IOException, PluginException {
        List<String> parts = new ArrayList<>();
        for (Feature part : optional) {
            String name = FeatureIds.shortName(part.id());
            if (features.containsKey(part.id()) || FrameworkPluginManager.find(recorded, part.id()) != null) {
                continue;
            }
            List<String> req = new ArrayList<>();
            String missing = FeatureClosure.missingFor(repo, part, recorded, running, features, req);
            if (missing != null) {
                notes.add("optional part " + name + " not installed: " + missing);
                continue;
            }
            Set<String> brought = new HashSet<>();
            for (Artifact a : plan.install().values()) {
                brought.add(a.key());
            }
            List<Feature> with = new ArrayList<>(features.values());
            with.add(part);
            try {
                plan = InstallPlanner.plan(repo, with, installedKeys, wirings, resolver, a -> brought.contains(a.key()));
            } catch (PluginException e) {
                if (e.reason() != PluginException.Reason.UNRESOLVABLE) {
                    throw e;
                }
                notes.add("optional part " + name + " not installed: " + e.getMessage());
                continue;
            }
            features.put(part.id(), part);
            requires.put(part.id(), req);
            parts.add(part.id());
            notes.add("with its optional part " + name);
        }
        return new Outcome(plan, parts);
    }
}
