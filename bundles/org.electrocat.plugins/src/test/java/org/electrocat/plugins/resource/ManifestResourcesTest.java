package org.electrocat.plugins.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;

/** Manifest headers to OSGi capabilities and requirements, checked clause by clause against the spec. */
class ManifestResourcesTest {

    static Map<String, String> headers(String... kv) {
        Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put("Bundle-ManifestVersion", "2");
        for (int i = 0; i < kv.length; i += 2) {
            h.put(kv[i], kv[i + 1]);
        }
        return h;
    }

    static boolean matches(Requirement r, Map<String, Object> attrs) throws Exception {
        return FrameworkUtil.createFilter(r.getDirectives().get("filter")).matches(attrs);
    }

    @Test
    void identityBundleAndHostCapabilities() {
        BundleResource r = ManifestResources.fromHeaders(headers("Bundle-SymbolicName", "org.x;singleton:=true",
                "Bundle-Version", "1.2.3.q"), null);
        assertEquals("org.x", r.symbolicName());
        assertEquals(new Version(1, 2, 3, "q"), r.version());
        Capability id = r.getCapabilities("osgi.identity").get(0);
        assertEquals(Map.of("osgi.identity", "org.x", "type", "osgi.bundle", "version", new Version(1, 2, 3, "q")),
                id.getAttributes());
        assertEquals("true", id.getDirectives().get("singleton"));
        assertEquals("org.x", r.getCapabilities("osgi.wiring.bundle").get(0).getAttributes().get("osgi.wiring.bundle"));
        assertEquals(new Version(1, 2, 3, "q"), r.getCapabilities("osgi.wiring.host").get(0).getAttributes().get("bundle-version"));
    }

    @Test
    void exportsCarryVersionBundleAndDirectives() {
        BundleResource r = ManifestResources.fromHeaders(headers("Bundle-SymbolicName", "org.x", "Bundle-Version", "2.0",
                "Export-Package", "org.x.api;org.x.spi;version=\"1.1\";uses:=\"org.y\";vendor=acme,org.x.none"), null);
        List<Capability> caps = r.getCapabilities("osgi.wiring.package");
        assertEquals(3, caps.size());
        Map<String, Object> a = caps.get(1).getAttributes();
        assertEquals("org.x.spi", a.get("osgi.wiring.package"));
        assertEquals(new Version(1, 1, 0), a.get("version"));
        assertEquals("org.x", a.get("bundle-symbolic-name"));
        assertEquals(new Version(2, 0, 0), a.get("bundle-version"));
        assertEquals("acme", a.get("vendor"));
        assertEquals("org.y", caps.get(1).getDirectives().get("uses"));
        assertEquals(Version.emptyVersion, caps.get(2).getAttributes().get("version"), "no version means 0.0.0");
    }

    @Test
    void importFilterSelectsTheDeclaredRangeOnly() throws Exception {
        BundleResource r = ManifestResources.fromHeaders(headers("Bundle-SymbolicName", "p", "Import-Package",
                "org.electrocat.api;version=\"[2.0,3)\",org.opt;resolution:=optional,org.v;version=1.5;vendor=acme"), null);
        List<Requirement> reqs = r.getRequirements("osgi.wiring.package");
        BasicRequirement api = (BasicRequirement) reqs.get(0);
        assertEquals("org.electrocat.api", api.subject());
        assertEquals("[2.0,3)", api.declaredRange());
        assertFalse(api.optional());
        assertFalse(matches(api, pkg("org.electrocat.api", "1.0.0")));
        assertTrue(matches(api, pkg("org.electrocat.api", "2.0.0")));
        assertTrue(matches(api, pkg("org.electrocat.api", "2.9.9")));
        assertFalse(matches(api, pkg("org.electrocat.api", "3.0.0")));
        assertFalse(matches(api, pkg("org.other", "2.0.0")));
        assertTrue(((BasicRequirement) reqs.get(1)).optional());
        assertTrue(matches(reqs.get(1), pkg("org.opt", "0.0.0")), "no range: any version");
        Map<String, Object> v15 = new java.util.HashMap<>(pkg("org.v", "1.5.0"));
        assertFalse(matches(reqs.get(2), v15), "vendor attribute must match");
        v15.put("vendor", "acme");
        assertTrue(matches(reqs.get(2), v15));
        assertTrue(matches(reqs.get(2), Map.of("osgi.wiring.package", "org.v", "version", new Version(7, 0, 0),
                "vendor", "acme")), "a bare version is a lower bound (Core R8 3.2.6)");
    }

