package org.electrocat.plugins.resource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.resource.Capability;
import org.osgi.resource.Resource;

/**
 * A capability of a {@link BundleResource}: namespace, attributes and directives as the OSGi
 * Resource API defines them (OSGi Core R8 chapter 6). Equality is identity, as the resolver expects
 * (two bundles exporting the same package are two capabilities).
 */
public final class BasicCapability implements Capability {

    private final Resource resource;
    private final String namespace;
    private final Map<String, Object> attributes;
    private final Map<String, String> directives;

    BasicCapability(Resource resource, String namespace, Map<String, Object> attributes, Map<String, String> directives) {
        this.resource = resource;
        this.namespace = namespace;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.directives = Collections.unmodifiableMap(new LinkedHashMap<>(directives));
    }

    @Override
    public String getNamespace() {
        return namespace;
    }

    @Override
    public Map<String, String> getDirectives() {
        return directives;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public Resource getResource() {
        return resource;
    }

    @Override
    public String toString() {
        return namespace + attributes + (directives.isEmpty() ? "" : directives.toString());
    }
}
