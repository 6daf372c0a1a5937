package org.electrocat.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.electrocat.plugins.AvailablePlugin;
import org.electrocat.plugins.InstalledPlugin;
import org.electrocat.plugins.PluginChange;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.p2.Checksums;
import org.electrocat.plugins.testing.EmbeddedFramework;
import org.electrocat.plugins.testing.TestJars;
import org.electrocat.plugins.testing.TestRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * The plugin manager in a real OSGi framework (Equinox) with the Felix resolver: a "platform"
 * bundle exporting org.electrocat.api 1.0.0 runs, a p2 repository written by the test offers
 * plugins, and every operation is checked on the framework's bundles, the plugin folder and
 * installed.json.
 */
class PluginManagerTest {

    static final String PLATFORM = "<requires><import feature=\"org.electrocat.platform.feature\" version=\"0.1.0\"/></requires>";

    @TempDir
    Path tmp;
    EmbeddedFramework fw;
    Path user;
    TestRepository repo;
    FrameworkPluginManager manager;

    @BeforeEach
    void platformAndRepository() throws Exception {
        fw = new EmbeddedFramework(tmp.resolve("storage"), Map.of());
        Path api = TestJars.write(tmp.resolve("dist/org.electrocat.api_0.1.0.jar"), api());
        fw.context().installBundle("reference:" + api.toUri()).start();
        repo = repository(tmp.resolve("repo"), "1.0.0");
        user = tmp.resolve("user");
        manager = newManager();
    }

    FrameworkPluginManager newManager() throws Exception {
        return new FrameworkPluginManager(fw.context(), EmbeddedFramework.felixResolver(),
                new Folders(user, user.resolve("plugins"), repo.dir().toUri()));
    }

    @AfterEach
    void stop() throws Exception {
        fw.close();
    }

    static Map<String, String> api() {
        Map<String, String> h = TestJars.bundle("org.electrocat.api", "0.1.0");
        h.put("Export-Package", "org.electrocat.api;version=\"1.0.0\"");
        return h;
    }

    /** Platform feature, a library, uvvis (needs the library), other (needs it too), future (API 2), consumer (uses uvvis). */
    static TestRepository repository(Path dir, String uvvisVersion) throws Exception {
        TestRepository r = new TestRepository(dir);
        r.bundle(api());
        Map<String, String> lib = TestJars.bundle("org.example.lib", "1.0.0");
        lib.put("Export-Package", "org.example.lib;version=1.0.0");
        r.bundle(lib);
        Map<String, String> uvvis = TestJars.bundle("org.example.uvvis", uvvisVersion);
        uvvis.put("Import-Package", "org.electrocat.api;version=\"[1.0,2)\",org.example.lib;version=\"[1.0,2)\"");
        uvvis.put("Export-Package", "org.example.uvvis;version=1.0.0");
        r.bundle(uvvis);
        Map<String, String> other = TestJars.bundle("org.example.other", "1.0.0");
        other.put("Import-Package", "org.example.lib;version=\"[1.0,2)\"");
        r.bundle(other);
        Map<String, String> future = TestJars.bundle("org.example.future", "1.0.0");
        future.put("Import-Package", "org.electrocat.api;version=\"[2.0,3)\"");
        r.bundle(future);
        Map<String, String> consumer = TestJars.bundle("org.example.consumer", "1.0.0");
        consumer.put("Import-Package", "org.example.uvvis");
        r.bundle(consumer);
        r.feature("org.electrocat.platform.feature", "0.1.0", "Platform", "", "org.electrocat.api 0.1.0");
        r.feature("org.example.uvvis.feature", uvvisVersion, "UV-vis", PLATFORM, "org.example.uvvis " + uvvisVersion);
        r.feature("org.example.other.feature", "1.0.0", "Other", PLATFORM, "org.example.other 1.0.0");
        r.feature("org.example.future.feature", "1.0.0", "Future", PLATFORM, "org.example.future 1.0.0");
        r.feature("org.example.consumer.feature", "1.0.0", "Consumer",
                "<requires><import feature=\"org.example.other.feature\" version=\"1.0.0\"/></requires>",
                "org.example.consumer 1.0.0");
        return r.category("Techniques", "org.example.uvvis.feature").publish();
    }

    Bundle bundle(String name, String version) {
        return FrameworkOps.find(fw.context(), name, Version.parseVersion(version));
    }

