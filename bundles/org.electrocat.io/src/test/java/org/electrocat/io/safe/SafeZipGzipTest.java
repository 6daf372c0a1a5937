package org.electrocat.io.safe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.electrocat.api.FormatException;
import org.electrocat.io.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crafted archives built here: zip slip, entry-count, size and ratio bombs, a gzip bomb. */
class SafeZipGzipTest {

    @TempDir
    Path dir;

    private static final SafeZip.Limits SMALL = new SafeZip.Limits(10, 4 << 20, 6 << 20, 50);

    /** Writes a zip; each entry is (name, size) filled with zeros, or (name, text). */
    private Path zip(String name, Object... entries) throws IOException {
        Path p = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) entries[i]));
                if (entries[i + 1] instanceof Integer zeros) {
                    byte[] block = new byte[1 << 16];
                    for (int left = zeros; left > 0; left -= block.length) {
                        z.write(block, 0, Math.min(left, block.length));
                    }
                } else {
                    z.write(((String) entries[i + 1]).getBytes(StandardCharsets.UTF_8));
                }
                z.closeEntry();
            }
        }
        return p;
    }

    @Test
    void extractsAnOrdinaryArchive() throws IOException {
        Path z = zip("ok.zip", "data/a.csv", "E,I\n1,2\n", "data/sub/b.txt", "hello", "readme.txt", "x");
        List<Path> files = SafeZip.extract(z, dir.resolve("out"), SMALL);
        assertEquals(3, files.size());
        assertEquals("hello", Files.readString(dir.resolve("out/data/sub/b.txt")));
    }

    @Test
    void entryStreamsHonourZeroLengthReads() throws IOException {
        Path z = zip("n.zip", "big.bin", 20_000);
        int[] total = {0};
        SafeZip.forEach(z, SMALL, (name, e, in) -> {
            assertEquals(0, in.read(new byte[4], 4, 0));
            total[0] = in.readNBytes(1 << 20).length; // readNBytes asks for 0 bytes once its first buffer is full
        });
        assertEquals(20_000, total[0]);
    }

    @Test
    void zipSlipIsRefused() throws IOException {
        String[] names = {"../evil.txt", "data/../../evil.txt", "/tmp/evil.txt", "..\\evil.txt", "C:/evil.txt"};
        for (int i = 0; i < names.length; i++) {
            String evil = names[i];
            Path out = dir.resolve("out" + i);
            Path z = zip("slip.zip", "fine.txt", "ok", evil, "pwned");
            FormatException e = assertThrows(FormatException.class, () -> SafeZip.extract(z, out, SMALL), evil);
            assertEquals(evil, e.field());
            assertFalse(Files.exists(dir.resolve("evil.txt")));
            Files.deleteIfExists(z);
        }
    }

    @Test
    void truncatedArchivesAreFormatErrors() throws IOException {
        // found by Jazzer (fuzzP2Index): an end record pointing past the end of the file made ZipFile
        // throw a bare EOFException (no file name) that escaped SafeZip
        Path z = zip("cut.zip", "content.xml", "<repository/>".repeat(200));
        byte[] b = Files.readAllBytes(z);
        for (int keep : new int[] {0, 10, b.length / 2, b.length - 30, b.length - 1}) {
            Path cut = dir.resolve("cut-" + keep + ".zip");
            Files.write(cut, java.util.Arrays.copyOf(b, keep));
            FormatException e = assertThrows(FormatException.class, () -> SafeZip.forEach(cut, SMALL, (n, en, in) -> in.readAllBytes()),
                    "cut at " + keep);
            assertEquals(cut.toString(), e.file());
        }
        // the fuzzer's case: an end record announcing a 1281-byte archive comment the file does not have
        byte[] far = b.clone();
        int end = far.length - 22;
        assertEquals(0x06054b50, (far[end] & 0xFF) | (far[end + 1] & 0xFF) << 8 | (far[end + 2] & 0xFF) << 16 | (far[end + 3] & 0xFF) << 24);
        far[end + 20] = 0x01; // comment length, little endian: 0x0501
        far[end + 21] = 0x05;
        Path farZip = dir.resolve("far.zip");
        Files.write(farZip, far);
        FormatException e = assertThrows(FormatException.class, () -> SafeZip.forEach(farZip, SMALL, (n, en, in) -> in.readAllBytes()));
        assertTrue(e.problem().contains("not a readable ZIP archive"), e.problem());
    }

    @Test
    void tooManyEntries() throws IOException {
        Object[] entries = new Object[2 * 11];
        for (int i = 0; i < 11; i++) {
            entries[2 * i] = "f" + i + ".txt";
            entries[2 * i + 1] = "x";
        }
        Path z = zip("many.zip", entries);
        FormatException e = assertThrows(FormatException.class, () -> SafeZip.forEach(z, SMALL, (n, en, in) -> { }));
        assertTrue(e.problem().contains("11 entries"), e.problem());
    }

    @Test
    void highRatioEntryStopsEarly() throws IOException {
        // 3 MiB of zeros deflate about 1000:1, far above the limit of 50
        Path z = zip("ratio.zip", "zeros.bin", 3 << 20);
        long[] seen = {0};
        FormatException e = assertThrows(FormatException.class, () -> SafeZip.forEach(z, SMALL, (n, en, in) -> {
            byte[] buf = new byte[8192];
            for (int r; (r = in.read(buf)) > 0; ) {
                seen[0] += r;
            }
        }));
        assertTrue(e.problem().contains("compression ratio"), e.problem());
        assertTrue(seen[0] <= SafeZip.RATIO_GRACE_BYTES + 8192, "stopped right after the grace bytes: " + seen[0]);
    }

    @Test
    void entryAndTotalSizeLimits() throws IOException {
        SafeZip.Limits noRatio = new SafeZip.Limits(10, 4 << 20, 6 << 20, 1e9);
        Path big = zip("big.zip", "big.bin", 5 << 20);
        FormatException e1 = assertThrows(FormatException.class, () -> SafeZip.extract(big, dir.resolve("o1"), noRatio));
        assertTrue(e1.problem().startsWith("entry") && e1.problem().contains(String.valueOf(4 << 20)), e1.problem());
        Path two = zip("two.zip", "a.bin", 3 << 20, "b.bin", (3 << 20) + 10);
        FormatException e2 = assertThrows(FormatException.class, () -> SafeZip.extract(two, dir.resolve("o2"), noRatio));
        assertTrue(e2.problem().contains("in total"), e2.problem());
    }

    @Test
    void gzipBombStopsAtTheLimit() throws IOException {
        Path bomb = dir.resolve("bomb.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] block = new byte[1 << 16];
            for (int i = 0; i < (64 << 20) / block.length; i++) {
                out.write(block); // 64 MiB of zeros, about 64 KiB on disk
            }
        }
        assertTrue(Files.size(bomb) < 1 << 20);
        long limit = 1 << 20;
        FormatException e = assertThrows(FormatException.class, () -> SafeGzip.readAll(bomb, limit));
        assertEquals(limit, e.line(), "the error is raised at the limit's byte offset");
        assertTrue(e.problem().contains("exceed the limit of " + limit), e.problem());
        try (InputStream in = SafeGzip.open(bomb, limit)) {
            assertEquals(limit, in.readNBytes((int) limit).length, "exactly the limit may be read");
            assertThrows(FormatException.class, in::read);
        }
    }

    @Test
    void gzipWithinLimitAndDamagedGzip() throws IOException {
        Path prj = SharedData.file("xas/tipb.prj");
        byte[] text = SafeGzip.readAll(prj, SafeGzip.DEFAULT_LIMIT);
        assertTrue(SafeGzip.isGzip(Files.readAllBytes(prj)));
        assertEquals(52340, text.length); // Python gzip.open(...).read()
        assertTrue(new String(text, 0, 200, StandardCharsets.ISO_8859_1).contains("$old_group"));
        byte[] whole = Files.readAllBytes(prj);
        Path cut = Files.write(dir.resolve("cut.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        FormatException e = assertThrows(FormatException.class, () -> SafeGzip.readAll(cut, SafeGzip.DEFAULT_LIMIT));
        assertTrue(e.problem().contains("truncated"), e.problem());
        Path plain = Files.writeString(dir.resolve("plain.gz"), "not gzip at all");
        assertThrows(FormatException.class, () -> SafeGzip.readAll(plain, 100));
    }

    @Test
    void limitedStreamPassesExactSizes() throws IOException {
        byte[] data = new byte[1000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        try (LimitedInputStream in = new LimitedInputStream(new java.io.ByteArrayInputStream(data), 1000, "m", "bytes")) {
            assertArrayEquals(data, in.readAllBytes());
            assertEquals(1000, in.count());
        }
        List<Integer> got = new ArrayList<>();
        try (LimitedInputStream in = new LimitedInputStream(new java.io.ByteArrayInputStream(data), 3, "m", "bytes")) {
            for (int k = 0; k < 3; k++) {
                got.add(in.read());
            }
            assertThrows(FormatException.class, in::read);
        }
        assertEquals(List.of(0, 1, 2), got);
    }
}
