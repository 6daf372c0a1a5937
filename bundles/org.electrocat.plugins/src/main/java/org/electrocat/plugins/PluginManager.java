package org.electrocat.plugins;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Installs, updates and removes technique plugins (Eclipse features of a p2 repository) in the
 * running platform, without restarting it. Published as an OSGi service by the
 * {@code org.electrocat.plugins} bundle; used by {@code electrocat plugins} and the workbench.
 *
 * <p>A plugin is named by its feature id ({@code org.electrocat.echem.feature}) or a short form
 * ({@code echem}, {@code org.electrocat.echem}). Installation reads the repository's metadata,
 * resolves the plugin's bundles against the running framework with the OSGi Resolver service,
 * verifies every file it installs against the repository's SHA-256, copies the bundles into the
 * user plugin folder (which the launcher installs at every start), installs and starts them, and
 * records the installed set in {@code installed.json} there. Repositories are local folders or
 * {@code file:} URLs.
 */
public interface PluginManager {

    /**
     * A repository location as the user gives it, a folder path or a URL ({@code file:...}), as a
     * URI. Other schemes are kept (and refused when used, with a hint).
     */
    static URI repositoryUri(String location) {
        String l = location.trim();
        boolean windowsDrive = l.matches("^[a-zA-Z]:[\\\\/].*");
        if (!windowsDrive && l.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            return URI.create(l);
        }
        return Path.of(l).toAbsolutePath().normalize().toUri();
    }

    /**
     * The name shown to users: {@code org.electrocat.echem.feature} gives {@code echem}, other
     * feature ids lose their {@code .feature} suffix.
     */
    static String shortName(String featureId) {
        String s = featureId.endsWith(".feature") ? featureId.substring(0, featureId.length() - ".feature".length()) : featureId;
        return s.startsWith("org.electrocat.") ? s.substring("org.electrocat.".length()) : s;
    }

    /** The folder holding installed plugin bundles and {@code installed.json}. */
    Path pluginFolder();

    /** The repository used when none is given (the one shipped with the distribution), or {@code null}. */
    URI defaultRepository();

    /** The plugins installed by this manager, by id. */
    List<InstalledPlugin> installed() throws IOException;

    /** The plugins (features) a repository offers, with their state here. */
    List<AvailablePlugin> available(URI repository) throws IOException, PluginException;

    /**
     * Installs a plugin and what it needs from the repository, and starts it.
     *
     * @throws PluginException when it is not in the repository, an artifact fails its checksum,
     *                         its requirements (e.g. the API version range) cannot be met, or it
     *                         cannot start; nothing is left installed then
     */
    PluginChange install(URI repository, String id) throws IOException, PluginException;

    /** Replaces every installed plugin for which the repository has a newer version. */
    List<PluginChange> update(URI repository) throws IOException, PluginException;

    /**
     * Stops and uninstalls a plugin's bundles that no other installed plugin needs, refreshes the
     * framework's wiring and deletes the files.
     *
     * @throws PluginException when it is not installed by this manager, or another plugin needs it
     */
    PluginChange remove(String id) throws IOException, PluginException;
}
