package org.electrocat.plugins.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Removes an installed plugin together with the plugins installed as its parts (its included
 * features, such as a technique's workbench views). Refused while another installed plugin requires it (feature
 * {@code <requires>}) or while a bundle that stays is wired to one of the plugin's own bundles.
 * A dependency bundle the resolver brought in stays if a remaining plugin's bundle is wired to it
 * (it is handed over to that plugin's record). The rest is stopped and uninstalled, the
 * framework's wiring refreshed so nothing keeps the old classes, the files deleted and
 * {@code installed.json} updated. Bundles that came with the distribution are never touched.
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
        String name = FeatureIds.shortName(target.id());
        List<InstalledPlugin> going = withParts(target, recorded);
        Set<String> goingIds = new HashSet<>();
        going.forEach(p -> goingIds.add(p.id()));
        List<String> requiredBy = new ArrayList<>();
        Set<String> shared = new HashSet<>();
        for (InstalledPlugin p : recorded) {
            if (!goingIds.contains(p.id())) {
                if (p.requires().stream().anyMatch(goingIds::contains)) {
                    requiredBy.add(FeatureIds.shortName(p.id()));
                }
                p.bundles().forEach(b -> shared.add(b.symbolicName() + "_" + b.version()));
            }
        }
        if (!requiredBy.isEmpty()) {
            throw new PluginException(PluginException.Reason.IN_USE, "cannot remove " + name + ": the installed plugin(s) "
                    + String.join(", ", requiredBy) + " require it; remove them first");
        }
        Map<Bundle, InstalledPlugin.InstalledBundle> removing = new LinkedHashMap<>();
        for (InstalledPlugin g : going) {
            for (InstalledPlugin.InstalledBundle b : g.bundles()) {
                Bundle running = FrameworkOps.find(ctx, b.symbolicName(), Version.parseVersion(b.version()));
                if (b.file() != null && running != null && !shared.contains(b.symbolicName() + "_" + b.version())) {
                    removing.put(running, b);
                }
            }
        }
        List<InstalledPlugin> rest = new ArrayList<>();
        for (InstalledPlugin p : recorded) {
            if (!goingIds.contains(p.id())) {
                // a part removed on its own is no longer a part of its plugin
                rest.add(p.includes().stream().noneMatch(goingIds::contains) ? p : new InstalledPlugin(p.id(), p.version(),
                        p.label(), p.repository(), p.installed(), p.requires(), p.bundles(),
                        p.includes().stream().filter(i -> !goingIds.contains(i)).toList()));
            }
        }
        keepWhatOthersUse(name, removing, rest);
        List<Bundle> bundles = new ArrayList<>(removing.keySet());
        List<String> removed = FrameworkPluginManager.names(bundles);
        List<String> problems = FrameworkOps.uninstall(bundles);
        boolean clean = FrameworkOps.refresh(ctx, bundles) && problems.isEmpty();
        List<Path> paths = new ArrayList<>();
        removing.values().forEach(b -> paths.add(files.path(b.file())));
        List<Path> left = PluginFiles.delete(paths);
        store.write(rest);
        String note = going.size() == 1 ? "" : "with its part(s) " + String.join(", ", going.subList(1, going.size())
                .stream().map(p -> FeatureIds.shortName(p.id())).toList()) + "; ";
        note += clean ? "its services are gone now, no restart needed"
                : "restart ElectroCat to release it completely" + (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")");
        if (!left.isEmpty()) {
            note += "; could not delete " + left + ", which the next start would load again: delete it by hand";
        }
        return new PluginChange(target.id(), target.version(), PluginChange.Action.REMOVED, List.of(), removed, !clean, note);
    }

    /** The plugin and the recorded plugins installed as its parts (and their parts), the plugin first. */
    static List<InstalledPlugin> withParts(InstalledPlugin target, List<InstalledPlugin> recorded) {
        List<InstalledPlugin> out = new ArrayList<>(List.of(target));
        for (int i = 0; i < out.size(); i++) {
            for (String part : out.get(i).includes()) {
                InstalledPlugin p = FrameworkPluginManager.find(recorded, part);
                if (p != null && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * Takes out of {@code removing} the dependency bundles that a staying bundle is wired to, and
     * records them under the plugin that owns the staying bundle; refuses when such a wire goes to
     * one of the plugin's own bundles.
     */
    private static void keepWhatOthersUse(String name, Map<Bundle, InstalledPlugin.InstalledBundle> removing,
            List<InstalledPlugin> rest) throws PluginException {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Bundle b : new ArrayList<>(removing.keySet())) {
                Bundle user = mandatoryUser(b, removing.keySet());
                if (user == null) {
                    continue;
                }
                String use = user.getSymbolicName() + " " + user.getVersion() + " uses " + b.getSymbolicName();
                int owner = owner(rest, user);
                if (!removing.get(b).dependency() || owner < 0) {
                    throw new PluginException(PluginException.Reason.IN_USE, "cannot remove " + name + ": " + use
                            + "; remove that first");
                }
                InstalledPlugin p = rest.get(owner);
                List<InstalledPlugin.InstalledBundle> bundles = new ArrayList<>(p.bundles());
                bundles.add(removing.remove(b));
                rest.set(owner, new InstalledPlugin(p.id(), p.version(), p.label(), p.repository(), p.installed(),
                        p.requires(), bundles, p.includes()));
                changed = true;
            }
        }
    }

    /** A bundle outside {@code removing} wired to {@code b} through a mandatory requirement, or {@code null}. */
    private static Bundle mandatoryUser(Bundle b, Set<Bundle> removing) {
        BundleWiring w = b.adapt(BundleWiring.class);
        if (w == null) {
            return null;
        }
        for (BundleWire wire : w.getProvidedWires(null)) {
            Bundle user = wire.getRequirer().getBundle();
            boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(
                    wire.getRequirement().getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
            if (!removing.contains(user) && !optional && user.getBundleId() != 0) {
                return user;
            }
        }
        return null;
    }

    private static int owner(List<InstalledPlugin> plugins, Bundle b) {
        for (int i = 0; i < plugins.size(); i++) {
            for (InstalledPlugin.InstalledBundle ib : plugins.get(i).bundles()) {
                if (ib.symbolicName().equals(b.getSymbolicName()) && ib.version().equals(b.getVersion().toString())) {
                    return i;
                }
            }
        }
        return -1;
    }
}
