package org.electrocat.plugins.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names a user may give a plugin: the feature id ({@code org.electrocat.echem.feature}), the
 * bundle-style name ({@code org.electrocat.echem}) or the short name ({@code echem}, {@code ms.ui}).
 */
final class FeatureIds {

    private FeatureIds() {
    }

    /** Feature ids {@code name} may stand for, most literal first. */
    static List<String> candidates(String name) {
        Set<String> out = new LinkedHashSet<>();
        String n = name.trim();
        out.add(n);
        out.add(n + ".feature");
        if (!n.startsWith("org.electrocat.")) {
            out.add("org.electrocat." + n + ".feature");
        }
        return List.copyOf(out);
    }

    /** The short name shown to users (see {@link org.electrocat.plugins.PluginManager#shortName}). */
    static String shortName(String featureId) {
        return org.electrocat.plugins.PluginManager.shortName(featureId);
    }
}