    @Test
    void requireBundleFragmentHostAndGenericHeaders() throws Exception {
        BundleResource r = ManifestResources.fromHeaders(headers("Bundle-SymbolicName", "frag", "Bundle-Version", "1",
                "Fragment-Host", "org.host;bundle-version=\"[1.0,2.0)\"",
                "Require-Bundle", "org.other;bundle-version=\"[3.0,4.0)\";resolution:=optional",
                "Provide-Capability", "electrocat.technique;electrocat.technique=uvvis;version:Version=\"1.0\"",
                "Require-Capability", "osgi.extender;filter:=\"(osgi.extender=osgi.component)\""), null);
        assertTrue(r.fragment());
        assertEquals("osgi.fragment", r.getCapabilities("osgi.identity").get(0).getAttributes().get("type"));
        assertTrue(r.getCapabilities("osgi.wiring.bundle").isEmpty(), "fragments provide no bundle capability");
        assertTrue(r.getCapabilities("osgi.wiring.host").isEmpty());
        Requirement host = r.getRequirements("osgi.wiring.host").get(0);
        assertTrue(matches(host, Map.of("osgi.wiring.host", "org.host", "bundle-version", new Version(1, 4, 0))));
        assertFalse(matches(host, Map.of("osgi.wiring.host", "org.host", "bundle-version", new Version(2, 0, 0))));
        Requirement rb = r.getRequirements("osgi.wiring.bundle").get(0);
        assertEquals("optional", rb.getDirectives().get("resolution"));
        assertTrue(matches(rb, Map.of("osgi.wiring.bundle", "org.other", "bundle-version", new Version(3, 2, 0))));
        Capability tech = r.getCapabilities("electrocat.technique").get(0);
        assertEquals(new Version(1, 0, 0), tech.getAttributes().get("version"));
        assertEquals("(osgi.extender=osgi.component)", r.getRequirements("osgi.extender").get(0).getDirectives().get("filter"));
    }

    @Test
    void executionEnvironmentsFollowTheSpecTable() throws Exception {
        // OSGi Core R8 table 3.2: name-version pairs, J2SE renamed JavaSE, "A-v/B-v" joined as "A/B"
        assertEquals("(&(osgi.ee=JavaSE)(version=17.0.0))", ExecutionEnvironments.filter("JavaSE-17"));
        assertEquals("(&(osgi.ee=JavaSE)(version=1.5.0))", ExecutionEnvironments.filter("J2SE-1.5"));
        assertEquals("(&(osgi.ee=JavaSE/compact1)(version=1.8.0))", ExecutionEnvironments.filter("JavaSE/compact1-1.8"));
        assertEquals("(&(osgi.ee=CDC/Foundation)(version=1.0.0))", ExecutionEnvironments.filter("CDC-1.0/Foundation-1.0"));
        assertEquals("(&(osgi.ee=OSGi/Minimum)(version=1.2.0))", ExecutionEnvironments.filter("OSGi/Minimum-1.2"));
        assertEquals("(|(&(osgi.ee=JavaSE)(version=11.0.0))(&(osgi.ee=JavaSE)(version=17.0.0)))",
                ExecutionEnvironments.filter("JavaSE-11, JavaSE-17"));
        BundleResource r = ManifestResources.fromHeaders(headers("Bundle-SymbolicName", "p",
                "Bundle-RequiredExecutionEnvironment", "JavaSE-17"), null);
        Requirement ee = r.getRequirements("osgi.ee").get(0);
        List<Version> java17 = List.of(new Version(1, 8, 0), new Version(11, 0, 0), new Version(17, 0, 0));
        assertTrue(matches(ee, Map.of("osgi.ee", "JavaSE", "version", java17)), "a list attribute matches any element");
        assertFalse(matches(ee, Map.of("osgi.ee", "JavaSE", "version", List.of(new Version(11, 0, 0)))));
        BundleResource explicit = ManifestResources.fromHeaders(headers("Bundle-SymbolicName", "p",
                "Bundle-RequiredExecutionEnvironment", "JavaSE-17",
                "Require-Capability", "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=11))\""), null);
        assertEquals(1, explicit.getRequirements("osgi.ee").size(), "an explicit osgi.ee requirement wins over the BREE");
    }

