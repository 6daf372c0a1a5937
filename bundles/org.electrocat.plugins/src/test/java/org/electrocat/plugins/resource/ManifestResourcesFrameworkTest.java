package org.electrocat.plugins.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.plugins.testing.EmbeddedFramework;
import org.electrocat.plugins.testing.TestJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;

/**
 * Independent check of {@link ManifestResources}: the same jar is installed into a real OSGi
 * framework (Equinox), whose own manifest processing gives the reference capabilities and
 * requirements. Capabilities must agree attribute by attribute; requirements must accept and
 * reject the same probe capabilities.
 */
class ManifestResourcesFrameworkTest {

    @TempDir
    Path tmp;

    @Test
    void agreesWithTheFrameworksOwnManifestProcessing() throws Exception {
        Map<String, String> h = TestJars.bundle("org.example.rich;singleton:=true", "1.2.3.q");
        h.put("Export-Package", "org.example.rich.api;version=\"1.1.0\";uses:=\"org.electrocat.api\","
                + "org.example.rich.spi;org.example.more;version=2.0;vendor=acme");
        h.put("Import-Package", "org.electrocat.api;version=\"[1.0,2)\",org.optional;resolution:=optional,"
                + "org.attr;vendor=acme;version=\"1.5\"");
        h.put("Require-Bundle", "org.other;bundle-version=\"[3.0,4.0)\";visibility:=reexport");
        h.put("Provide-Capability", "electrocat.technique;electrocat.technique=uvvis;version:Version=\"1.0\";"
                + "tags:List<String>=\"a,b\"");
        h.put("Require-Capability", "osgi.extender;filter:=\"(&(osgi.extender=osgi.component)(version>=1.4.0))\"");
        h.put("Bundle-RequiredExecutionEnvironment", "J2SE-1.5, JavaSE-17");
        Path jar = TestJars.write(tmp.resolve("rich.jar"), h);
        BundleResource mine = ManifestResources.fromHeaders(h, jar);
        try (EmbeddedFramework fw = new EmbeddedFramework(tmp.resolve("storage"), Map.of())) {
            Bundle b = fw.context().installBundle(jar.toUri().toString());
            BundleRevision theirs = b.adapt(BundleRevision.class);
            for (String ns : List.of("osgi.identity", "osgi.wiring.bundle", "osgi.wiring.host", "osgi.wiring.package",
                    "electrocat.technique")) {
                compareCapabilities(ns, mine.getCapabilities(ns), theirs.getCapabilities(ns));
            }
            for (String ns : List.of("osgi.wiring.package", "osgi.wiring.bundle", "osgi.extender", "osgi.ee")) {
                compareRequirements(ns, mine.getRequirements(ns), theirs.getRequirements(ns));
            }
        }
    }

    private static void compareCapabilities(String ns, List<Capability> mine, List<? extends Capability> theirs) {
        assertEquals(theirs.size(), mine.size(), ns + " capability count");
        for (Capability m : mine) {
            Capability twin = null;
            for (Capability t : theirs) {
                if (t.getAttributes().entrySet().containsAll(m.getAttributes().entrySet())) {
                    twin = t;
                }
            }
            assertNotNull(twin, ns + ": the framework has no capability with " + m.getAttributes() + "; it has " + theirs);
            for (Map.Entry<String, String> d : m.getDirectives().entrySet()) {
                assertEquals(twin.getDirectives().get(d.getKey()), d.getValue(), ns + " directive " + d.getKey());
            }
        }
    }

    /** Each requirement must have a framework twin that accepts exactly the same probe capabilities. */
    private static void compareRequirements(String ns, List<Requirement> mine, List<? extends Requirement> theirs)
            throws Exception {
        assertEquals(theirs.size(), mine.size(), ns + " requirement count: " + theirs);
        for (Requirement m : mine) {
            List<Map<String, Object>> probes = probes(ns);
            boolean found = false;
            for (Requirement t : theirs) {
                if (sameVerdicts(m, t, probes) && m.getDirectives().getOrDefault("resolution", "mandatory")
                        .equals(t.getDirectives().getOrDefault("resolution", "mandatory"))) {
                    found = true;
                }
            }
            assertTrue(found, ns + ": no framework requirement behaves like " + m.getDirectives() + " among " + theirs);
        }
    }

    private static boolean sameVerdicts(Requirement a, Requirement b, List<Map<String, Object>> probes) throws Exception {
        Filter fa = FrameworkUtil.createFilter(a.getDirectives().get("filter"));
        Filter fb = FrameworkUtil.createFilter(b.getDirectives().get("filter"));
        boolean anyMatch = false;
        for (Map<String, Object> p : probes) {
            if (fa.matches(p) != fb.matches(p)) {
                return false;
            }
            anyMatch |= fa.matches(p);
        }
        return anyMatch;
    }

    /** Capabilities around every boundary the test manifest declares. */
    private static List<Map<String, Object>> probes(String ns) {
        List<Map<String, Object>> out = new ArrayList<>();
        String[] versions = {"0.0.0", "1.0.0", "1.4.0", "1.5.0", "1.9.9", "2.0.0", "3.0.0", "3.5.0", "4.0.0"};
        for (String name : List.of("org.electrocat.api", "org.optional", "org.attr", "org.other", "osgi.component",
                "JavaSE")) {
            for (String v : versions) {
                for (String vendor : new String[] {null, "acme"}) {
                    Map<String, Object> p = new HashMap<>();
                    p.put(ns, name);
                    p.put("version", Version.parseVersion(v));
                    p.put("bundle-version", Version.parseVersion(v));
                    if (vendor != null) {
                        p.put("vendor", vendor);
                    }
                    out.add(p);
                }
            }
        }
        out.add(Map.of("osgi.ee", "JavaSE", "version", List.of(new Version(1, 5, 0))));
        out.add(Map.of("osgi.ee", "JavaSE", "version", List.of(new Version(17, 0, 0))));
        out.add(Map.of("osgi.ee", "JavaSE", "version", List.of(new Version(11, 0, 0))));
        return out;
    }
}
