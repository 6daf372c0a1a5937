package org.electrocat.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.electrocat.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that rewrites a large report with {@link AtomicFiles} in a loop at a random moment
 * ({@code destroyForcibly}, i.e. SIGKILL: no shutdown hooks, no finally blocks) and checks that
 * the report on disk is always one complete generation, never a partial file. Each generation
 * ends with a SHA-256 of its body, so a torn file is detected independently of its size.
 */
class AtomicWriteKillTest {

    /** Report size per generation, bytes (8 MiB: long enough to be killed mid-write). */
    static final int SIZE = 8 << 20;

    @TempDir
    Path tmp;

    /** The child process: writes generation 1, 2, 3 ... of {@code args[0]} until killed. */
    public static void main(String[] args) throws IOException {
        Path target = Paths.get(args[0]);
        for (int gen = 1; ; gen++) {
            byte[] body = body(gen);
            byte[] sum = sha256(body);
            AtomicFiles.write(target, out -> {
                out.write(body);
                out.write(sum);
            });
            System.out.println(gen);
            System.out.flush();
        }
    }

    static byte[] body(int gen) {
        byte[] b = new byte[SIZE];
        new Random(gen).nextBytes(b);
        return b;
    }

    static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void killedWriterNeverLeavesAPartialReport() throws Exception {
        Path report = tmp.resolve("report.bin");
        byte[] original = new byte[1000];
        new Random(0).nextBytes(original);
        AtomicFiles.write(report, out -> {
            out.write(original);
            out.write(sha256(original));
        });
        Random delays = new Random(42);
        String javaBin = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        for (int round = 0; round < 4; round++) {
            Process p = new ProcessBuilder(javaBin, "-Xmx128m", "-cp", cp, AtomicWriteKillTest.class.getName(), report.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("child" + round + ".log").toFile()).start();
            Thread.sleep(200 + delays.nextInt(1200));
            p.destroyForcibly();
            assertTrue(p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS), "child did not die");
            byte[] onDisk = Files.readAllBytes(report);
            assertTrue(onDisk.length == original.length + 32 || onDisk.length == SIZE + 32,
                    "round " + round + ": partial report of " + onDisk.length + " bytes replaced the previous one");
            int n = onDisk.length - 32;
            byte[] body = java.util.Arrays.copyOf(onDisk, n);
            assertArrayEquals(sha256(body), java.util.Arrays.copyOfRange(onDisk, n, onDisk.length),
                    "round " + round + ": report body does not match its checksum (torn write)");
            String log = Files.readString(tmp.resolve("child" + round + ".log"));
            System.out.println("kill round " + round + ": generations completed " + log.lines().count()
                    + ", report on disk " + onDisk.length + " bytes, intact");
        }
        // temp files of killed writers may remain (SIGKILL skips cleanup) but never under the report's name
        try (Stream<Path> s = Files.list(tmp)) {
            List<Path> reports = s.filter(f -> f.getFileName().toString().equals("report.bin")).toList();
            assertEquals(1, reports.size());
        }
        assertTrue(new File(report.toString()).canRead());
    }
}
