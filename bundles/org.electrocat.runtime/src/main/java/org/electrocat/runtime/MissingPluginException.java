package org.electrocat.runtime;

import java.util.List;

/**
 * A study or command needs a contribution (reader, analysis) of a technique plugin that is not
 * installed. The message names the plugin, so the user knows what to install.
 */
public class MissingPluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String technique;

    public MissingPluginException(String technique, String what, List<String> installed) {
        super(what + " is provided by the technique plugin '" + technique + "', which is not installed"
                + " (installed techniques: " + (installed.isEmpty() ? "none" : String.join(", ", installed))
                + "). Install it with: electrocat plugins install org.electrocat." + technique);
        this.technique = technique;
    }

    /** Id of the missing technique plugin. */
    public String technique() {
        return technique;
    }
}
