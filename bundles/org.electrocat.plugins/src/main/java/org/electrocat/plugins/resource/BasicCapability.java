package org.electrocat.plugins.resource;

import java.util.Map;
import org.osgi.resource.Capability;
import org.osgi.resource.Resource;

/** A capability of a {@link BundleResource}, as the OSGi Resource API defines it (Core R8 chapter 6). */
public final class BasicCapability extends Declaration implements Capability {

    BasicCapability(Resource resource, String namespace, Map<String, Object> attributes, Map<String, String> directives) {
        super(resource, namespace, attributes, directives);
    }

    @Override
    public String toString() {
        return getNamespace() + getAttributes() + (getDirectives().isEmpty() ? "" : getDirectives().toString());
    }
}
