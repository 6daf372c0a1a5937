package org.electrocat.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.electrocat.plugins.InstalledPlugin;
import org.electrocat.plugins.PluginChange;
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
 * A technique whose feature includes its workbench views as an optional part
 * ({@code <includes optional="true">}), as org.electrocat.ms.feature includes
 * org.electrocat.ms.ui.feature: installed on a platform without the workbench it comes alone with a
 * note, on a platform with it the views come too and go with it; a part never brings in bundles
 * its technique does not (here the workbench, which the repository offers).
 */
class OptionalPartsTest {

    @TempDir
    Path tmp;
    EmbeddedFramework fw;
    Path user;
    TestRepository repo;

    @BeforeEach
    void platform() throws Exception {
        fw = new EmbeddedFramework(tmp.resolve("storage"), Map.of());
        start(PluginManagerTest.api());
        user = tmp.resolve("user");
        repo = repository(tmp.resolve("repo"));
    }

    @AfterEach
    void stop() throws Exception {
        fw.close();
    }

    /** Installs and starts a bundle the way the distribution ships it (not recorded by the manager). */
    void start(Map<String, String> headers) throws Exception {
        Path jar = TestJars.write(tmp.resolve("dist/" + headers.get("Bundle-SymbolicName") + ".jar"), headers);
        fw.context().installBundle("reference:" + jar.toUri()).start();
    }

    FrameworkPluginManager manager() throws Exception {
        return new FrameworkPluginManager(fw.context(), EmbeddedFramework.felixResolver(),
                new Folders(user, user.resolve("plugins"), repo.dir().toUri()));
    }

    static Map<String, String> workbench() {
        Map<String, String> h = TestJars.bundle("org.example.workbench", "1.0.0");
        h.put("Export-Package", "org.example.workbench.api;version=1.0.0");
        return h;
    }

    /** A workbench, a technique, its views (need both), and bare views without a feature requirement. */
    static TestRepository repository(Path dir) throws Exception {
        TestRepository r = new TestRepository(dir);
        r.bundle(PluginManagerTest.api());
        r.bundle(workbench());
        Map<String, String> tech = TestJars.bundle("org.example.tech", "1.0.0");
        tech.put("Import-Package", "org.electrocat.api;version=\"[1.0,2)\"");
        tech.put("Export-Package", "org.example.tech;version=1.0.0");
        r.bundle(tech);
        Map<String, String> views = TestJars.bundle("org.example.tech.ui", "1.0.0");
        views.put("Import-Package", "org.example.tech;version=\"[1.0,2)\",org.example.workbench.api;version=\"[1.0,2)\"");
        r.bundle(views);
        r.feature("org.electrocat.platform.feature", "0.1.0", "Platform", "", "org.electrocat.api 0.1.0");
        r.feature("org.example.workbench.feature", "1.0.0", "Workbench", PluginManagerTest.PLATFORM,
                "org.example.workbench 1.0.0");
        r.feature("org.example.tech.ui.feature", "1.0.0", "Technique views",
                "<requires><import feature=\"org.example.tech.feature\" version=\"1.0.0\"/>"
                        + "<import feature=\"org.example.workbench.feature\" version=\"1.0.0\"/></requires>",
                "org.example.tech.ui 1.0.0");
        r.feature("org.example.tech.feature", "1.0.0", "Technique", PluginManagerTest.PLATFORM
                + "<includes id=\"org.example.tech.ui.feature\" version=\"0.0.0\" optional=\"true\"/>", "org.example.tech 1.0.0");
        // the same views as a part that declares no feature requirement: only its bundle's imports decide
        r.feature("org.example.bare.feature", "1.0.0", "Technique, bare views", PluginManagerTest.PLATFORM
                + "<includes id=\"org.example.bareui.feature\" version=\"0.0.0\" optional=\"true\"/>", "org.example.tech 1.0.0");
        r.feature("org.example.bareui.feature", "1.0.0", "Bare views", "", "org.example.tech.ui 1.0.0");
        return r.publish();
    }

    Bundle bundle(String name) {
        return FrameworkOps.find(fw.context(), name, Version.parseVersion("1.0.0"));
    }

