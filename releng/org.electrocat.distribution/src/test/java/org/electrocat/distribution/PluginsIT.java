package org.electrocat.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end plugin management on the core-only distribution (platform feature only, the full
 * p2 repository shipped in repository/): a study of the echem technique is refused while the
 * plugin is missing, runs once 'plugins install echem' has installed it, and is refused again
 * after 'plugins remove echem'; a tampered artifact and a plugin built for another major version
 * of the API are refused with clear messages, and nothing is left installed.
 */
class PluginsIT {

    static Path core;

    @TempDir
    Path work;
    Path user;
    Path lsv;

    @BeforeAll
    static void locate() {
        core = Path.of(System.getProperty("electrocat.dist.core"));
        assertTrue(Files.isRegularFile(core.resolve("repository/artifacts.jar")), "the core distribution ships the repository");
    }

    @BeforeEach
    void data() throws Exception {
        user = work.resolve("user");
        Path shared = Path.of(System.getProperty("electrocat.repo"), "..", "shared", "data", "echem", "lsv.mpt");
        if (Files.isRegularFile(shared)) {
            lsv = shared.toAbsolutePath().normalize();
        } else {
            // a small cathodic sweep in BioLogic's text export: I = -2 mA·exp(-(E + 0.3 V)/0.06 V)
            StringBuilder sb = new StringBuilder("EC-Lab ASCII FILE\nNb header lines : 4\n\ntime/s\tEwe/V\t<I>/mA\n");
            for (int i = 0; i <= 400; i++) {
                double e = -0.002 * i;
                sb.append(i * 0.1).append('\t').append(e).append('\t').append(-2 * Math.exp(-(e + 0.3) / 0.06)).append('\n');
            }
            lsv = Files.writeString(work.resolve("sweep.mpt"), sb.toString());
        }
    }

    Electrocat.Run ec(String... args) throws Exception {
        return Electrocat.run(core, work, user, args);
    }

    Electrocat.Run analyze(String out) throws Exception {
        return ec("analyze", lsv.toString(), "--analysis", "echem.lsv", "--param", "area=1", "-o", work.resolve(out).toString());
    }

