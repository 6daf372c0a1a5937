package org.electrocat.plugins.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * Where plugins live. The user folder is the property {@code electrocat.user} (framework or system
 * property; the launcher sets it), else the environment variable {@code ELECTROCAT_USER_DIR}, else
 * {@code ~/.electrocat}; installed plugin bundles and {@code installed.json} are in its
 * {@code plugins/} folder. The default repository is the property {@code electrocat.repository},
 * else the {@code repository/} folder of the distribution ({@code electrocat.home}).
 *
 * @param user              the user folder
 * @param plugins           the plugin folder
 * @param defaultRepository the default repository, or {@code null}
 */
record Folders(Path user, Path plugins, URI defaultRepository) {

    static Folders from(Function<String, String> properties, Map<String, String> env) {
        String u = properties.apply("electrocat.user");
        if (u == null || u.isBlank()) {
            u = env.get("ELECTROCAT_USER_DIR");
        }
        Path user = u == null || u.isBlank() ? Path.of(System.getProperty("user.home"), ".electrocat") : Path.of(u);
        user = user.toAbsolutePath().normalize();
        URI repo = null;
        String r = properties.apply("electrocat.repository");
        String home = properties.apply("electrocat.home");
        if (r != null && !r.isBlank()) {
            repo = org.electrocat.plugins.PluginManager.repositoryUri(r);
        } else if (home != null && !home.isBlank()) {
            repo = Path.of(home).resolve("repository").toAbsolutePath().normalize().toUri();
        }
        return new Folders(user, user.resolve("plugins"), repo);
    }
}
