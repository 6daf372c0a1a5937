package org.electrocat.plugins;

/**
 * A plugin operation was refused or failed. The message says why in the user's words (which
 * plugin, which file, which version range) and what to do; {@link #reason()} lets callers map the
 * failure to an exit code or a dialog.
 */
public class PluginException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why an operation was refused. */
    public enum Reason {
        /** No such plugin in the repository or among the installed ones. */
        NOT_FOUND,
        /** An artifact's checksum or size differs from the repository's metadata. */
        CHECKSUM,
        /** The plugin's requirements (API version range, packages, bundles) cannot be met. */
        UNRESOLVABLE,
        /** The plugin is needed by another installed plugin. */
        IN_USE,
        /** The bundles were installed but could not start; the installation was rolled back. */
        START_FAILED,
        /** The repository cannot be read or is not a p2 repository. */
        REPOSITORY
    }

    private final Reason reason;

    public PluginException(Reason reason, String message) {
        this(reason, message, null);
    }

    public PluginException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
