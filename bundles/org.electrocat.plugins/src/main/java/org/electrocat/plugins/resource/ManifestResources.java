package org.electrocat.plugins.resource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.ExecutionEnvironmentNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.IdentityNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.resource.Namespace;

/**
 * Turns a bundle manifest into an OSGi {@link org.osgi.resource.Resource} the way a framework
 * does when it installs the bundle (OSGi Core R8: 3.3 module headers, 3.6-3.9 wiring namespaces,
 * 8.2-8.4 identity/bundle/host/package namespaces):
 * <ul>
 * <li>{@code Bundle-SymbolicName}, {@code Bundle-Version}: an {@code osgi.identity} capability
 * (type {@code osgi.bundle} or {@code osgi.fragment}) and, for bundles that are not fragments,
 * {@code osgi.wiring.bundle} and {@code osgi.wiring.host} capabilities (the latter unless
 * {@code fragment-attachment:=never});</li>
 * <li>{@code Export-Package}: one {@code osgi.wiring.package} capability per package with its
 * version, the bundle's name and version, and the clause's attributes and directives
 * ({@code uses}, {@code mandatory}, ...);</li>
 * <li>{@code Import-Package}, {@code Require-Bundle}, {@code Fragment-Host}: requirements whose
 * {@code filter} directive matches the package/bundle/host and version range, keeping
 * {@code resolution:=optional}; imports of {@code java.*} packages (allowed since Core R7) need
 * nothing: the JVM provides them through the system bundle;</li>
 * <li>{@code Provide-Capability}, {@code Require-Capability}: generic capabilities (typed
 * attributes) and requirements as declared;</li>
 * <li>{@code Bundle-RequiredExecutionEnvironment}: an {@code osgi.ee} requirement (Core R8 3.4.1)
 * unless {@code Require-Capability} already has one.</li>
 * </ul>
 * {@code DynamicImport-Package} is not turned into requirements: dynamic imports are wired when a
 * class is loaded, never at resolve time. Manifests without {@code Bundle-ManifestVersion: 2} are
 * refused: they are not OSGi R4+ bundles.
 */
public final class ManifestResources {

    private static final Set<String> FRAMEWORK_NAMESPACES = Set.of(IdentityNamespace.IDENTITY_NAMESPACE,
            BundleNamespace.BUNDLE_NAMESPACE, HostNamespace.HOST_NAMESPACE, PackageNamespace.PACKAGE_NAMESPACE);

    private ManifestResources() {
    }

