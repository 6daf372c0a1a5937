package org.electrocat.plugins.internal;

import java.net.URI;
import java.nio.file.Path;
import org.electrocat.plugins.PluginException;

/** Repository locations: only local folders ({@code file:} URIs); remote URLs are refused with a hint. */
final class Repositories {

    private Repositories() {
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
