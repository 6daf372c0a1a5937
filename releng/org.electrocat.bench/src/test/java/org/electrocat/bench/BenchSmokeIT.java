package org.electrocat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CI's check that the benchmarks execute: the driver's smoke mode (every case at tiny size, one
 * run, references in one Python process) must give ElectroCat timings for every JVM workload,
 * reference results that agree with ElectroCat's check values (unless numpy/scipy are missing,
 * which the table must then say), and the table file. Not a performance test: nothing is asserted
 * about speed.
 */
class BenchSmokeIT {

    @Test
    void smokeRunCoversEveryWorkloadAndTheReferencesAgree() throws Exception {
        Path repo = Path.of(System.getProperty("electrocat.repo", "../..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("electrocat.bench.work", "target/bench-smoke")).toAbsolutePath();
        Driver d = new Driver(new String[] {"--smoke", "--repo", repo.toString(), "--work", work.toString()});
        long t0 = System.nanoTime();
        Path table = d.run();
        System.out.printf("bench smoke run: %.1f s%n", (System.nanoTime() - t0) / 1e9);

        List<String> ids = d.rows.stream().map(r -> r.c().id()).distinct().toList();
        assertEquals(Cases.all(true).stream().map(BenchCase::id).toList(), ids, "one row group per case, in order");
        for (Row r : d.rows) {
            if (r.c().isProcess()) {
                continue; // W7 needs the distribution; its row says when it is skipped (W7b always is in smoke mode)
            }
            assertNotNull(r.ours(), r.c().id() + " has ElectroCat timings");
            assertTrue(r.ours().wallMedian() > 0, r.c().id() + " wall time > 0");
            if (d.pythonProblem == null) {
                assertTrue(r.agreement().startsWith("yes"), r.c().id() + " vs " + r.reference() + ": " + r.agreement()
                        + (r.note() == null ? "" : " " + r.note()));
            } else {
                assertTrue(r.note() != null && r.note().contains(d.pythonProblem), "skipped references are explained");
            }
        }
        String md = Files.readString(table);
        assertTrue(md.contains("| W1a |") && md.contains("| W7b |"), "table lists W1a..W7b");
        assertTrue(md.contains("Smoke run"), "a smoke table says it is one");
    }
}