    List<Path> jars() throws Exception {
        if (!Files.isDirectory(user.resolve("plugins"))) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(user.resolve("plugins"))) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    @Test
    void installResolvesStartsAndRecords() throws Exception {
        PluginChange c = manager.install(repo.dir().toUri(), "org.example.uvvis");
        assertEquals(PluginChange.Action.INSTALLED, c.action());
        assertEquals(Set.of("org.example.lib 1.0.0", "org.example.uvvis 1.0.0"), Set.copyOf(c.added()),
                "the resolver brought the library the plugin imports");
        assertFalse(c.restartNeeded());
        assertEquals(Bundle.ACTIVE, bundle("org.example.uvvis", "1.0.0").getState());
        assertEquals(Bundle.ACTIVE, bundle("org.example.lib", "1.0.0").getState());
        assertEquals(List.of(user.resolve("plugins/org.example.lib_1.0.0.jar"), user.resolve("plugins/org.example.uvvis_1.0.0.jar")),
                jars());
        InstalledPlugin ip = manager.installed().get(0);
        assertEquals("org.example.uvvis.feature", ip.id());
        assertEquals(List.of(), ip.requires(), "the platform feature is the running distribution");
        for (InstalledPlugin.InstalledBundle b : ip.bundles()) {
            Path repoJar = repo.dir().resolve("plugins/" + b.file());
            assertEquals(Checksums.sha256(repoJar), b.sha256(), "recorded hash is the published file's");
            assertEquals(b.symbolicName().equals("org.example.lib"), b.dependency());
        }
        assertEquals(manager.installed(), newManager().installed(), "the record survives a restart");
        assertEquals(PluginChange.Action.UNCHANGED, manager.install(repo.dir().toUri(), "org.example.uvvis.feature").action());
    }

    @Test
    void aPluginForAnotherApiMajorIsRefusedWithTheRanges() throws Exception {
        PluginException e = assertThrows(PluginException.class, () -> manager.install(repo.dir().toUri(), "org.example.future"));
        assertEquals(PluginException.Reason.UNRESOLVABLE, e.reason());
        assertTrue(e.getMessage().contains("plugin org.example.future 1.0.0 needs org.electrocat.api [2.0,3) but this"
                + " platform provides 1.0.0"), e.getMessage());
        assertNull(bundle("org.example.future", "1.0.0"));
        assertEquals(List.of(), jars());
        assertEquals(List.of(), manager.installed());
    }

    @Test
    void aTamperedArtifactIsRefusedAndNothingStays() throws Exception {
        Path jar = repo.dir().resolve("plugins/org.example.uvvis_1.0.0.jar");
        byte[] b = Files.readAllBytes(jar);
        b[b.length / 3] ^= 0x20;
        Files.write(jar, b);
        PluginException e = assertThrows(PluginException.class, () -> manager.install(repo.dir().toUri(), "org.example.uvvis"));
        assertEquals(PluginException.Reason.CHECKSUM, e.reason());
        assertTrue(e.getMessage().contains("org.example.uvvis_1.0.0.jar"), e.getMessage());
        assertNull(bundle("org.example.uvvis", "1.0.0"));
        assertNull(bundle("org.example.lib", "1.0.0"));
        assertEquals(List.of(), jars());
    }

    @Test
    void removeUninstallsRefreshesAndDeletes() throws Exception {
        manager.install(repo.dir().toUri(), "org.example.uvvis");
        PluginChange c = manager.remove("org.example.uvvis");
        assertEquals(PluginChange.Action.REMOVED, c.action());
        assertEquals(Set.of("org.example.lib 1.0.0", "org.example.uvvis 1.0.0"), Set.copyOf(c.removed()));
        assertFalse(c.restartNeeded(), c.note());
        assertNull(bundle("org.example.uvvis", "1.0.0"));
        assertNull(bundle("org.example.lib", "1.0.0"));
        assertEquals(List.of(), jars());
        assertEquals(List.of(), manager.installed());
        assertEquals(PluginException.Reason.NOT_FOUND,
                assertThrows(PluginException.class, () -> manager.remove("org.example.uvvis")).reason());
    }

