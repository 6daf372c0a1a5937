package org.electrocat.plugins.p2;

import java.util.List;
import org.osgi.framework.Version;

/**
 * A feature as the p2 metadata repository ({@code content.xml}) lists it: the installable unit
 * {@code <id>.feature.group} with its name, description and the categories that list it.
 *
 * @param id          feature id (without the {@code .feature.group} suffix)
 * @param version     feature version
 * @param name        display name ({@code org.eclipse.equinox.p2.name}), or the id
 * @param description description, or empty
 * @param categories  labels of the categories that list the feature (may be empty)
 */
public record FeatureGroup(String id, Version version, String name, String description, List<String> categories) {

    public FeatureGroup {
        categories = List.copyOf(categories);
    }
}
