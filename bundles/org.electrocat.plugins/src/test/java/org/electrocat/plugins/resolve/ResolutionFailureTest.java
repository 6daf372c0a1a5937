package org.electrocat.plugins.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrocat.plugins.resource.BundleResource;
import org.electrocat.plugins.resource.ManifestResources;
import org.electrocat.plugins.testing.EmbeddedFramework;
import org.electrocat.plugins.testing.TestJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.resource.Resource;
import org.osgi.resource.Wiring;
import org.osgi.service.resolver.ResolutionException;
import org.osgi.service.resolver.Resolver;

/** Resolution against a running framework's wirings, and the explanations of failures. */
class ResolutionFailureTest {

    @TempDir
    Path tmp;
    EmbeddedFramework fw;
    Map<Resource, Wiring> wirings;
    Resolver resolver;

    @BeforeEach
    void platform() throws Exception {
        fw = new EmbeddedFramework(tmp.resolve("storage"), Map.of());
        Map<String, String> api = TestJars.bundle("org.electrocat.api", "0.1.0");
        api.put("Export-Package", "org.electrocat.api;version=\"1.0.0\"");
        fw.context().installBundle(TestJars.write(tmp.resolve("api.jar"), api).toUri().toString()).start();
        wirings = new java.util.LinkedHashMap<>();
        for (Bundle b : fw.context().getBundles()) {
            BundleWiring w = b.adapt(BundleWiring.class);
            wirings.put(w.getRevision(), w);
        }
        resolver = EmbeddedFramework.felixResolver();
    }

    @AfterEach
    void stop() throws Exception {
        fw.close();
    }

    static BundleResource bundle(String name, String... kv) {
        Map<String, String> h = TestJars.bundle(name, "1.0.0");
        for (int i = 0; i < kv.length; i += 2) {
            h.put(kv[i], kv[i + 1]);
        }
        return ManifestResources.fromHeaders(h, null);
    }

    @Test
    void resolvesAgainstThePlatformAndPullsInWhatIsMissing() throws Exception {
        BundleResource lib = bundle("lib", "Export-Package", "lib;version=1.2");
        BundleResource unused = bundle("unused", "Export-Package", "unused");
        BundleResource plugin = bundle("plugin", "Import-Package",
                "org.electrocat.api;version=\"[1.0,2)\",lib;version=\"[1.0,2)\",absent;resolution:=optional");
        PluginResolveContext ctx = new PluginResolveContext(List.of(plugin), wirings, List.of(plugin, lib, unused));
        Map<Resource, ?> result = resolver.resolve(ctx);
        assertEquals(Set.of(plugin, lib), result.keySet(), "only what the plugin needs is added; installed ones are fixed");
    }

    @Test
    void aDependencyOfADependencyIsNamed() throws Exception {
        BundleResource lib = bundle("lib", "Export-Package", "lib", "Import-Package", "org.electrocat.api;version=\"[2.0,3)\"");
        BundleResource plugin = bundle("plugin", "Import-Package", "lib");
        PluginResolveContext ctx = new PluginResolveContext(List.of(plugin), wirings, List.of(plugin, lib));
        ResolutionException e = assertThrows(ResolutionException.class, () -> resolver.resolve(ctx));
        assertEquals(List.of("plugin lib 1.0.0 needs org.electrocat.api [2.0,3) but this platform provides 1.0.0"),
                ResolutionFailure.explain(e, ctx));
    }

    @Test
    void otherMissingRequirementsSayWhatIsMissing() throws Exception {
        BundleResource nothing = bundle("p1", "Import-Package", "org.nowhere;version=\"[1,2)\"");
        assertExplained(nothing, "plugin p1 1.0.0 needs org.nowhere [1,2) but neither this platform nor the repository provides it");
        BundleResource java = bundle("p2", "Bundle-RequiredExecutionEnvironment", "JavaSE-99");
        assertExplained(java, "plugin p2 1.0.0 needs Java JavaSE-99 but this platform runs on Java " + System.getProperty("java.specification.version"));
        BundleResource host = bundle("p3", "Fragment-Host", "org.missing.host");
        assertExplained(host, "needs host bundle org.missing.host");
    }

    private void assertExplained(BundleResource r, String part) {
        PluginResolveContext ctx = new PluginResolveContext(List.of(r), wirings, List.of(r));
        ResolutionException e = assertThrows(ResolutionException.class, () -> resolver.resolve(ctx));
        String msg = String.join("; ", ResolutionFailure.explain(e, ctx));
        assertTrue(msg.contains(part), msg);
    }
}
