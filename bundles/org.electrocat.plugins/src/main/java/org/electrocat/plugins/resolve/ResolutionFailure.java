package org.electrocat.plugins.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.electrocat.plugins.resource.BasicRequirement;
import org.electrocat.plugins.resource.BundleResource;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.ExecutionEnvironmentNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.service.resolver.ResolutionException;

/**
 * Explains a failed resolution in the words of the plugin's manifest, e.g. "plugin
 * org.example.uvvis 1.0.0 needs org.electrocat.api [2.0,3) but this platform provides 1.0.0".
 * Starts from the requirements the resolver reports as unresolved
 * ({@link ResolutionException#getUnresolvedRequirements()}); when a requirement does have
 * providers in the repository, follows them to the requirement that has none (a dependency of a
 * dependency). Falls back to the resolver's own message for other causes (uses-constraint
 * conflicts, singletons).
 */
public final class ResolutionFailure {

    private static final int MAX_DEPTH = 5;

    private ResolutionFailure() {
    }

    /** One line per reason; never empty. */
    public static List<String> explain(ResolutionException e, PluginResolveContext ctx) {
        Set<String> lines = new LinkedHashSet<>();
        for (Requirement r : e.getUnresolvedRequirements()) {
            if (!isOptional(r)) {
                walk(r, ctx, 0, new HashSet<>(), lines);
            }
        }
        if (lines.isEmpty()) {
            lines.add(e.getMessage() == null ? e.toString() : e.getMessage().replace('\n', ' '));
        }
        return new ArrayList<>(lines);
    }

    private static void walk(Requirement r, PluginResolveContext ctx, int depth, Set<Resource> seen, Set<String> lines) {
        List<Capability> providers = new ArrayList<>(ctx.installedProviders(r));
        providers.addAll(ctx.candidateProviders(r));
        if (providers.isEmpty() || depth >= MAX_DEPTH) {
            lines.add(missing(r, ctx));
            return;
        }
        int before = lines.size();
        for (Capability c : providers) {
            Resource provider = c.getResource();
            if (provider instanceof BundleRevision || !seen.add(provider)) {
                continue; // installed providers are resolved; a cycle is not a cause
            }
            for (Requirement sub : provider.getRequirements(null)) {
                if (!isOptional(sub) && ctx.isEffective(sub) && ctx.findProviders(sub).isEmpty()) {
                    walk(sub, ctx, depth + 1, seen, lines);
                }
            }
        }
        if (lines.size() == before) {
            lines.add(who(r.getResource()) + " needs " + what(r) + ", which is provided but cannot be wired"
                    + " consistently (conflicting versions of shared packages)");
        }
    }

    /** "plugin X needs P [range] but this platform provides V". */
    static String missing(Requirement r, PluginResolveContext ctx) {
        String needs = who(r.getResource()) + " needs " + what(r);
        String ns = r.getNamespace();
        if (ns.equals(ExecutionEnvironmentNamespace.EXECUTION_ENVIRONMENT_NAMESPACE)) {
            return needs + " but this platform runs on Java " + System.getProperty("java.specification.version");
        }
        String subject = r instanceof BasicRequirement b ? b.subject() : null;
        if (subject == null || !(ns.equals(PackageNamespace.PACKAGE_NAMESPACE) || ns.equals(BundleNamespace.BUNDLE_NAMESPACE))) {
            return needs + " but neither this platform nor the repository provides it";
        }
        String versionAttr = ns.equals(PackageNamespace.PACKAGE_NAMESPACE) ? PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE
                : BundleNamespace.CAPABILITY_BUNDLE_VERSION_ATTRIBUTE;
        Set<String> platform = versions(ctx.capabilities(ns, true), ns, subject, versionAttr);
        if (!platform.isEmpty()) {
            return needs + " but this platform provides " + String.join(", ", platform);
        }
        Set<String> repository = versions(ctx.capabilities(ns, false), ns, subject, versionAttr);
        return repository.isEmpty() ? needs + " but neither this platform nor the repository provides it"
                : needs + " but the repository only has " + String.join(", ", repository);
    }

    private static Set<String> versions(List<Capability> caps, String ns, String subject, String versionAttr) {
        Set<String> out = new LinkedHashSet<>();
        for (Capability c : caps) {
            if (subject.equals(c.getAttributes().get(ns))) {
                Object v = c.getAttributes().get(versionAttr);
                out.add(v == null ? "0.0.0" : v.toString());
            }
        }
        return out;
    }

    private static String what(Requirement r) {
        if (r instanceof BasicRequirement b) {
            String kind = switch (r.getNamespace()) {
                case BundleNamespace.BUNDLE_NAMESPACE -> "bundle ";
                case "osgi.wiring.host" -> "host bundle ";
                default -> "";
            };
            return kind + b.subject() + (b.declaredRange() == null ? "" : " " + b.declaredRange());
        }
        return r.getNamespace() + " " + r.getDirectives().getOrDefault("filter", "");
    }

    private static String who(Resource r) {
        return r instanceof BundleResource b ? "plugin " + b.symbolicName() + " " + b.version() : "bundle " + r;
    }

    private static boolean isOptional(Requirement r) {
        return "optional".equals(r.getDirectives().get("resolution"));
    }
}