    @Test
    void aSharedDependencyStaysWithThePluginThatStillUsesIt() throws Exception {
        manager.install(repo.dir().toUri(), "org.example.uvvis");
        PluginChange other = manager.install(repo.dir().toUri(), "org.example.other");
        assertEquals(List.of("org.example.other 1.0.0"), other.added(), "the library is there already");
        PluginChange c = manager.remove("org.example.uvvis");
        assertEquals(List.of("org.example.uvvis 1.0.0"), c.removed());
        assertEquals(Bundle.ACTIVE, bundle("org.example.lib", "1.0.0").getState());
        InstalledPlugin rest = manager.installed().get(0);
        assertTrue(rest.bundles().stream().anyMatch(b -> b.symbolicName().equals("org.example.lib") && b.dependency()),
                "the library now belongs to 'other': " + rest);
        manager.remove("org.example.other");
        assertNull(bundle("org.example.lib", "1.0.0"));
        assertEquals(List.of(), jars());
    }

    @Test
    void pluginsOthersNeedCannotBeRemoved() throws Exception {
        manager.install(repo.dir().toUri(), "org.example.uvvis");
        PluginChange consumer = manager.install(repo.dir().toUri(), "org.example.consumer");
        assertTrue(consumer.added().contains("org.example.other 1.0.0"), "required feature installed too: " + consumer);
        PluginException wired = assertThrows(PluginException.class, () -> manager.remove("org.example.uvvis"));
        assertEquals(PluginException.Reason.IN_USE, wired.reason());
        assertTrue(wired.getMessage().contains("org.example.consumer 1.0.0 uses org.example.uvvis"), wired.getMessage());
        PluginException required = assertThrows(PluginException.class, () -> manager.remove("org.example.other"));
        assertTrue(required.getMessage().contains("consumer require it"), required.getMessage());
        assertEquals(Bundle.ACTIVE, bundle("org.example.uvvis", "1.0.0").getState(), "a refused removal changes nothing");
    }

    @Test
    void updateReplacesTheOldVersion() throws Exception {
        manager.install(repo.dir().toUri(), "org.example.uvvis");
        TestRepository next = repository(tmp.resolve("repo2"), "1.1.0");
        assertEquals(AvailablePlugin.State.UPDATE_AVAILABLE, state(manager.available(next.dir().toUri()), "org.example.uvvis.feature"));
        List<PluginChange> changes = manager.update(next.dir().toUri());
        assertEquals(PluginChange.Action.UPDATED, changes.get(0).action());
        assertEquals(List.of("org.example.uvvis 1.0.0"), changes.get(0).removed());
        assertEquals(List.of("org.example.uvvis 1.1.0"), changes.get(0).added());
        assertNull(bundle("org.example.uvvis", "1.0.0"));
        assertEquals(Bundle.ACTIVE, bundle("org.example.uvvis", "1.1.0").getState());
        assertEquals(List.of(user.resolve("plugins/org.example.lib_1.0.0.jar"), user.resolve("plugins/org.example.uvvis_1.1.0.jar")),
                jars());
        assertEquals("1.1.0", manager.installed().get(0).version());
        assertEquals(PluginChange.Action.UNCHANGED, manager.update(next.dir().toUri()).get(0).action());
    }

    @Test
    void availableListsFeaturesWithTheirState() throws Exception {
        List<AvailablePlugin> list = manager.available(repo.dir().toUri());
        assertEquals(AvailablePlugin.State.IN_DISTRIBUTION, state(list, "org.electrocat.platform.feature"));
        assertEquals(AvailablePlugin.State.AVAILABLE, state(list, "org.example.uvvis.feature"));
        assertEquals(List.of("Techniques"), list.stream().filter(p -> p.id().equals("org.example.uvvis.feature"))
                .findFirst().orElseThrow().categories());
        manager.install(repo.dir().toUri(), "org.example.uvvis");
        assertEquals(AvailablePlugin.State.INSTALLED, state(manager.available(repo.dir().toUri()), "org.example.uvvis.feature"));
        PluginException e = assertThrows(PluginException.class, () -> manager.install(repo.dir().toUri(), "nmr"));
        assertEquals(PluginException.Reason.NOT_FOUND, e.reason());
        assertTrue(e.getMessage().contains("example.uvvis"), e.getMessage());
    }

    private static AvailablePlugin.State state(List<AvailablePlugin> list, String id) {
        return list.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().state();
    }
}
