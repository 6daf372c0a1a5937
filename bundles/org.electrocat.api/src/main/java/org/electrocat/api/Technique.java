package org.electrocat.api;

import java.util.List;

/**
 * A measurement or modelling technique contributed by a plugin (electrochemistry, vibrational
 * spectroscopy, ...). Registering a {@code Technique} service tells the platform the plugin is
 * installed; readers and analyses name their technique by {@link #id()}.
 */
public interface Technique {

    /** Stable short id, lower case, e.g. {@code echem}; the prefix of the plugin's analysis ids. */
    String id();

    /** Human-readable name, e.g. {@code Electrochemistry}. */
    String label();

    /** Version of the plugin (its bundle version). */
    String version();

    /** One paragraph for {@code electrocat plugins list} and the workbench. */
    String description();

    /** Dataset kinds this technique produces or understands (see {@code DatasetKind}). */
    List<String> datasetKinds();
}