    List<Path> installedJars() throws Exception {
        Path dir = user.resolve("plugins");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).toList();
        }
    }

    @Test
    void installMakesTheStudyRunAndRemoveRestoresTheCoreState() throws Exception {
        Electrocat.Run list = ec("plugins", "list");
        assertEquals(0, list.exit(), list.all());
        assertTrue(list.out().contains("Technique plugins running: none"), list.out());
        assertFalse(ec("formats").out().contains("echem.biologic-mpt"), "no BioLogic reader in the core");
        Electrocat.Run refused = analyze("out0");
        assertEquals(4, refused.exit(), refused.all());
        assertTrue(refused.err().contains("'echem'") && refused.err().contains("not installed"), refused.err());

        Electrocat.Run available = ec("plugins", "available");
        assertEquals(0, available.exit(), available.all());
        assertTrue(available.out().matches("(?s).*\\n  echem +\\S+ +available .*"), available.out());
        assertTrue(available.out().matches("(?s).*\\n  platform +\\S+ +in distribution .*"), available.out());

        Electrocat.Run install = ec("plugins", "install", "echem");
        assertEquals(0, install.exit(), install.all());
        assertTrue(install.out().contains("Installed echem") && install.out().contains("+ org.electrocat.echem "), install.out());
        // the workbench views are an optional part: a command-line installation goes without them
        assertTrue(install.out().contains("optional part echem.ui not installed"), install.out());
        assertTrue(install.out().contains("no restart needed"), install.out());
        assertTrue(install.out().matches("(?s).*running now:\\n  echem .*"), "services registered at once:\n" + install.out());
        assertEquals(1, installedJars().size(), installedJars().toString());
        assertTrue(Files.readString(user.resolve("plugins/installed.json")).contains("\"org.electrocat.echem.feature\""));

        Electrocat.Run formats = ec("formats");
        assertTrue(formats.out().contains("echem.biologic-mpt"), "the next start loads the plugin:\n" + formats.out());
        Electrocat.Run ran = analyze("out1");
        assertEquals(0, ran.exit(), ran.all());
        assertTrue(Files.readString(work.resolve("out1/results.json")).contains("\"echem.lsv\""));
        assertEquals(0, ec("plugins", "install", "echem").exit(), "installing twice is harmless");

        Electrocat.Run remove = ec("plugins", "remove", "echem");
        assertEquals(0, remove.exit(), remove.all());
        assertTrue(remove.out().contains("Removed echem") && remove.out().contains("no restart needed"), remove.out());
        assertTrue(remove.out().contains("running now: none"), remove.out());
        assertEquals(List.of(), installedJars());
        Electrocat.Run again = analyze("out2");
        assertEquals(4, again.exit(), again.all());
        assertTrue(again.err().contains("'echem'") && again.err().contains("not installed"), again.err());
        assertFalse(Files.exists(work.resolve("out2")), "nothing written");
    }

    @Test
    void aTechniquesWorkbenchViewsComeWithItWhereTheWorkbenchIs() throws Exception {
        Electrocat.Run alone = ec("plugins", "install", "ms");
        assertEquals(0, alone.exit(), alone.all());
        assertTrue(alone.out().contains("optional part ms.ui not installed: it needs org.electrocat.ui.feature (ElectroCat"
                + " Workbench), which is not here"), "the core distribution has no workbench:\n" + alone.out());
        assertFalse(alone.out().contains("+ org.electrocat.ui "), "a part never brings the workbench in");
        assertEquals(List.of("org.electrocat.ms"), jarNames());
        assertEquals(0, ec("plugins", "remove", "ms").exit());

        Electrocat.Run ui = ec("plugins", "install", "ui");
        assertEquals(0, ui.exit(), ui.all());
        assertTrue(ui.out().contains("with its optional part plugins.ui"), ui.out());
        Electrocat.Run both = ec("plugins", "install", "ms");
        assertEquals(0, both.exit(), both.all());
        assertTrue(both.out().contains("with its optional part ms.ui") && both.out().contains("+ org.electrocat.ms.ui "),
                both.out());
        assertTrue(jarNames().containsAll(List.of("org.electrocat.ms", "org.electrocat.ms.ui")), jarNames().toString());
        Electrocat.Run removed = ec("plugins", "remove", "ms");
        assertEquals(0, removed.exit(), removed.all());
        assertTrue(removed.out().contains("- org.electrocat.ms.ui ") && removed.out().contains("with its part(s) ms.ui"),
                removed.out());
        assertFalse(jarNames().contains("org.electrocat.ms") || jarNames().contains("org.electrocat.ms.ui"),
                jarNames().toString());
        assertTrue(jarNames().contains("org.electrocat.ui"), "the workbench stays: " + jarNames());
        assertEquals(0, ec("plugins", "remove", "ui").exit());
        assertEquals(List.of(), installedJars());
    }

    /** Symbolic names of the jars in the plugin folder ({@code name_version.jar}). */
    List<String> jarNames() throws Exception {
        return installedJars().stream().map(p -> p.getFileName().toString().replaceFirst("_[^_]*\\.jar$", "")).sorted()
                .toList();
    }

    @Test
    void aTamperedArtifactIsRefused() throws Exception {
        Path repo = RepositoryCopies.copy(core.resolve("repository"), work.resolve("repo"));
        Path jar;
        try (Stream<Path> s = Files.list(repo.resolve("plugins"))) {
            jar = s.filter(p -> p.getFileName().toString().startsWith("org.electrocat.echem_")).findFirst().orElseThrow();
        }
        byte[] b = Files.readAllBytes(jar);
        b[b.length - 30] ^= 0x01; // one byte of the central directory: same size, different content
        Files.write(jar, b);
        Electrocat.Run r = ec("plugins", "install", "echem", "--repository", repo.toString());
        assertEquals(6, r.exit(), r.all());
        assertTrue(r.err().contains(jar.getFileName().toString()) && r.err().contains("SHA-256")
                && r.err().contains("refused"), r.err());
        assertEquals(List.of(), installedJars());
        assertFalse(ec("formats").out().contains("echem.biologic-mpt"));
    }

    @Test
    void aPluginBuiltForTheNextApiMajorIsRefused() throws Exception {
        Path repo = RepositoryCopies.copy(core.resolve("repository"), work.resolve("repo"));
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Bundle-ManifestVersion", "2");
        h.put("Bundle-SymbolicName", "org.example.future");
        h.put("Bundle-Version", "1.0.0");
        h.put("Import-Package", "org.electrocat.api;version=\"[2.0,3)\",org.electrocat.core.model;version=\"[1.0,2)\"");
        RepositoryCopies.addPlugin(repo, h);
        Electrocat.Run listed = ec("plugins", "available", "--repository", "file:" + repo);
        assertTrue(listed.out().contains("org.example.future"), listed.all());
        Electrocat.Run r = ec("plugins", "install", "org.example.future", "--repository", repo.toString());
        assertEquals(6, r.exit(), r.all());
        assertTrue(r.err().contains("plugin org.example.future 1.0.0 needs org.electrocat.api [2.0,3) but this platform"
                + " provides 1.0.0"), r.err());
        assertEquals(List.of(), installedJars());
    }

    /**
     * The repository the distributions ship (built by Tycho after the bundles, so checked here rather
     * than in the plugins bundle's unit tests): every artifact records a SHA-256 that matches its file,
     * which is what the plugin manager verifies before installing anything.
     */
    @Test
    void everyArtifactOfTheShippedRepositoryCarriesItsSha256() throws Exception {
        Path repo = core.resolve("repository");
        byte[] xml;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(repo.resolve("artifacts.jar").toFile())) {
            xml = z.getInputStream(z.getEntry("artifacts.xml")).readAllBytes();
        }
        org.w3c.dom.NodeList artifacts = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml)).getElementsByTagName("artifact");
        assertTrue(artifacts.getLength() > 20, "artifacts: " + artifacts.getLength());
        for (int i = 0; i < artifacts.getLength(); i++) {
            org.w3c.dom.Element a = (org.w3c.dom.Element) artifacts.item(i);
            String folder = switch (a.getAttribute("classifier")) {
                case "osgi.bundle" -> "plugins/";
                case "org.eclipse.update.feature" -> "features/";
                default -> null;
            };
            if (folder == null) {
                continue;
            }
            String sha = null;
            org.w3c.dom.NodeList props = a.getElementsByTagName("property");
            for (int k = 0; k < props.getLength(); k++) {
                org.w3c.dom.Element pr = (org.w3c.dom.Element) props.item(k);
                if (pr.getAttribute("name").equals("download.checksum.sha-256")) {
                    sha = pr.getAttribute("value");
                }
            }
            Path file = repo.resolve(folder + a.getAttribute("id") + "_" + a.getAttribute("version") + ".jar");
            assertTrue(sha != null, a.getAttribute("id") + " records no SHA-256");
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            assertEquals(sha, java.util.HexFormat.of().formatHex(d), file.toString());
        }
    }

    @Test
    void theSdkTemplatePluginInstallsFromItsOwnRepository() throws Exception {
        Path root = Path.of(System.getProperty("electrocat.repo"));
        Path repo = root.resolve("sdk/plugin-template/com.example.uvvis.repository/target/repository");
        if (!Files.isRegularFile(repo.resolve("artifacts.jar"))) {
            buildTemplate(root);
        }
        assertTrue(Files.isRegularFile(repo.resolve("artifacts.jar")), "the template's repository: " + repo);
        Electrocat.Run install = ec("plugins", "install", "com.example.uvvis", "--repository", repo.toString());
        assertEquals(0, install.exit(), install.all());
        assertTrue(install.out().matches("(?s).*running now:\\n  uvvis .*"), install.out());
        StringBuilder csv = new StringBuilder("wavelength_nm,absorbance\n");
        for (int nm = 400; nm <= 500; nm += 5) {
            csv.append(nm).append(',').append(0.002 * (nm - 400)).append('\n'); // A(452.5 nm) = 0.105
        }
        Path dye = Files.writeString(work.resolve("dye.csv"), csv.toString());
        Electrocat.Run ran = ec("analyze", dye.toString(), "--analysis", "uvvis.beer-lambert", "-p", "epsilon=21000",
                "-p", "pathLength=0.5", "-p", "wavelength=452.5", "-o", work.resolve("uv").toString());
        assertEquals(0, ran.exit(), ran.all());
        assertTrue(ran.out().contains("1.0000e-05 mol/L"), "c = 0.105 / (21000 L/(mol cm) * 0.5 cm):\n" + ran.out());
        assertEquals(0, ec("plugins", "remove", "com.example.uvvis").exit());
        assertEquals(List.of(), installedJars());
    }

    /**
     * Builds the SDK template the way a third party would: its own Maven/Tycho build outside this
     * reactor, against the p2 repository this reactor just published (the released API), into its
     * own p2 repository. About 10 s with a warm Maven repository; its log goes to target/.
     */
    private static void buildTemplate(Path root) throws Exception {
        Path log = Path.of("target", "sdk-template-build.log").toAbsolutePath();
        Process p = new ProcessBuilder(root.resolve("mvnw").toString(), "-B", "verify",
                "-Delectrocat.repository=" + root.resolve("releng/org.electrocat.repository/target/repository"))
                .directory(root.resolve("sdk/plugin-template").toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the SDK template build did not finish in 10 minutes; log: " + log);
        }
        assertEquals(0, p.exitValue(), "the SDK template build failed; log: " + log + "\n" + tail(log));
    }

    private static String tail(Path log) throws java.io.IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
