package org.electrocat.plugins.internal;

import java.net.URI;
import java.nio.file.Path;
import org.electrocat.plugins.PluginException;

/** Repository locations: a folder path or a {@code file:} URL; remote URLs are refused with a hint. */
public final class Repositories {

    private Repositories() {
    }

    /** A folder path or {@code file:} URL as a URI. */
    public static URI toUri(String location) {
        if (location.startsWith("file:")) {
            return URI.create(location);
        }
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !location.matches("^[a-zA-Z]:[\\\\/].*")) {
            return URI.create(location); // some other scheme: refused by toPath with a clear message
        }
        return Path.of(location).toAbsolutePath().normalize().toUri();
    }

    /** The local folder of a repository URI. */
    static Path toPath(URI repository) throws PluginException {
        if (repository == null) {
            throw new PluginException(PluginException.Reason.REPOSITORY, "no repository given and none shipped with"
                    + " this installation: use --repository DIR");
        }
        if (!"file".equalsIgnoreCase(repository.getScheme())) {
            throw new PluginException(PluginException.Reason.REPOSITORY, "only local repositories (a folder or a file:"
                    + " URL) are supported, not " + repository + ": download or mirror it to a folder first");
        }
        return Path.of(repository);
    }
}
