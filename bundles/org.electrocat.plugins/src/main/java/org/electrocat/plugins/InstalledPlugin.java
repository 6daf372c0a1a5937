package org.electrocat.plugins;

import java.time.Instant;
import java.util.List;

/**
 * A plugin installed by the {@link PluginManager}, as recorded in {@code installed.json}.
 *
 * @param id         feature id
 * @param version    feature version
 * @param label      display name
 * @param repository where it was installed from (a {@code file:} URI)
 * @param installed  when
 * @param requires   ids of installed plugins it requires
 * @param bundles    its bundles, with their files in the plugin folder and SHA-256
 * @param includes   ids of the plugins installed as its parts (included features, e.g. the optional
 *                   workbench views {@code org.electrocat.ms.ui.feature} of {@code ms}); they are
 *                   removed with it
 */
public record InstalledPlugin(String id, String version, String label, String repository, Instant installed,
        List<String> requires, List<InstalledBundle> bundles, List<String> includes) {

    public InstalledPlugin {
        requires = List.copyOf(requires);
        bundles = List.copyOf(bundles);
        includes = List.copyOf(includes);
    }

    /** A plugin without parts (the record of version 1.0 of this package). */
    public InstalledPlugin(String id, String version, String label, String repository, Instant installed,
            List<String> requires, List<InstalledBundle> bundles) {
        this(id, version, label, repository, installed, requires, bundles, List.of());
    }

    /**
     * A bundle of an installed plugin.
     *
     * @param symbolicName bundle symbolic name
     * @param version      bundle version
     * @param file         file name in the plugin folder, or {@code null} when the bundle came with
     *                     the distribution (then it is never removed with the plugin)
     * @param sha256       SHA-256 of the file as installed (hex), or {@code null} with {@code file}
     * @param dependency   true for a bundle the resolver brought in (not listed by the feature):
     *                     it stays when the plugin is removed while another plugin is wired to it
     */
    public record InstalledBundle(String symbolicName, String version, String file, String sha256, boolean dependency) {
    }
}
