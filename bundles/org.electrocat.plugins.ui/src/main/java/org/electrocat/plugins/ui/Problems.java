package org.electrocat.plugins.ui;

import org.electrocat.plugins.PluginException;

/**
 * Names the kind of a plugin failure for the dialog's error panel, from the manager's
 * {@link PluginException.Reason} and, for unresolvable plugins, from the wording of the resolver's
 * explanation ("needs P [range] but this platform provides V" is a version out of range; "neither
 * this platform nor the repository provides it" a missing dependency). The detail is the manager's
 * message, which names the plugin, file and versions.
 */
final class Problems {

    private Problems() {
    }

    static PluginsModel.Problem of(PluginException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        String title = switch (e.reason()) {
            case CHECKSUM -> "Checksum mismatch: a file differs from what the repository published";
            case NOT_FOUND -> "Plugin not found";
            case IN_USE -> "Plugin in use by another plugin";
            case START_FAILED -> "Plugin installed but could not start (rolled back)";
            case REPOSITORY -> "Not a readable p2 repository";
            case UNRESOLVABLE -> unresolvable(m);
        };
        return new PluginsModel.Problem(title, m);
    }

    private static String unresolvable(String m) {
        if (m.contains("needs org.electrocat.") && m.contains("but this platform provides")) {
            return "API version out of range: built for another version of ElectroCat";
        }
        if (m.contains("neither this platform nor the repository provides it")) {
            return "Missing dependency";
        }
        if (m.contains("but this platform provides") || m.contains("but the repository only has")) {
            return "Dependency version out of range";
        }
        return "Requirements cannot be met";
    }
}
