package org.electrocat.io.safe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.electrocat.api.FormatException;

/**
 * Reads ZIP archives from untrusted sources (instrument project files, shared datasets) without
 * letting them escape the target folder or exhaust memory and disk: entry names are checked
 * against path traversal ("zip slip": {@code ../}, absolute paths, drive letters, NUL), and the
 * number of entries, each entry's and the total decompressed size, and each entry's compression
 * ratio are limited while the bytes are inflated (sizes declared in the archive are not trusted).
 */
public final class SafeZip {

    /**
     * Limits for one archive.
     *
     * @param maxEntries    most entries (files and folders)
     * @param maxEntryBytes largest decompressed size of one entry, bytes
     * @param maxTotalBytes largest decompressed size of all entries together, bytes
     * @param maxRatio      largest decompressed/compressed ratio of an entry, checked once it has
     *                      produced more than {@link #RATIO_GRACE_BYTES} (small files of zeros
     *                      compress well and are harmless)
     */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, double maxRatio) {
        public Limits {
            if (maxEntries < 1 || maxEntryBytes < 0 || maxTotalBytes < 0 || !(maxRatio >= 1)) {
                throw new IllegalArgumentException("zip limits must be positive (ratio >= 1): " + maxEntries + ", "
                        + maxEntryBytes + ", " + maxTotalBytes + ", " + maxRatio);
            }
        }

        /** 10 000 entries, 1 GiB per entry, 4 GiB in total, ratio 200. */
        public static Limits defaults() {
            return new Limits(10_000, 1L << 30, 4L << 30, 200);
        }
    }

    /** Output below which the compression ratio is not checked: 1 MiB. */
    public static final long RATIO_GRACE_BYTES = 1 << 20;

    /** Receives one entry; the stream is bounded and must not be closed by the handler. */
    @FunctionalInterface
    public interface EntryHandler {
        void entry(String name, ZipEntry entry, InputStream content) throws IOException;
    }

    private SafeZip() {
    }

    /**
     * Calls {@code handler} for every entry in archive order, with the checked name (always with
     * {@code /} separators) and a stream that enforces the limits.
     *
     * @throws FormatException on a hostile or damaged archive, naming the entry
     */
    public static void forEach(Path zip, Limits limits, EntryHandler handler) throws IOException {
        String source = zip.toString();
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            if (zf.size() > limits.maxEntries()) {
                throw new FormatException(source, -1, null, "archive has " + zf.size() + " entries, more than the limit of "
                        + limits.maxEntries(), null);
            }
            long[] total = {0};
            long archiveSize = Files.size(zip);
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = checkedName(e.getName(), source);
                if (e.getSize() > limits.maxEntryBytes()) {
                    throw new FormatException(source, -1, name, "entry declares " + e.getSize()
                            + " bytes, more than the limit of " + limits.maxEntryBytes(), null);
                }
                long compressed = e.getCompressedSize() > 0 ? Math.min(e.getCompressedSize(), archiveSize) : archiveSize;
                try (InputStream raw = zf.getInputStream(e)) {
                    handler.entry(name, e, new GuardedEntry(raw, source, name, limits, compressed, total));
                } catch (ZipException | java.io.EOFException ex) {
                    // EOFException: the entry's compressed data ends early (truncated archive)
                    throw new FormatException(source, -1, name, "damaged entry: " + (ex instanceof java.io.EOFException
                            ? "its data ends early (truncated archive)" : ex.getMessage()), ex);
                }
            }
        } catch (ZipException e) {
            throw new FormatException(source, -1, null, "not a readable ZIP archive: " + e.getMessage(), e);
        } catch (java.io.EOFException e) {
            // ZipFile reads what the end record announces (comment, ZIP64 records): past the end of a cut file
            throw new FormatException(source, -1, null, "not a readable ZIP archive: its end record points past"
                    + " the end of the file (truncated or damaged archive)", e);
        }
    }

    /**
     * Extracts every entry under {@code targetDir} (created if needed); existing files are not
     * overwritten. Returns the files written.
     *
     * @throws FormatException on a hostile or damaged archive; files already written stay
     */
    public static List<Path> extract(Path zip, Path targetDir, Limits limits) throws IOException {
        Path root = Files.createDirectories(targetDir).toRealPath();
        List<Path> written = new ArrayList<>();
        forEach(zip, limits, (name, entry, content) -> {
            Path target = root.resolve(name).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new FormatException(zip.toString(), -1, name, "entry would be written outside "
                        + root + " (zip slip)", null);
            }
            if (entry.isDirectory()) {
                Files.createDirectories(target);
                return;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.copy(content, target);
            } catch (FileAlreadyExistsException ex) {
                throw new FormatException(zip.toString(), -1, name, "entry would overwrite the existing file "
                        + target + " (duplicate entry?)", ex);
            }
            written.add(target);
        });
        return written;
    }

    /**
     * The entry name with {@code /} separators, if it is a safe relative path.
     *
     * @throws FormatException for empty, absolute, drive-letter, NUL-containing or {@code ..} names
     */
    public static String checkedName(String entryName, String source) throws FormatException {
        String n = entryName == null ? "" : entryName.replace('\\', '/');
        String problem = null;
        if (n.isEmpty()) {
            problem = "empty entry name";
        } else if (n.indexOf('\0') >= 0) {
            problem = "entry name contains a NUL character";
        } else if (n.startsWith("/") || (n.length() >= 2 && n.charAt(1) == ':')) {
            problem = "absolute entry path";
        } else {
            for (String part : n.split("/")) {
                if (part.equals("..")) {
                    problem = "entry path climbs out of the archive folder with '..' (zip slip)";
                    break;
                }
            }
        }
        if (problem != null) {
            throw new FormatException(source, -1, entryName, problem, null);
        }
        return n;
    }

    /** Counts inflated bytes of one entry against the per-entry, total and ratio limits. */
    private static final class GuardedEntry extends java.io.FilterInputStream {
        private final String source;
        private final String name;
        private final Limits limits;
        private final long compressed;
        private final long[] total;
        private long count;

        GuardedEntry(InputStream in, String source, String name, Limits limits, long compressed, long[] total) {
            super(in);
            this.source = source;
            this.name = name;
            this.limits = limits;
            this.compressed = Math.max(1, compressed);
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0; // InputStream contract; readNBytes asks for 0 bytes when its buffer is full
            }
            long room = Math.min(limits.maxEntryBytes() - count, limits.maxTotalBytes() - total[0]);
            int n = super.read(b, off, (int) Math.max(1, Math.min(len, room + 1)));
            if (n <= 0) {
                return n;
            }
            count += n;
            total[0] += n;
            if (count > limits.maxEntryBytes()) {
                throw exceeded("entry decompresses to more than " + limits.maxEntryBytes() + " bytes");
            }
            if (total[0] > limits.maxTotalBytes()) {
                throw exceeded("archive decompresses to more than " + limits.maxTotalBytes() + " bytes in total");
            }
            if (count > RATIO_GRACE_BYTES && count > limits.maxRatio() * compressed) {
                throw exceeded("compression ratio above " + limits.maxRatio() + " (" + compressed
                        + " compressed bytes gave more than " + count + ")");
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return LimitedInputStream.skipByReading(this, n);
        }

        @Override
        public void close() {
            // the archive closes the entry stream; a handler must not end the iteration
        }

        private FormatException exceeded(String what) {
            return new FormatException(source, -1, name, what + ": refused as a possible zip bomb", null);
        }
    }
}