    /** {@link #fromHeaders} for the main attributes of a {@code java.util.jar.Manifest}. */
    public static BundleResource fromManifest(Attributes main, Path file) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<Object, Object> e : main.entrySet()) {
            headers.put(e.getKey().toString(), String.valueOf(e.getValue()));
        }
        return fromHeaders(headers, file);
    }

    /**
     * The resource described by these manifest headers (names are matched without regard to case).
     *
     * @param file the jar, kept in the resource (may be {@code null})
     * @throws IllegalArgumentException naming the header and clause when a header is malformed or
     *                                  the manifest is not an OSGi R4+ bundle manifest
     */
    public static BundleResource fromHeaders(Map<String, String> headers, Path file) {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        if (!"2".equals(trim(h.get(Constants.BUNDLE_MANIFESTVERSION)))) {
            throw new IllegalArgumentException("not an OSGi bundle: Bundle-ManifestVersion must be 2, is "
                    + (h.get(Constants.BUNDLE_MANIFESTVERSION) == null ? "missing" : "'" + h.get(Constants.BUNDLE_MANIFESTVERSION) + "'"));
        }
        List<HeaderClause> bsnClauses = HeaderParser.parse(Constants.BUNDLE_SYMBOLICNAME, h.get(Constants.BUNDLE_SYMBOLICNAME));
        if (bsnClauses.size() != 1 || bsnClauses.get(0).paths().size() != 1) {
            throw new IllegalArgumentException("header Bundle-SymbolicName: exactly one symbolic name is required, found '"
                    + h.get(Constants.BUNDLE_SYMBOLICNAME) + "'");
        }
        HeaderClause bsn = bsnClauses.get(0);
        Version version = version(Constants.BUNDLE_VERSION, trim(h.get(Constants.BUNDLE_VERSION)));
        List<HeaderClause> hosts = HeaderParser.parse(Constants.FRAGMENT_HOST, h.get(Constants.FRAGMENT_HOST));
        BundleResource r = new BundleResource(bsn.paths().get(0), version, !hosts.isEmpty(), file);
        identity(r, bsn);
        for (HeaderClause c : HeaderParser.parse(Constants.EXPORT_PACKAGE, h.get(Constants.EXPORT_PACKAGE))) {
            exports(r, c);
        }
        for (HeaderClause c : HeaderParser.parse(Constants.IMPORT_PACKAGE, h.get(Constants.IMPORT_PACKAGE))) {
            for (String pkg : c.paths()) {
                if (pkg.startsWith("java.")) {
                    // allowed since OSGi Core R7 (bnd writes them, e.g. for wrapped Maven jars): the
                    // system bundle provides java.* from the JVM, so there is nothing to resolve
                    continue;
                }
                requirement(r, PackageNamespace.PACKAGE_NAMESPACE, pkg, c, "version", Constants.PACKAGE_SPECIFICATION_VERSION);
            }
        }
        for (HeaderClause c : HeaderParser.parse(Constants.REQUIRE_BUNDLE, h.get(Constants.REQUIRE_BUNDLE))) {
            for (String name : c.paths()) {
                requirement(r, BundleNamespace.BUNDLE_NAMESPACE, name, c, Constants.BUNDLE_VERSION_ATTRIBUTE, null);
            }
        }
        for (HeaderClause c : hosts) {
            requirement(r, HostNamespace.HOST_NAMESPACE, c.paths().get(0), c, Constants.BUNDLE_VERSION_ATTRIBUTE, null);
        }
        for (HeaderClause c : HeaderParser.parse(Constants.PROVIDE_CAPABILITY, h.get(Constants.PROVIDE_CAPABILITY))) {
            for (String ns : c.paths()) {
                checkGeneric(Constants.PROVIDE_CAPABILITY, ns);
                r.add(new BasicCapability(r, ns, c.attributes(), c.directives()));
            }
        }
        boolean hasEe = false;
        for (HeaderClause c : HeaderParser.parse(Constants.REQUIRE_CAPABILITY, h.get(Constants.REQUIRE_CAPABILITY))) {
            for (String ns : c.paths()) {
                checkGeneric(Constants.REQUIRE_CAPABILITY, ns);
                checkFilter(Constants.REQUIRE_CAPABILITY, c.directive(Namespace.REQUIREMENT_FILTER_DIRECTIVE));
                hasEe |= ns.equals(ExecutionEnvironmentNamespace.EXECUTION_ENVIRONMENT_NAMESPACE);
                r.add(new BasicRequirement(r, ns, c.attributes(), c.directives(), ns,
                        c.directive(Namespace.REQUIREMENT_FILTER_DIRECTIVE)));
            }
        }
        String bree = h.get(Constants.BUNDLE_REQUIREDEXECUTIONENVIRONMENT);
        if (!hasEe && bree != null && !bree.isBlank()) {
            String filter = ExecutionEnvironments.filter(bree);
            r.add(new BasicRequirement(r, ExecutionEnvironmentNamespace.EXECUTION_ENVIRONMENT_NAMESPACE, Map.of(),
                    Map.of(Namespace.REQUIREMENT_FILTER_DIRECTIVE, filter), "Java " + bree.trim(), null));
        }
        return r;
    }

    private static void identity(BundleResource r, HeaderClause bsn) {
        Map<String, String> singleton = "true".equals(bsn.directive(Constants.SINGLETON_DIRECTIVE))
                ? Map.of(Constants.SINGLETON_DIRECTIVE, "true") : Map.of();
        Map<String, Object> id = new LinkedHashMap<>();
        id.put(IdentityNamespace.IDENTITY_NAMESPACE, r.symbolicName());
        id.put(IdentityNamespace.CAPABILITY_TYPE_ATTRIBUTE,
                r.fragment() ? IdentityNamespace.TYPE_FRAGMENT : IdentityNamespace.TYPE_BUNDLE);
        id.put(IdentityNamespace.CAPABILITY_VERSION_ATTRIBUTE, r.version());
        r.add(new BasicCapability(r, IdentityNamespace.IDENTITY_NAMESPACE, id, singleton));
        if (r.fragment()) {
            return;
        }
        Map<String, String> dirs = new LinkedHashMap<>(singleton);
        if (bsn.directive(Constants.MANDATORY_DIRECTIVE) != null) {
            dirs.put(Constants.MANDATORY_DIRECTIVE, bsn.directive(Constants.MANDATORY_DIRECTIVE));
        }
        Map<String, Object> b = new LinkedHashMap<>(bsn.attributes());
        b.put(BundleNamespace.BUNDLE_NAMESPACE, r.symbolicName());
        b.put(Constants.BUNDLE_VERSION_ATTRIBUTE, r.version());
        r.add(new BasicCapability(r, BundleNamespace.BUNDLE_NAMESPACE, b, dirs));
        if (!Constants.FRAGMENT_ATTACHMENT_NEVER.equals(bsn.directive(Constants.FRAGMENT_ATTACHMENT_DIRECTIVE))) {
            Map<String, Object> host = new LinkedHashMap<>(bsn.attributes());
            host.put(HostNamespace.HOST_NAMESPACE, r.symbolicName());
            host.put(Constants.BUNDLE_VERSION_ATTRIBUTE, r.version());
            r.add(new BasicCapability(r, HostNamespace.HOST_NAMESPACE, host, dirs));
        }
    }

    private static void exports(BundleResource r, HeaderClause c) {
        String v = c.attribute(Constants.VERSION_ATTRIBUTE);
        String spec = c.attribute(Constants.PACKAGE_SPECIFICATION_VERSION);
        if (v != null && spec != null && !version(Constants.EXPORT_PACKAGE, v).equals(version(Constants.EXPORT_PACKAGE, spec))) {
            throw new IllegalArgumentException("header Export-Package: version " + v + " and specification-version "
                    + spec + " differ for " + c.paths());
        }
        Version pv = version(Constants.EXPORT_PACKAGE, v != null ? v : spec);
        for (String pkg : c.paths()) {
            Map<String, Object> a = new LinkedHashMap<>(c.attributes());
            a.remove(Constants.PACKAGE_SPECIFICATION_VERSION);
            a.put(PackageNamespace.PACKAGE_NAMESPACE, pkg);
            a.put(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE, pv);
            a.put(PackageNamespace.CAPABILITY_BUNDLE_SYMBOLICNAME_ATTRIBUTE, r.symbolicName());
            a.put(PackageNamespace.CAPABILITY_BUNDLE_VERSION_ATTRIBUTE, r.version());
            r.add(new BasicCapability(r, PackageNamespace.PACKAGE_NAMESPACE, a, c.directives()));
        }
    }

    /**
     * A requirement on {@code name} in a wiring namespace; {@code rangeAttr} (or its deprecated
     * alias) is the version range, other attributes must match exactly.
     */
    private static void requirement(BundleResource r, String namespace, String name, HeaderClause c, String rangeAttr,
            String rangeAlias) {
        String range = c.attribute(rangeAttr);
        if (range == null && rangeAlias != null) {
            range = c.attribute(rangeAlias);
        }
        StringBuilder f = new StringBuilder("(&(").append(namespace).append('=').append(Filters.escape(name)).append(')');
        if (range != null) {
            f.append(range(namespace, range).toFilterString(rangeAttr));
        }
        for (Map.Entry<String, Object> a : c.attributes().entrySet()) {
            String key = a.getKey();
            if (key.equals(rangeAttr) || key.equals(rangeAlias)) {
                continue;
            }
            if (key.equals(Constants.BUNDLE_VERSION_ATTRIBUTE)) {
                f.append(range(namespace, a.getValue().toString()).toFilterString(key));
            } else {
                f.append('(').append(key).append('=').append(Filters.escape(a.getValue().toString())).append(')');
            }
        }
        f.append(')');
        Map<String, String> dirs = new LinkedHashMap<>(c.directives());
        dirs.put(Namespace.REQUIREMENT_FILTER_DIRECTIVE, f.toString());
        r.add(new BasicRequirement(r, namespace, Map.of(), dirs, name, range == null ? null : range.trim()));
    }

    private static VersionRange range(String namespace, String text) {
        try {
            return VersionRange.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("requirement in " + namespace + ": '" + text
                    + "' is not a version range (e.g. \"[1.0,2)\" or \"1.2\"): " + e.getMessage(), e);
        }
    }

    private static Version version(String header, String text) {
        if (text == null || text.isEmpty()) {
            return Version.emptyVersion;
        }
        try {
            return Version.parseVersion(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("header " + header + ": '" + text + "' is not a version: " + e.getMessage(), e);
        }
    }

    private static void checkGeneric(String header, String namespace) {
        if (FRAMEWORK_NAMESPACES.contains(namespace)) {
            throw new IllegalArgumentException("header " + header + ": the namespace " + namespace
                    + " is reserved to the framework (declare it with its own header)");
        }
    }

    private static void checkFilter(String header, String filter) {
        if (filter != null) {
            try {
                org.osgi.framework.FrameworkUtil.createFilter(filter);
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalArgumentException("header " + header + ": invalid filter " + filter + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
