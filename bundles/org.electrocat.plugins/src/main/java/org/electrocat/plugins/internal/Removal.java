package org.electrocat.plugins.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.electrocat.plugins.InstalledPlugin;
import org.electrocat.plugins.PluginChange;
import org.electrocat.plugins.PluginException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.resource.Namespace;

/**
 * Removes an installed plugin: refuses while another installed plugin requires it or a bundle
 * that stays is wired to one of its bundles (a mandatory wire); otherwise uninstalls the bundles
 * no other installed plugin lists, refreshes the framework's wiring so nothing keeps their
 * classes, deletes their files and updates {@code installed.json}. Bundles that came with the
 * distribution are never touched.
 */
final class Removal {

    private final BundleContext ctx;
    private final InstalledStore store;
    private final PluginFiles files;

    Removal(BundleContext ctx, InstalledStore store, PluginFiles files) {
        this.ctx = ctx;
        this.store = store;
        this.files = files;
    }

    PluginChange run(InstalledPlugin target, List<InstalledPlugin> recorded) throws IOException, PluginException {
        List<String> requiredBy = new ArrayList<>();
        Set<String> shared = new HashSet<>();
        for (InstalledPlugin p : recorded) {
            if (p != target) {
                if (p.requires().contains(target.id())) {
                    requiredBy.add(FeatureIds.shortName(p.id()));
                }
                p.bundles().forEach(b -> shared.add(b.symbolicName() + "_" + b.version()));
            }
        }
        if (!requiredBy.isEmpty()) {
            throw new PluginException(PluginException.Reason.IN_USE, "cannot remove " + FeatureIds.shortName(target.id())
                    + ": the installed plugin(s) " + String.join(", ", requiredBy) + " require it; remove them first");
        }
        List<Bundle> bundles = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (InstalledPlugin.InstalledBundle b : target.bundles()) {
            if (b.file() == null || shared.contains(b.symbolicName() + "_" + b.version())) {
                continue;
            }
            paths.add(files.path(b.file()));
            Bundle running = FrameworkOps.find(ctx, b.symbolicName(), Version.parseVersion(b.version()));
            if (running != null) {
                bundles.add(running);
            }
        }
        List<String> users = users(bundles);
        if (!users.isEmpty()) {
            throw new PluginException(PluginException.Reason.IN_USE, "cannot remove " + FeatureIds.shortName(target.id())
                    + ": " + String.join("; ", users) + "; remove those first");
        }
        List<String> removed = FrameworkPluginManager.names(bundles);
        List<String> problems = FrameworkOps.uninstall(bundles);
        boolean clean = FrameworkOps.refresh(ctx, bundles) && problems.isEmpty();
        List<Path> left = PluginFiles.delete(paths);
        List<InstalledPlugin> rest = new ArrayList<>(recorded);
        rest.remove(target);
        store.write(rest);
        String note = clean ? "its services are gone now, no restart needed"
                : "restart ElectroCat to release it completely" + (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")");
        if (!left.isEmpty()) {
            note += "; could not delete " + left + ", which the next start would load again: delete it by hand";
        }
        return new PluginChange(target.id(), target.version(), PluginChange.Action.REMOVED, List.of(), removed, !clean, note);
    }

    /** Bundles that stay but are wired to one of {@code removing} through a mandatory requirement. */
    private static List<String> users(List<Bundle> removing) {
        List<String> out = new ArrayList<>();
        for (Bundle b : removing) {
            BundleWiring w = b.adapt(BundleWiring.class);
            if (w == null) {
                continue;
            }
            for (BundleWire wire : w.getProvidedWires(null)) {
                Bundle user = wire.getRequirer().getBundle();
                boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(
                        wire.getRequirement().getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
                if (!removing.contains(user) && !optional && user.getBundleId() != 0) {
                    out.add(user.getSymbolicName() + " " + user.getVersion() + " uses " + b.getSymbolicName()
                            + " (" + wire.getCapability().getNamespace() + ")");
                }
            }
        }
        return out;
    }
}
