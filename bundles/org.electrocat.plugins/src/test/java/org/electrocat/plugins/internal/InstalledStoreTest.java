package org.electrocat.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.electrocat.api.FormatException;
import org.electrocat.plugins.InstalledPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** installed.json: round trip, and clear errors for damaged files. */
class InstalledStoreTest {

    @TempDir
    Path dir;

    @Test
    void roundTrip() throws Exception {
        InstalledStore store = new InstalledStore(dir.resolve("plugins/installed.json"));
        assertEquals(List.of(), store.read(), "no file: nothing installed");
        InstalledPlugin p = new InstalledPlugin("org.electrocat.echem.feature", "0.1.0.v1", "Echem \"quoted\"", "file:/r/",
                Instant.parse("2026-01-02T03:04:05Z"), List.of("org.x.feature"), List.of(
                        new InstalledPlugin.InstalledBundle("org.electrocat.echem", "0.1.0.v1", "org.electrocat.echem_0.1.0.v1.jar",
                                "ab".repeat(32), false),
                        new InstalledPlugin.InstalledBundle("org.electrocat.api", "0.1.0.v1", null, null, false)));
        store.write(List.of(p));
        assertEquals(List.of(p), store.read());
        assertTrue(Files.readString(store.file()).contains("\"format\" : 1"), Files.readString(store.file()));
    }

    @Test
    void damagedFilesAreNamedWithTheLine() throws Exception {
        assertBad("{\"format\": 1, \"plugins\": [\n{\"id\": \"x\",\n", "not valid JSON");
        assertBad("{\"format\": 2, \"plugins\": []}", "unknown format 2");
        assertBad("[1, 2]", "expected {\"format\": 1");
        assertBad("{\"format\": 1, \"plugins\": [{\"id\": \"x\", \"version\": \"1\", \"installed\": \"yesterday\"}]}",
                "ISO-8601");
        assertBad("{\"format\": 1, \"plugins\": [{\"version\": \"1\", \"installed\": \"2026-01-01T00:00:00Z\"}]}",
                "missing 'id'");
        assertBad("[".repeat(5000), "not valid JSON");
    }

    private void assertBad(String json, String part) throws Exception {
        Path f = Files.writeString(dir.resolve("installed.json"), json);
        FormatException e = assertThrows(FormatException.class, () -> new InstalledStore(f).read());
        assertTrue(e.getMessage().contains(part) && e.getMessage().contains("installed.json"), e.getMessage());
    }

    @Test
    void theFolderLockKeepsASecondWriterOut() throws Exception {
        try (FolderLock held = FolderLock.acquire(dir)) {
            org.electrocat.plugins.PluginException e = assertThrows(org.electrocat.plugins.PluginException.class,
                    () -> FolderLock.acquire(dir, 200));
            assertTrue(e.getMessage().contains("another ElectroCat is changing the plugins"), e.getMessage());
        }
        FolderLock.acquire(dir, 200).close();
    }

    @Test
    void foldersComeFromPropertyThenEnvironmentThenHome() {
        Folders byProperty = Folders.from(Map.of("electrocat.user", dir.toString(), "electrocat.home", "/opt/ec")::get,
                Map.of("ELECTROCAT_USER_DIR", "/elsewhere"));
        assertEquals(dir.resolve("plugins"), byProperty.plugins());
        assertEquals(Path.of("/opt/ec/repository").toUri(), byProperty.defaultRepository());
        Folders byEnv = Folders.from(k -> null, Map.of("ELECTROCAT_USER_DIR", dir.toString()));
        assertEquals(dir, byEnv.user());
        assertEquals(null, byEnv.defaultRepository());
        Folders byDefault = Folders.from(k -> null, Map.of());
        assertEquals(Path.of(System.getProperty("user.home"), ".electrocat").toAbsolutePath(), byDefault.user());
        assertEquals(Path.of("/r").toUri(), Folders.from(Map.of("electrocat.repository", "/r")::get, Map.of()).defaultRepository());
        assertEquals("file:/r/", org.electrocat.plugins.PluginManager.repositoryUri("file:/r/").toString());
        assertEquals(dir.toUri(), org.electrocat.plugins.PluginManager.repositoryUri(dir.toString()));
    }
}
