package org.electrocat.plugins.resource;

import java.util.List;
import java.util.Map;

/**
 * One clause of an OSGi manifest header (OSGi Core R8, section 1.3.2 "Common Header Syntax"):
 * one or more paths (package names, symbolic names, namespaces) sharing the same parameters.
 * For {@code org.a;org.b;version="[1.0,2)";resolution:=optional} the paths are {@code org.a},
 * {@code org.b}, the attribute {@code version} and the directive {@code resolution}.
 *
 * @param paths      the paths, in header order (at least one)
 * @param attributes attributes ({@code name=value}), typed where the header declared a type
 *                   ({@code name:Version=1.2} gives a {@link org.osgi.framework.Version}); plain
 *                   attributes are strings
 * @param directives directives ({@code name:=value}), as strings
 */
public record HeaderClause(List<String> paths, Map<String, Object> attributes, Map<String, String> directives) {

    public HeaderClause {
        paths = List.copyOf(paths);
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        directives = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(directives));
    }

    /** The attribute as text, or {@code null}. */
    public String attribute(String name) {
        Object v = attributes.get(name);
        return v == null ? null : v.toString();
    }

    /** The directive, or {@code null}. */
    public String directive(String name) {
        return directives.get(name);
    }
}
