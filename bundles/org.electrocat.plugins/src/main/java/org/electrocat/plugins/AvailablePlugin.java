package org.electrocat.plugins;

import java.util.List;

/**
 * A plugin (feature) offered by a repository.
 *
 * @param id               feature id
 * @param version          newest version in the repository
 * @param label            display name
 * @param description      what it does
 * @param categories       the repository categories that list it
 * @param state            its state in this installation
 * @param installedVersion the installed version, or {@code null}
 */
public record AvailablePlugin(String id, String version, String label, String description, List<String> categories,
        State state, String installedVersion) {

    public AvailablePlugin {
        categories = List.copyOf(categories);
    }

    /** Whether a plugin is here already. */
    public enum State {
        /** Not installed. */
        AVAILABLE,
        /** Installed by the plugin manager, same version. */
        INSTALLED,
        /** Installed, and the repository has a newer version. */
        UPDATE_AVAILABLE,
        /** Its bundles came with the distribution itself. */
        IN_DISTRIBUTION
    }
}
