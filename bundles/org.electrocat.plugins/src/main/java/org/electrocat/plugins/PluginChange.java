package org.electrocat.plugins;

import java.util.List;

/**
 * What an install, update or remove did.
 *
 * @param id             feature id
 * @param version        feature version now (installed or updated to), or the removed one
 * @param action         what happened
 * @param added          bundles installed and started ({@code name version})
 * @param removed        bundles uninstalled ({@code name version})
 * @param restartNeeded  true when the running platform still holds old classes that only a
 *                       restart releases (the change is complete after the next start)
 * @param note           one sentence for the user (e.g. why nothing changed)
 */
public record PluginChange(String id, String version, Action action, List<String> added, List<String> removed,
        boolean restartNeeded, String note) {

    public PluginChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** The kind of change. */
    public enum Action {
        INSTALLED, UPDATED, REMOVED, UNCHANGED
    }
}
