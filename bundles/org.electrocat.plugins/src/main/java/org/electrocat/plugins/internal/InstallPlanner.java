package org.electrocat.plugins.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.p2.Artifact;
import org.electrocat.plugins.p2.Feature;
import org.electrocat.plugins.p2.P2Repository;
import org.electrocat.plugins.resolve.PluginResolveContext;
import org.electrocat.plugins.resolve.ResolutionFailure;
import org.electrocat.plugins.resource.BundleResource;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.resource.Capability;
import org.osgi.resource.Resource;
import org.osgi.resource.Wire;
import org.osgi.resource.Wiring;
import org.osgi.service.resolver.ResolutionException;
import org.osgi.service.resolver.Resolver;

/**
 * Decides what to install for a set of features: their bundles are the mandatory resources, every
 * other bundle of the repository is a candidate, the running framework's wirings are fixed, and
 * the OSGi {@link Resolver} says which candidates must come too. A resolution failure becomes a
 * {@link PluginException} explained by {@link ResolutionFailure}.
 */
final class InstallPlanner {

    /** A bundle by name and version. */
    record BundleRef(String symbolicName, Version version) {
        static BundleRef of(Artifact a) {
            return new BundleRef(a.id(), a.version());
        }

        @Override
        public String toString() {
            return symbolicName + " " + version;
        }
    }

    /**
     * The outcome.
     *
     * @param install   bundles to copy, install and start, with their repository artifacts
     * @param byFeature    each feature's bundles (installed ones included), extra dependencies under the first feature
     * @param dependencies the bundles the resolver added that no feature lists
     */
    record Plan(Map<BundleResource, Artifact> install, Map<String, List<BundleRef>> byFeature, Set<BundleRef> dependencies) {
    }

    private InstallPlanner() {
    }

    /**
     * @param installed names and versions of every bundle in the framework ({@code name_version})
     * @param wirings   the framework's wirings the resolution must respect
     */
    static Plan plan(P2Repository repo, List<Feature> features, Set<String> installed, Map<Resource, Wiring> wirings,
            Resolver resolver) throws IOException, PluginException {
        return plan(repo, features, installed, wirings, resolver, a -> true);
    }

    /**
     * A plan in which only the features' own bundles and the repository bundles {@code mayBringIn}
     * accepts can be installed (an optional part may use what its plugin brings, nothing more).
     */
    static Plan plan(P2Repository repo, List<Feature> features, Set<String> installed, Map<Resource, Wiring> wirings,
            Resolver resolver, Predicate<Artifact> mayBringIn) throws IOException, PluginException {
        Set<String> own = new java.util.HashSet<>();
        List<Resource> mandatory = new ArrayList<>();
        Map<String, List<BundleRef>> byFeature = new LinkedHashMap<>();
        for (Feature f : features) {
            List<BundleRef> refs = new ArrayList<>();
            for (Feature.PluginRef p : f.plugins()) {
                Artifact a = repo.artifact(Artifact.BUNDLE, p.id(), p.version()).orElseThrow(() -> new PluginException(
                        PluginException.Reason.REPOSITORY, "feature " + f.id() + " lists bundle " + p.id() + " "
                                + p.version() + ", which the repository " + repo.location() + " does not have"));
                refs.add(BundleRef.of(a));
                own.add(a.key());
                if (!installed.contains(a.key())) {
                    mandatory.add(repo.bundle(a));
                }
            }
            byFeature.put(f.id(), refs);
        }
        Map<BundleResource, Artifact> byResource = new LinkedHashMap<>();
        List<Resource> candidates = new ArrayList<>();
        List<Artifact> bundles = new ArrayList<>(repo.artifacts().stream()
                .filter(a -> a.classifier().equals(Artifact.BUNDLE)).toList());
        bundles.sort(Comparator.comparing(Artifact::id).thenComparing(Artifact::version, Comparator.reverseOrder()));
        for (Artifact a : bundles) {
            if (installed.contains(a.key()) || !own.contains(a.key()) && !mayBringIn.test(a)) {
                continue;
            }
            BundleResource r;
            try {
                r = repo.bundle(a);
            } catch (PluginException e) {
                continue; // an unreadable bundle nobody asked for must not block the others
            }
            if (!isFramework(r)) {
                candidates.add(r);
                byResource.put(r, a);
            }
        }
        if (mandatory.isEmpty()) {
            return new Plan(Map.of(), byFeature, Set.of());
        }
        PluginResolveContext ctx = new PluginResolveContext(mandatory, wirings, candidates);
        Map<Resource, List<Wire>> result;
        try {
            result = resolver.resolve(ctx);
        } catch (ResolutionException e) {
            throw new PluginException(PluginException.Reason.UNRESOLVABLE, "cannot install " + names(features) + ": "
                    + String.join("; ", ResolutionFailure.explain(e, ctx)), e);
        }
        Map<BundleResource, Artifact> install = new LinkedHashMap<>();
        for (Resource r : result.keySet()) {
            if (r instanceof BundleResource br && byResource.containsKey(br)) {
                install.put(br, byResource.get(br));
            }
        }
        String first = features.get(0).id();
        Set<BundleRef> dependencies = new java.util.HashSet<>();
        for (Map.Entry<BundleResource, Artifact> e : install.entrySet()) {
            BundleRef ref = BundleRef.of(e.getValue());
            if (byFeature.values().stream().noneMatch(l -> l.contains(ref))) {
                byFeature.get(first).add(ref);
                dependencies.add(ref);
            }
        }
        return new Plan(install, byFeature, dependencies);
    }

    /** A framework implementation (it exports org.osgi.framework): only ever the system bundle, never installed. */
    private static boolean isFramework(BundleResource r) {
        for (Capability c : r.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
            if ("org.osgi.framework".equals(c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                return true;
            }
        }
        return false;
    }

    private static String names(List<Feature> features) {
        List<String> n = new ArrayList<>();
        for (Feature f : features) {
            n.add(FeatureIds.shortName(f.id()) + " " + f.version());
        }
        return String.join(" + ", n);
    }
}
