package org.electrocat.plugins.resource;

import java.util.Map;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;

/**
 * A requirement of a {@link BundleResource} (OSGi Core R8 chapter 6): namespace, the
 * {@code filter} directive that selects matching capabilities, {@code resolution} and other
 * directives. It also keeps what the manifest said ({@link #subject()}, e.g. a package name, and
 * {@link #declaredRange()}, e.g. {@code [2.0,3)}), so that a failed resolution can be explained in
 * the words of the manifest.
 */
public final class BasicRequirement extends Declaration implements Requirement {

    private final String subject;
    private final String declaredRange;

    BasicRequirement(Resource resource, String namespace, Map<String, Object> attributes, Map<String, String> directives,
            String subject, String declaredRange) {
        super(resource, namespace, attributes, directives);
        this.subject = subject;
        this.declaredRange = declaredRange;
    }

    /** The filter directive, or {@code null} (matches every capability of the namespace). */
    public String filter() {
        return getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
    }

    /** True for {@code resolution:=optional}. */
    public boolean optional() {
        return Namespace.RESOLUTION_OPTIONAL.equals(getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
    }

    /** What is required, as the manifest names it: a package, a bundle, a host or a namespace. */
    public String subject() {
        return subject;
    }

    /** The version range as written in the manifest (e.g. {@code [2.0,3)}), or {@code null} for any version. */
    public String declaredRange() {
        return declaredRange;
    }

    @Override
    public String toString() {
        return getNamespace() + ": " + subject + (declaredRange == null ? "" : " " + declaredRange)
                + (optional() ? " (optional)" : "");
    }
}
