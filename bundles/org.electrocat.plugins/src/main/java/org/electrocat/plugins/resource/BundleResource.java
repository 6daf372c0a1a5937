package org.electrocat.plugins.resource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.osgi.framework.Version;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;

/**
 * A bundle jar not installed yet, described as an OSGi {@link Resource} (capabilities and
 * requirements) built from its manifest by {@link ManifestResources}, so that the standard OSGi
 * Resolver can decide whether and how it fits into the running framework.
 */
public final class BundleResource implements Resource {

    private final String symbolicName;
    private final Version version;
    private final boolean fragment;
    private final Path file;
    private final List<Capability> capabilities = new ArrayList<>();
    private final List<Requirement> requirements = new ArrayList<>();

    BundleResource(String symbolicName, Version version, boolean fragment, Path file) {
        this.symbolicName = symbolicName;
        this.version = version;
        this.fragment = fragment;
        this.file = file;
    }

    void add(Capability c) {
        capabilities.add(c);
    }

    void add(Requirement r) {
        requirements.add(r);
    }

    public String symbolicName() {
        return symbolicName;
    }

    public Version version() {
        return version;
    }

    /** True for a fragment ({@code Fragment-Host}). */
    public boolean fragment() {
        return fragment;
    }

    /** The jar, or {@code null} when built from a manifest alone. */
    public Path file() {
        return file;
    }

    @Override
    public List<Capability> getCapabilities(String namespace) {
        return filter(capabilities, namespace);
    }

    @Override
    public List<Requirement> getRequirements(String namespace) {
        return filter(requirements, namespace);
    }

    private static <T> List<T> filter(List<T> all, String namespace) {
        if (namespace == null) {
            return Collections.unmodifiableList(all);
        }
        List<T> out = new ArrayList<>();
        for (T t : all) {
            String ns = t instanceof Capability c ? c.getNamespace() : ((Requirement) t).getNamespace();
            if (ns.equals(namespace)) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return symbolicName + " " + version;
    }
}
