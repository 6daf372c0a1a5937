package org.electrocat.io.safe;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.electrocat.api.FormatException;

/**
 * Bounded gzip decompression (Athena {@code .prj} files, {@code .gz} exports): the decompressed
 * stream stops with a {@link FormatException} at a byte limit, and {@link #readAll} never sizes its
 * buffer from the archive's own length field (ISIZE), which an attacker controls.
 */
public final class SafeGzip {

    /** Default limit on decompressed bytes: 1 GiB. */
    public static final long DEFAULT_LIMIT = 1L << 30;

    private SafeGzip() {
    }

    /** True when {@code head} starts with the gzip magic bytes 1F 8B. */
    public static boolean isGzip(byte[] head) {
        return head != null && head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    /**
     * Opens a gzip file for bounded reading; the caller closes the stream.
     *
     * @param maxBytes largest decompressed size allowed
     * @throws FormatException when the file is not gzip data
     */
    public static InputStream open(Path file, long maxBytes) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            return open(raw, file.toString(), maxBytes);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Wraps a gzip stream (closed with the returned one) for bounded reading. */
    public static InputStream open(InputStream in, String source, long maxBytes) throws IOException {
        GZIPInputStream gz;
        try {
            gz = new GZIPInputStream(in, 1 << 16);
        } catch (ZipException | EOFException e) {
            throw new FormatException(source, 0, null, "not gzip data: " + e.getMessage(), e);
        }
        return new CorruptionMapping(new LimitedInputStream(gz, maxBytes, source, "decompressed gzip data"), source);
    }

    /**
     * Decompresses a whole gzip file into memory, failing at {@code maxBytes} or when the data would
     * not fit in a third of the heap still free (a gzip bomb below a generous {@code maxBytes} must
     * be a FormatException, not an OutOfMemoryError: found by fuzzing with -Xmx512m). Data is
     * collected in 1 MiB blocks and copied once, so the peak is twice the decompressed size.
     */
    public static byte[] readAll(Path file, long maxBytes) throws IOException {
        Runtime rt = Runtime.getRuntime();
        long heapBudget = (rt.maxMemory() - (rt.totalMemory() - rt.freeMemory())) / 3;
        long budget = Math.min(Math.min(maxBytes, heapBudget), Integer.MAX_VALUE - 16);
        try (InputStream in = open(file, maxBytes)) {
            java.util.List<byte[]> blocks = new java.util.ArrayList<>();
            long total = 0;
            while (true) {
                byte[] block = in.readNBytes(1 << 20);
                if (block.length == 0) {
                    break;
                }
                total += block.length;
                if (total > budget) {
                    throw new FormatException(file.toString(), -1, null, "decompressed gzip data exceeds " + (budget >> 20)
                            + " MiB, the memory available for it (heap limit " + (rt.maxMemory() >> 20)
                            + " MiB; a gzip bomb, or raise -Xmx)", null);
                }
                blocks.add(block);
            }
            byte[] all = new byte[(int) total];
            int at = 0;
            for (byte[] b : blocks) {
                System.arraycopy(b, 0, all, at, b.length);
                at += b.length;
            }
            return all;
        }
    }

    /** Turns the JDK's terse errors on damaged data into FormatExceptions naming the file. */
    private static final class CorruptionMapping extends java.io.FilterInputStream {
        private final String source;

        CorruptionMapping(InputStream in, String source) {
            super(in);
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (ZipException | EOFException e) {
                throw new FormatException(source, -1, null, "damaged or truncated gzip data: " + e.getMessage(), e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (ZipException | EOFException e) {
                throw new FormatException(source, -1, null, "damaged or truncated gzip data: " + e.getMessage(), e);
            }
        }
    }
}
