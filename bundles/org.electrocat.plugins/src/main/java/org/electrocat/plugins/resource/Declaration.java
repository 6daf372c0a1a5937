package org.electrocat.plugins.resource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.resource.Resource;

/**
 * What capabilities and requirements have in common (OSGi Core R8 6.3): the declaring resource,
 * a namespace, attributes and directives, all immutable. Equality is identity, as the resolver
 * expects (two bundles exporting the same package are two capabilities).
 */
abstract class Declaration {

    private final Resource resource;
    private final String namespace;
    private final Map<String, Object> attributes;
    private final Map<String, String> directives;

    Declaration(Resource resource, String namespace, Map<String, Object> attributes, Map<String, String> directives) {
        this.resource = resource;
        this.namespace = namespace;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.directives = Collections.unmodifiableMap(new LinkedHashMap<>(directives));
    }

    public String getNamespace() {
        return namespace;
    }

    public Map<String, String> getDirectives() {
        return directives;
    }

    public Map<String, Object> getAttributes() {
        return attributes;
    }

    public Resource getResource() {
        return resource;
    }
}
