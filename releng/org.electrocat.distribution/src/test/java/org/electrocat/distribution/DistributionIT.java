package org.electrocat.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End-to-end tests of the assembled distribution: boots it as a user would (a separate JVM through
 * the launcher, Felix by default, Equinox on request), installs the toy technique plugin from a
 * folder as a third-party lab would, runs a study into a report, and checks the failures a user
 * meets: a missing plugin, a missing file, a broken study file.
 */
class DistributionIT {

    static Path dist;
    static Path toyPlugins;

    @TempDir
    Path work;

    @BeforeAll
    static void locate() throws IOException {
        dist = Path.of(System.getProperty("electrocat.dist"));
        Path repo = Path.of(System.getProperty("electrocat.repo"));
        Path toyTarget = repo.resolve("bundles/org.electrocat.tests.toy/target");
        toyPlugins = Files.createTempDirectory("electrocat-toy-plugins");
        try (Stream<Path> s = Files.list(toyTarget)) {
            for (Path jar : s.filter(p -> p.getFileName().toString().matches("org\\.electrocat\\.tests\\.toy-.*\\.jar")
                    && !p.toString().endsWith("-sources.jar")).toList()) {
                Files.copy(jar, toyPlugins.resolve(jar.getFileName()));
            }
        }
    }

    /** Runs the full distribution in {@code dir}, with a user folder of its own. */
    static Electrocat.Run electrocat(Path dir, String... args) throws IOException, InterruptedException {
        return Electrocat.run(dist, dir, dir.resolve("user"), args);
    }

    private Path toyStudy() throws IOException {
        Files.createDirectories(work.resolve("data"));
        // 2 A for 3 s: 6 C; scale 0.5 gives 3 C
        Files.writeString(work.resolve("data/run1.toy"), "#toy\n0,2\n1,2\n2,2\n3,2\n");
        return Files.writeString(work.resolve("study.yaml"), String.join("\n",
                "study: Toy study",
                "datasets:",
                "  - {id: run1, file: data/run1.toy, technique: toy}",
                "analyses:",
                "  - {id: charge, analysis: toy.charge, inputs: [run1], parameters: {scale: 0.5}}",
                "output: {directory: out, formats: [html, json, csv, svg]}",
                ""));
    }

    /**
     * Each technique's workbench views (its optional {@code .ui} feature) come with the full
     * distribution, and none with the core-only one (they are installed from its repository).
     */
    @Test
    void theFullDistributionShipsEachTechniquesViewsAndTheCoreOnlyOneNone() throws Exception {
        Path core = Path.of(System.getProperty("electrocat.dist.core"));
        for (String t : List.of("echem", "eis", "vibspec", "xps", "xas")) {
            String prefix = "org.electrocat." + t + ".ui_";
            assertEquals(1, jars(dist.resolve("bundles"), prefix), prefix + " in the full distribution");
            assertEquals(0, jars(core.resolve("bundles"), prefix), prefix + " not in the core distribution");
            assertEquals(1, jars(core.resolve("repository/plugins"), prefix), prefix + " installable from its repository");
        }
    }

    private static long jars(Path dir, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".jar")).count();
        }
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Electrocat.Run r = electrocat(work, "--help");
        assertEquals(0, r.exit(), r.err());
        for (String c : List.of("run", "analyze", "formats", "analyses", "plugins")) {
            assertTrue(r.out().contains(c), "help mentions " + c + ":\n" + r.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"felix", "equinox"})
    void aThirdPartyPluginRunsAStudyIntoAReport(String framework) throws Exception {
        Path study = toyStudy();
        Electrocat.Run r = electrocat(work, "--framework", framework, "--bundles", toyPlugins.toString(), "run", study.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("q = 3"), r.out());
        Path html = work.resolve("out/report.html");
        assertTrue(Files.isRegularFile(html), "report.html written");
        String report = Files.readString(html);
        assertTrue(report.contains("<svg"), "chart embedded as SVG");
        assertTrue(report.contains("Toy section"), "plugin's report section used");
        String json = Files.readString(work.resolve("out/results.json"));
        assertTrue(json.contains("\"toy.charge\""), json);
        assertTrue(r.err().contains("step charge"), "progress shown on stderr: " + r.err());
    }

    @Test
    void withoutThePluginTheStudyNamesItAndWritesNothing() throws Exception {
        Path study = toyStudy();
        Electrocat.Run r = electrocat(work, "run", study.toString());
        assertEquals(4, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("'toy'") && r.err().contains("not installed"), r.err());
        assertFalse(Files.exists(work.resolve("out")), "nothing written");
        Electrocat.Run list = electrocat(work, "plugins", "list");
        assertEquals(0, list.exit(), list.err());
    }

    @Test
    void badInputsGetClearMessagesAndExitCodes() throws Exception {
        Path study = toyStudy();
        Files.delete(work.resolve("data/run1.toy"));
        Electrocat.Run missing = electrocat(work, "--bundles", toyPlugins.toString(), "run", study.toString());
        assertEquals(3, missing.exit(), missing.err());
        assertTrue(missing.err().contains("run1.toy"), missing.err());

        Files.writeString(work.resolve("data/run1.toy"), "#toy\n0,2\n1,oops\n");
        Electrocat.Run bad = electrocat(work, "--bundles", toyPlugins.toString(), "run", study.toString());
        assertEquals(3, bad.exit(), bad.err());
        assertTrue(bad.err().contains("run1.toy:3"), bad.err());

        Path typo = Files.writeString(work.resolve("typo.yaml"), "study: T\ndatasets:\n  - {id: a, fiel: x.toy}\n");
        Electrocat.Run t = electrocat(work, "run", typo.toString());
        assertEquals(2, t.exit(), t.err());
        assertTrue(t.err().contains("typo.yaml:3") && t.err().contains("fiel"), t.err());

        Electrocat.Run none = electrocat(work, "run", "nothing-here.yaml");
        assertEquals(3, none.exit(), none.err());
        assertTrue(none.err().contains("nothing-here.yaml"), none.err());
    }
}
