package org.electrocat.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.electrocat.api.FormatException;
import org.electrocat.plugins.InstalledPlugin;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.testing.EmbeddedFramework;
import org.electrocat.plugins.testing.TestJars;
import org.electrocat.plugins.testing.TestRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * Tampering fuzz for plugin artifacts (issue 14): in a real framework with one plugin already
 * installed ('other', with the library both plugins import), a seeded random sequence of damaged
 * repositories offers 'uvvis', each with one of its artifacts (bundle jar or feature jar) altered:
 * <ul>
 * <li>bytes flipped or the file truncated after publication: refused with the checksum message
 * ({@link PluginException.Reason#CHECKSUM}) naming the jar;</li>
 * <li>republished by a hostile repository with matching checksums: an entry with a zip-slip name
 * ({@code ../}, absolute, drive letter) inserted, or the jar truncated: refused with the archive
 * message naming the jar and the entry.</li>
 * </ul>
 * After every attempt nothing new runs in the framework, the plugin folder holds exactly the jars
 * it held before (no partial copies), and {@code installed.json} is unchanged. Cases:
 * {@code -Dplugins.tamper.cases} (default 24), seed {@code -Dplugins.tamper.seed}.
 */
class PluginTamperingFuzzTest {

    private static final int CASES = Integer.getInteger("plugins.tamper.cases", 24);
    private static final long SEED = Long.getLong("plugins.tamper.seed", 20261125L);
    private static final String[] SLIP_NAMES = {"../../escaped.txt", "org/../../escaped.class", "/etc/escaped",
        "C:/Windows/escaped.dll", "..\\..\\escaped.txt"};

    @TempDir
    Path tmp;
    EmbeddedFramework fw;
    FrameworkPluginManager manager;
    Path user;

    @BeforeEach
    void platformWithOnePluginInstalled() throws Exception {
        fw = new EmbeddedFramework(tmp.resolve("storage"), Map.of());
        Path api = TestJars.write(tmp.resolve("dist/org.electrocat.api_0.1.0.jar"), PluginManagerTest.api());
        fw.context().installBundle("reference:" + api.toUri()).start();
        user = tmp.resolve("user");
        TestRepository good = PluginManagerTest.repository(tmp.resolve("good"), "1.0.0");
        manager = new FrameworkPluginManager(fw.context(), EmbeddedFramework.felixResolver(),
                new Folders(user, user.resolve("plugins"), good.dir().toUri()));
        manager.install(good.dir().toUri(), "org.example.other");
    }

    @AfterEach
    void stop() throws Exception {
        fw.close();
    }

    @Test
    void tamperedArtifactsAreRefusedAndChangeNothing() throws Exception {
        Random rnd = new Random(SEED);
        List<InstalledPlugin> installedBefore = manager.installed();
        Set<String> bundlesBefore = bundles();
        List<String> filesBefore = pluginFolder();
        int checksum = 0;
        int archive = 0;
        for (int i = 0; i < CASES; i++) {
            TestRepository repo = PluginManagerTest.repository(tmp.resolve("repo" + i), "1.0.0");
            // (the library uvvis imports is installed already, with 'other': its repository copy is not used)
            String victim = rnd.nextBoolean() ? "plugins/org.example.uvvis_1.0.0.jar"
                    : "features/org.example.uvvis.feature_1.0.0.jar";
            Path jar = repo.dir().resolve(victim);
            int kind = rnd.nextInt(4);
            String what = tamper(jar, kind, rnd);
            if (kind >= 2) {
                repo.publish(); // a hostile repository: checksums match the damaged file
            }
            String where = "case " + i + " (" + what + " in " + victim + ")";
            Exception refusal = null;
            try {
                manager.install(repo.dir().toUri(), "org.example.uvvis");
                fail(where + ": installed");
            } catch (PluginException | FormatException e) {
                refusal = e;
            }
            String msg = refusal.getMessage();
            assertTrue(msg.contains(jar.getFileName().toString()), where + ": the refusal names the jar: " + msg);
            if (kind < 2) {
                assertEquals(PluginException.Reason.CHECKSUM, ((PluginException) refusal).reason(), where + ": " + msg);
                assertTrue(msg.contains("does not match the repository"), where + ": " + msg);
                checksum++;
            } else {
                assertTrue(refusal instanceof PluginException p && p.reason() == PluginException.Reason.REPOSITORY,
                        where + ": a damaged archive is a repository problem: " + refusal);
                assertTrue(kind == 3 || msg.contains("zip slip") || msg.contains("absolute entry path"),
                        where + ": the archive message says why: " + msg);
                archive++;
            }
            assertEquals(bundlesBefore, bundles(), where + ": the framework's bundles are unchanged");
            assertEquals(filesBefore, pluginFolder(), where + ": the plugin folder is unchanged");
            assertEquals(installedBefore, manager.installed(), where + ": installed.json is unchanged");
        }
        assertTrue(checksum > 0 && archive > 0, "both kinds of tampering were tried: " + checksum + ", " + archive);
    }

    /**
     * Damages a jar: 0 flips 1-8 random bytes, 1 truncates it, 2 inserts an entry with a zip-slip
     * name at a random position, 3 truncates it (republished). Returns what it did.
     */
    private static String tamper(Path jar, int kind, Random rnd) throws IOException {
        byte[] b = Files.readAllBytes(jar);
        switch (kind) {
            case 0 -> {
                int n = 1 + rnd.nextInt(8);
                for (int k = 0; k < n; k++) {
                    b[rnd.nextInt(b.length)] ^= (byte) (1 + rnd.nextInt(255));
                }
                Files.write(jar, b);
                return n + " flipped bytes";
            }
            case 2 -> {
                String name = SLIP_NAMES[rnd.nextInt(SLIP_NAMES.length)];
                Files.write(jar, withEntry(b, name, rnd));
                return "entry " + name;
            }
            default -> {
                int keep = rnd.nextInt(b.length - 1);
                Files.write(jar, java.util.Arrays.copyOf(b, keep));
                return "truncated to " + keep + " of " + b.length + " bytes";
            }
        }
    }

    /** The jar with one more entry named {@code name}, inserted at a random position. */
    private static byte[] withEntry(byte[] jar, String name, Random rnd) throws IOException {
        List<Object[]> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entries.add(new Object[] {e.getName(), in.readAllBytes()});
            }
        }
        entries.add(rnd.nextInt(entries.size() + 1), new Object[] {name, "planted outside the plugin folder\n".getBytes()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Object[] e : entries) {
                z.putNextEntry(new ZipEntry((String) e[0]));
                z.write((byte[]) e[1]);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private Set<String> bundles() {
        Set<String> s = new TreeSet<>();
        for (Bundle b : fw.context().getBundles()) {
            s.add(b.getSymbolicName() + " " + b.getVersion() + " " + b.getState());
        }
        return s;
    }

    private List<String> pluginFolder() throws IOException {
        assertNotNull(user);
        try (Stream<Path> s = Files.list(user.resolve("plugins"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lock")).sorted().toList();
        }
    }
}
