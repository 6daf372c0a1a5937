package org.electrocat.plugins.p2;

import java.util.List;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * An Eclipse feature as its {@code feature.xml} describes it: the bundles it installs, the
 * features and bundles it requires ({@code <requires><import .../>}) and the features it includes.
 *
 * @param id          feature id
 * @param version     feature version (qualified, as published)
 * @param label       display label, or the id
 * @param description description, or empty
 * @param plugins     the bundles ({@code <plugin>}), with the exact versions published
 * @param requires    required features and bundles
 * @param includes    included features
 */
public record Feature(String id, Version version, String label, String description, List<PluginRef> plugins,
        List<Import> requires, List<Include> includes) {

    public Feature {
        plugins = List.copyOf(plugins);
        requires = List.copyOf(requires);
        includes = List.copyOf(includes);
    }

    /** A bundle of the feature; version {@code 0.0.0} means "the highest in the repository". */
    public record PluginRef(String id, Version version, boolean fragment) {
    }

    /** A required feature ({@code feature=true}) or bundle, with the accepted versions. */
    public record Import(String id, boolean feature, VersionRange range) {
    }

    /** An included feature; optional ones are left to the user. */
    public record Include(String id, Version version, boolean optional) {
    }
}
