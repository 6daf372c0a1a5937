package org.electrocat.runtime;

/**
 * A plugin failed in a way its contract does not allow (a programming error, an {@link Error}, a
 * hang past the time limit). The message names the plugin's bundle and version, so the user knows
 * whom to tell; the study records the step as failed and goes on with the others.
 */
public final class PluginFaultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginFaultException(String message) {
        super(message);
    }

    public PluginFaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
