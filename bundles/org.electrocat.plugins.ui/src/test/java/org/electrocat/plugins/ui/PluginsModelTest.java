package org.electrocat.plugins.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin dialog's model, headless, over {@link FakeManager}. */
class PluginsModelTest {

    @TempDir
    Path tmp;
    FakeManager manager;
    ExecutorService worker;
    PluginsModel model;
    final Semaphore done = new Semaphore(0);

    @BeforeEach
    void open() throws Exception {
        manager = new FakeManager(tmp);
        worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "plugins-worker"));
        model = new PluginsModel(manager, worker);
        model.addListener(() -> {
            if (!model.busy()) {
                done.release();
            }
        });
    }

    @AfterEach
    void close() {
        worker.shutdownNow();
    }

    /** Waits for the running operation to end. */
    void await() throws InterruptedException {
        assertTrue(done.tryAcquire(10, TimeUnit.SECONDS), "operation did not end: " + model.status());
    }

    PluginsModel.Row row(String id) {
        return model.row(id).orElseThrow(() -> new AssertionError("no row " + id + " in " + model.rows()));
    }

    @Test
    void listsThePluginsWithTheirStateAndWhatCanBeDone() throws Exception {
        model.refresh();
        await();
        assertEquals(7, model.rows().size());
        PluginsModel.Row echem = row("org.electrocat.echem.feature");
        assertEquals("echem", echem.name());
        assertEquals("echem", echem.technique());
        assertEquals("available", echem.state());
        assertTrue(echem.installable());
        assertFalse(echem.removable());
        PluginsModel.Row ms = row("org.electrocat.ms.feature");
        assertEquals("update to 0.2.0.v20261125", ms.state());
        assertEquals("0.1.0.v20261101", ms.installedVersion());
        assertTrue(ms.removable() && ms.updatable() && !ms.installable());
        assertEquals("ms", row("org.electrocat.ms.ui.feature").technique(), "the views belong to their technique");
        assertEquals("tampered", row("org.example.tampered.feature").technique());
        PluginsModel.Row platform = row("org.electrocat.platform.feature");
        assertEquals("in distribution", platform.state());
        assertFalse(platform.installable() || platform.removable());
        assertTrue(model.updatable());
        assertEquals("Repository " + manager.repository.toUri() + ": 7 plugins", model.status());
        assertNull(model.problem());
        assertTrue(manager.threads.stream().allMatch("plugins-worker"::equals), "never on the caller's thread: "
                + manager.threads);
    }

    @Test
    void installAndRemoveChangeTheRowsAndReport() throws Exception {
        model.refresh();
        await();
        model.install("org.electrocat.echem.feature");
        await();
        assertEquals("Installed echem 0.1.0.v20261125 (active now, no restart needed)", model.status());
        assertEquals("installed", row("org.electrocat.echem.feature").state());
        assertTrue(model.restartNotices().isEmpty());
        model.remove("org.electrocat.ms.feature");
        await();
        assertTrue(model.status().startsWith("Removed ms 0.1.0.v20261101"), model.status());
        assertEquals("available", row("org.electrocat.ms.feature").state());
        assertEquals(List.of("Removed ms 0.1.0.v20261101 (restart ElectroCat to release it completely)"),
                model.restartNotices(), "the manager said a restart is needed");
    }

    @Test
    void updateInstallsTheNewerVersion() throws Exception {
        model.refresh();
        await();
        model.update();
        await();
        assertEquals("Updated ms 0.2.0.v20261125 (updated from 0.1.0.v20261101, active now, no restart needed)",
                model.status());
        assertFalse(model.updatable());
        model.update();
        await();
        assertEquals("Everything is up to date", model.status());
    }

    @Test
    void failuresAreNamedByKind() throws Exception {
        model.refresh();
        await();
        List<String> titles = new ArrayList<>();
        for (String id : List.of("org.example.tampered.feature", "org.example.future.feature", "org.example.orphan.feature")) {
            model.install(id);
            await();
            titles.add(model.problem().title());
            assertTrue(model.status().endsWith(" failed"), model.status());
            assertEquals("available", row(id).state(), "nothing installed");
        }
        assertEquals(List.of("Checksum mismatch: a file differs from what the repository published",
                "API version out of range: built for another version of ElectroCat", "Missing dependency"), titles);
        model.install("org.example.future.feature");
        await();
        assertTrue(model.problem().detail().contains("needs org.electrocat.api [2.0,3) but this platform provides 1.0.0"));
        model.refresh();
        await();
        assertNull(model.problem(), "the next operation clears the failure");
    }

    @Test
    void theRepositoryIsAFolderOrAFileUrl() throws Exception {
        model.setRepository("file:" + manager.repository);
        assertEquals("file", model.repository().getScheme());
        assertEquals(manager.repository, Path.of(model.repository()));
        model.setRepository(manager.repository.toString());
        assertEquals(manager.repository, Path.of(model.repository()));
        model.setRepository(tmp.resolve("elsewhere").toString());
        model.refresh();
        await();
        assertEquals("Not a readable p2 repository", model.problem().title());
        assertTrue(model.problem().detail().contains("elsewhere"), model.problem().detail());
        assertTrue(model.rows().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> model.setRepository("  "));
    }

    @Test
    void oneOperationAtATime() throws Exception {
        Semaphore gate = new Semaphore(0);
        PluginsModel held = new PluginsModel(manager, r -> new Thread(() -> {
            gate.acquireUninterruptibly();
            r.run();
        }, "held").start());
        Semaphore finished = new Semaphore(0);
        held.addListener(() -> {
            if (!held.busy()) {
                finished.release();
            }
        });
        held.refresh();
        assertTrue(held.busy());
        assertTrue(held.status().startsWith("Reading "), held.status());
        assertThrows(IllegalStateException.class, () -> held.install("org.electrocat.echem.feature"));
        gate.release();
        assertTrue(finished.tryAcquire(10, TimeUnit.SECONDS));
        assertFalse(held.busy());
    }
}