    List<String> jars() throws Exception {
        if (!Files.isDirectory(user.resolve("plugins"))) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(user.resolve("plugins"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
    }

    @Test
    void withoutTheWorkbenchTheTechniqueComesAloneAndSaysWhy() throws Exception {
        FrameworkPluginManager m = manager();
        PluginChange c = m.install(repo.dir().toUri(), "org.example.tech");
        assertEquals(PluginChange.Action.INSTALLED, c.action());
        assertEquals(List.of("org.example.tech 1.0.0"), c.added());
        assertTrue(c.note().contains("optional part org.example.tech.ui not installed: it needs"
                + " org.example.workbench.feature (Workbench), which is not here"), c.note());
        assertNull(bundle("org.example.tech.ui"));
        assertNull(bundle("org.example.workbench"), "a part never brings the workbench in");
        assertEquals(List.of("org.example.tech_1.0.0.jar"), jars());
        InstalledPlugin ip = m.installed().get(0);
        assertEquals(1, m.installed().size());
        assertEquals(List.of(), ip.includes());
        PluginChange gone = m.remove("org.example.tech");
        assertEquals(List.of("org.example.tech 1.0.0"), gone.removed());
        assertEquals(List.of(), jars());
    }

    @Test
    void aPartWhoseBundlesNeedMoreThanItsTechniqueBringsStaysOut() throws Exception {
        PluginChange c = manager().install(repo.dir().toUri(), "org.example.bare");
        assertEquals(List.of("org.example.tech 1.0.0"), c.added());
        assertTrue(c.note().contains("optional part org.example.bareui not installed: cannot install"), c.note());
        assertTrue(c.note().contains("org.example.workbench.api"), "names what is missing: " + c.note());
        assertNull(bundle("org.example.workbench"), "the repository has it, but a part may not bring it");
        assertEquals(List.of("org.example.tech_1.0.0.jar"), jars());
    }

    @Test
    void withTheWorkbenchTheViewsComeAndGoWithTheirTechnique() throws Exception {
        start(workbench());
        FrameworkPluginManager m = manager();
        PluginChange c = m.install(repo.dir().toUri(), "org.example.tech");
        assertEquals(Set.of("org.example.tech 1.0.0", "org.example.tech.ui 1.0.0"), Set.copyOf(c.added()));
        assertTrue(c.note().contains("with its optional part org.example.tech.ui"), c.note());
        assertFalse(c.restartNeeded());
        assertEquals(Bundle.ACTIVE, bundle("org.example.tech.ui").getState());
        assertEquals(List.of("org.example.tech.ui_1.0.0.jar", "org.example.tech_1.0.0.jar"), jars());
        List<InstalledPlugin> installed = m.installed();
        assertEquals(List.of("org.example.tech.feature", "org.example.tech.ui.feature"),
                installed.stream().map(InstalledPlugin::id).toList());
        assertEquals(List.of("org.example.tech.ui.feature"), installed.get(0).includes());
        assertEquals(List.of("org.example.tech.feature"), installed.get(1).requires(),
                "the views need their technique; the running workbench is the distribution's");
        assertEquals(installed, manager().installed(), "parts survive a restart in installed.json");

        PluginChange gone = m.remove("org.example.tech");
        assertEquals(Set.of("org.example.tech 1.0.0", "org.example.tech.ui 1.0.0"), Set.copyOf(gone.removed()));
        assertTrue(gone.note().startsWith("with its part(s) org.example.tech.ui; "), gone.note());
        assertTrue(gone.note().contains("no restart needed"), gone.note());
        assertNull(bundle("org.example.tech.ui"));
        assertNull(bundle("org.example.tech"));
        assertEquals(Bundle.ACTIVE, bundle("org.example.workbench").getState(), "the distribution's workbench stays");
        assertEquals(List.of(), jars());
        assertEquals(List.of(), m.installed());
    }

    @Test
    void theViewsCanBeRemovedAloneAndTheTechniqueStays() throws Exception {
        start(workbench());
        FrameworkPluginManager m = manager();
        m.install(repo.dir().toUri(), "org.example.tech");
        PluginChange c = m.remove("org.example.tech.ui");
        assertEquals(List.of("org.example.tech.ui 1.0.0"), c.removed());
        assertEquals(Bundle.ACTIVE, bundle("org.example.tech").getState());
        InstalledPlugin tech = m.installed().get(0);
        assertEquals(List.of(), tech.includes(), "no longer a part of the technique");
        assertEquals(List.of("org.example.tech_1.0.0.jar"), jars());
    }
}