    @Test
    void mandatoryAttributesAndFilterEscaping() {
        BundleResource r = ManifestResources.fromHeaders(headers("Bundle-SymbolicName", "p", "Export-Package",
                "org.m;mandatory:=vendor;vendor=acme", "Import-Package", "org.q;label=\"a(b)*\""), null);
        assertEquals("vendor", r.getCapabilities("osgi.wiring.package").get(0).getDirectives().get("mandatory"));
        assertEquals("(&(osgi.wiring.package=org.q)(label=a\\(b\\)\\*))",
                r.getRequirements("osgi.wiring.package").get(0).getDirectives().get("filter"));
        assertEquals(java.util.Set.of("osgi.wiring.package", "label", "version"),
                Filters.attributes("(&(osgi.wiring.package=x)(label=y)(!(version>=2.0.0)))"));
    }

    @Test
    void badManifestsAreRefusedWithTheHeaderNamed() {
        assertRefused("Bundle-ManifestVersion must be 2", Map.of("Bundle-SymbolicName", "p"));
        assertRefused("exactly one symbolic name", headers("Bundle-SymbolicName", "a;b"));
        assertRefused("not a version range", headers("Bundle-SymbolicName", "p", "Import-Package", "a;version=\"[x,2)\""));
        assertRefused("Bundle-Version", headers("Bundle-SymbolicName", "p", "Bundle-Version", "1.x"));
        assertRefused("reserved to the framework", headers("Bundle-SymbolicName", "p",
                "Provide-Capability", "osgi.wiring.package;osgi.wiring.package=x"));
        assertRefused("invalid filter", headers("Bundle-SymbolicName", "p", "Require-Capability", "ns;filter:=\"(a=\""));
        assertRefused("differ", headers("Bundle-SymbolicName", "p", "Export-Package", "a;version=1;specification-version=2"));
    }

    @Test
    void javaPackageImportsNeedNothingFromTheRepository() {
        // bnd's wrapped jars (e.g. FlatLaf from Maven Central) import java.* optionally; Core R7 allows it
        BundleResource r = ManifestResources.fromHeaders(headers("Bundle-SymbolicName", "p", "Import-Package",
                "java.awt;resolution:=optional,javax.swing,org.q;version=\"[1,2)\""), null);
        assertEquals(2, r.getRequirements("osgi.wiring.package").size(), "javax.swing and org.q, not java.awt");
    }

    @Test
    void headerNamesAreCaseInsensitiveAndVersionDefaultsToZero() {
        BundleResource r = ManifestResources.fromHeaders(Map.of("bundle-manifestversion", "2", "BUNDLE-SYMBOLICNAME", "p"), null);
        assertEquals(Version.emptyVersion, r.version());
        assertNull(r.file());
    }

    private static void assertRefused(String part, Map<String, String> h) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ManifestResources.fromHeaders(h, null));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    static Map<String, Object> pkg(String name, String version) {
        return Map.of("osgi.wiring.package", name, "version", Version.parseVersion(version));
    }
}
