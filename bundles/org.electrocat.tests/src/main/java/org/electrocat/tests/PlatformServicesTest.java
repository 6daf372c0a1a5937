package org.electrocat.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.study.Study;
import org.electrocat.runtime.MissingPluginException;
import org.electrocat.runtime.PluginRegistry;
import org.electrocat.runtime.StudyFile;
import org.electrocat.runtime.StudyOutcome;
import org.electrocat.runtime.StudyRunner;
import org.electrocat.tests.toy.ToyReportSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Runs inside Equinox (tycho-surefire): checks that the platform's and a plugin's Declarative
 * Services components register, that a study runs through them, and that disabling a technique
 * makes the runtime name the missing plugin.
 */
class PlatformServicesTest {

    @TempDir
    Path dir;

    /** The harness loads this bundle without starting it; DS only serves active bundles. */
    @org.junit.jupiter.api.BeforeAll
    static void startThisPlugin() throws org.osgi.framework.BundleException {
        Bundle b = FrameworkUtil.getBundle(PlatformServicesTest.class);
        if (b.getState() != Bundle.ACTIVE) {
            b.start();
        }
    }

    private static BundleContext context() {
        Bundle b = FrameworkUtil.getBundle(PlatformServicesTest.class);
        assertNotNull(b, "test must run inside OSGi");
        return b.getBundleContext();
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext ctx = context();
        for (int i = 0; i < 100; i++) {
            ServiceReference<T> ref = ctx.getServiceReference(type);
            if (ref != null) {
                return ctx.getService(ref);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("service " + type.getName() + " never appeared; is org.apache.felix.scr started?");
    }

    private static void awaitTechnique(PluginRegistry registry, String id) throws InterruptedException {
        for (int i = 0; i < 100 && registry.technique(id).isEmpty(); i++) {
            Thread.sleep(50);
        }
    }

    private static String diagnostics() throws InterruptedException {
        StringBuilder sb = new StringBuilder("; bundles: ");
        for (Bundle b : context().getBundles()) {
            sb.append(b.getSymbolicName()).append('=').append(b.getState()).append(' ');
        }
        ServiceComponentRuntime scr = service(ServiceComponentRuntime.class);
        sb.append("; components: ");
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            sb.append(d.name).append(' ');
        }
        return sb.toString();
    }

    private Path study() throws Exception {
        Path data = Path.of(System.getProperty("electrocat.testdata"), "constant.toy");
        Files.createDirectories(dir.resolve("data"));
        Files.copy(data, dir.resolve("data/constant.toy"));
        return Files.writeString(dir.resolve("study.yaml"), String.join("\n",
                "study: Toy study",
                "datasets:",
                "  - {id: run1, file: data/constant.toy, technique: toy}",
                "analyses:",
                "  - {id: charge, analysis: toy.charge, inputs: [run1], parameters: {scale: 0.5}}",
                ""));
    }

    @Test
    void platformAndPluginServicesRegisterThroughDeclarativeServices() throws Exception {
        PluginRegistry registry = service(PluginRegistry.class);
        awaitTechnique(registry, "toy");
        assertTrue(registry.technique("toy").isPresent(), "toy technique: " + registry.techniqueIds() + diagnostics());
        assertTrue(registry.reader("toy.text").isPresent());
        assertTrue(registry.analysis("toy.charge").isPresent());
        assertFalse(registry.chartContributors().isEmpty());
        assertFalse(registry.reportSections().isEmpty());
    }

    @Test
    void aStudyRunsThroughThePluginsExtensionPoints() throws Exception {
        PluginRegistry registry = service(PluginRegistry.class);
        awaitTechnique(registry, "toy");
        Study s = StudyFile.load(study());
        StudyOutcome out = new StudyRunner(registry).run(s, ProgressMonitor.NONE);
        assertTrue(out.complete(), out.failures().toString());
        StudyOutcome.StepResult step = out.results().get(0);
        // 2 A for 3 s = 6 C, times the scale 0.5
        assertEquals(3.0, step.result().value("q").orElseThrow().quantity().value(), 1e-12);
        assertEquals("charge", step.charts().get(0).id());
        assertTrue(step.sections().stream().anyMatch(sec -> sec instanceof ToyReportSection));
        assertEquals("toy.text", out.datasets().get("run1").get(0).provenance().sources().get(0).reader());
    }

    @Test
    void disablingATechniqueMakesTheRuntimeNameTheMissingPlugin() throws Exception {
        PluginRegistry registry = service(PluginRegistry.class);
        ServiceComponentRuntime scr = service(ServiceComponentRuntime.class);
        awaitTechnique(registry, "toy");
        Bundle toy = FrameworkUtil.getBundle(org.electrocat.tests.toy.ToyTechnique.class);
        ComponentDescriptionDTO technique = scr.getComponentDescriptionDTO(toy,
                "org.electrocat.tests.toy.ToyTechnique");
        assertNotNull(technique, "component description of ToyTechnique");
        Study s = StudyFile.load(study());
        try {
            scr.disableComponent(technique).getValue();
            assertTrue(registry.technique("toy").isEmpty(), "technique should be gone");
            MissingPluginException e = assertThrows(MissingPluginException.class, () -> new StudyRunner(registry).check(s));
            assertEquals("toy", e.technique());
            assertTrue(e.getMessage().contains("'toy'"), e.getMessage());
        } finally {
            scr.enableComponent(technique).getValue();
        }
        assertTrue(registry.technique("toy").isPresent());
    }
}
