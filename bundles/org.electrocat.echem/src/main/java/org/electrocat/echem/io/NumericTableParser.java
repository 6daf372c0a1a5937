package org.electrocat.echem.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.electrocat.api.FormatException;
import org.electrocat.api.ProgressMonitor;

/**
 * Streams a delimited table of numbers (the data part of an instrument text export) into one
 * primitive array per column. Works on raw bytes in 1 MiB blocks, so a file of 10^7 rows needs
 * no per-line {@code String}s; clean rows are converted in one pass by {@link FastRowScanner},
 * anything unusual by the general path ({@link Fields}, with precise error messages). Large files are split at
 * line breaks into one part per processor core and parsed in parallel; the parts are joined in order.
 *
 * <p>Every line must have exactly as many fields as there are columns (one empty trailing field
 * after a trailing separator is tolerated); otherwise a {@link FormatException} names the file,
 * the 1-based line and the column. Blank lines are skipped.
 */
final class NumericTableParser {

    private static final int BLOCK = 1 << 20;
    /** Below this many data bytes a single thread is faster than splitting. */
    private static final long PARALLEL_THRESHOLD = 8L << 20;

    private final Path file;
    private final List<String> columns;
    private final byte separator;
    private final boolean decimalComma;

    /** A source of bytes: a stream, or a byte range of a file. */
    private interface Source {
        int read(byte[] b, int off, int len) throws IOException;
    }

    /**
     * @param file         for messages
     * @param columns      column headers as written in the file (for messages and the field count)
     * @param separator    field separator byte ({@code '\t'} or {@code ','})
     * @param decimalComma true when numbers use ',' as the decimal separator
     */
    NumericTableParser(Path file, List<String> columns, byte separator, boolean decimalComma) {
        if (decimalComma && separator == ',') {
            throw new IllegalArgumentException("',' cannot be both separator and decimal comma");
        }
        this.file = file;
        this.columns = columns;
        this.separator = separator;
        this.decimalComma = decimalComma;
    }

    /** Reads all remaining lines of {@code in}; {@code firstLine} is the 1-based number of the first. */
    double[][] parse(InputStream in, long firstLine, int expectedRows, ProgressMonitor monitor) throws IOException {
        DoubleColumnBuilder[] out = builders(expectedRows);
        parse(in::read, firstLine, out, monitor);
        return arrays(out);
    }

    /**
     * Reads the file from byte {@code dataStart} to its end, in parallel when it is large.
     *
     * @param firstLine    1-based line number of the line starting at {@code dataStart}
     * @param bytesPerRow  rough row size, for presizing the arrays
     */
    double[][] parse(long dataStart, long firstLine, int bytesPerRow, ProgressMonitor monitor) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = ch.size();
            int parts = end - dataStart < PARALLEL_THRESHOLD ? 1
                    : Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
            long[] starts = new long[parts + 1];
            starts[0] = dataStart;
            starts[parts] = end;
            for (int k = 1; k < parts; k++) {
                starts[k] = lineStartAfter(ch, Math.max(starts[k - 1], dataStart + (end - dataStart) * k / parts), end);
            }
            DoubleColumnBuilder[][] results = new DoubleColumnBuilder[parts][];
            Throwable[] errors = new Throwable[parts];
            Thread[] threads = new Thread[parts];
            for (int k = 0; k < parts; k++) {
                final int part = k;
                Runnable work = () -> {
                    long rows = (starts[part + 1] - starts[part]) / Math.max(1, bytesPerRow);
                    DoubleColumnBuilder[] out = builders((int) Math.min(Integer.MAX_VALUE - 16L, rows + rows / 8 + 16));
                    long[] pos = {starts[part]};
                    long stop = starts[part + 1];
                    try {
                        parse((b, off, len) -> {
                            int want = (int) Math.min(len, stop - pos[0]);
                            if (want <= 0) {
                                return -1;
                            }
                            int r = ch.read(ByteBuffer.wrap(b, off, want), pos[0]);
                            if (r > 0) {
                                pos[0] += r;
                            }
                            return r;
                        }, 0, out, monitor);
                        results[part] = out;
                    } catch (FormatException e) {
                        errors[part] = relocate(ch, e, dataStart, starts[part], firstLine);
                    } catch (IOException | RuntimeException e) {
                        errors[part] = e;
                    }
                };
                if (parts == 1) {
                    work.run();
                } else {
                    threads[k] = new Thread(work, "electrocat-parse-" + k);
                    threads[k].start();
                }
            }
            for (Thread t : threads) {
                if (t != null) {
                    try {
                        t.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while reading " + file, e);
                    }
                }
            }
            for (Throwable t : errors) {
                if (t instanceof IOException io) {
                    throw io;
                }
                if (t instanceof RuntimeException re) {
                    throw re;
                }
            }
            return join(results);
        }
    }

    /** The offset just after the first line break at or after {@code from - 1}. */
    private static long lineStartAfter(FileChannel ch, long from, long end) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        long p = Math.max(0, from - 1);
        while (p < end) {
            b.clear();
            int r = ch.read(b, p);
            if (r <= 0) {
                break;
            }
            for (int i = 0; i < r; i++) {
                if (b.get(i) == '\n') {
                    return p + i + 1;
                }
            }
            p += r;
        }
        return end;
    }

    /** Turns a part-local line number into the file's line number (counts the line breaks before the part). */
    private FormatException relocate(FileChannel ch, FormatException e, long dataStart, long partStart, long firstLine) {
        try {
            long lines = 0;
            ByteBuffer b = ByteBuffer.allocate(1 << 20);
            for (long p = dataStart; p < partStart;) {
                b.clear();
                b.limit((int) Math.min(b.capacity(), partStart - p));
                int r = ch.read(b, p);
                if (r <= 0) {
                    break;
                }
                for (int i = 0; i < r; i++) {
                    if (b.get(i) == '\n') {
                        lines++;
                    }
                }
                p += r;
            }
            return new FormatException(file.toString(), firstLine + lines + e.line(), e.field(), e.problem(), e);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    private DoubleColumnBuilder[] builders(int expectedRows) {
        DoubleColumnBuilder[] out = new DoubleColumnBuilder[columns.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = new DoubleColumnBuilder(expectedRows);
        }
        return out;
    }

    private static double[][] arrays(DoubleColumnBuilder[] out) {
        double[][] cols = new double[out.length][];
        for (int c = 0; c < out.length; c++) {
            cols[c] = out[c].toArray();
        }
        return cols;
    }

    private double[][] join(DoubleColumnBuilder[][] parts) {
        if (parts.length == 1) {
            return arrays(parts[0]);
        }
        long total = 0;
        for (DoubleColumnBuilder[] p : parts) {
            total += p[0].size();
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(file + ": more than 2^31 rows");
        }
        double[][] cols = new double[columns.size()][];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = new double[(int) total];
            int at = 0;
            for (DoubleColumnBuilder[] p : parts) {
                double[] a = p[c].toArray();
                System.arraycopy(a, 0, cols[c], at, a.length);
                at += a.length;
            }
        }
        return cols;
    }

    /** The block loop: lines split at '\n', the last line may lack one. */
    private void parse(Source src, long firstLine, DoubleColumnBuilder[] out, ProgressMonitor monitor)
            throws IOException {
        byte[] buf = new byte[BLOCK];
        double[] row = new double[out.length];
        byte decimal = decimalComma ? (byte) ',' : (byte) '.';
        int len = 0;
        long line = firstLine;
        boolean eof = false;
        while (!eof || len > 0) {
            if (!eof) {
                int r = src.read(buf, len, buf.length - len);
                if (r < 0) {
                    eof = true;
                } else {
                    len += r;
                }
            }
            int start = 0;
            while (start < len) {
                int next = FastRowScanner.scan(buf, start, len, eof, separator, decimal, row);
                if (next == FastRowScanner.INCOMPLETE) {
                    break; // read more
                }
                if (next == FastRowScanner.CAREFUL) {
                    int nl = start;
                    while (nl < len && buf[nl] != '\n') {
                        nl++;
                    }
                    if (nl == len && !eof) {
                        break;
                    }
                    parseLine(buf, start, nl, line, out);
                    next = nl + 1;
                } else {
                    for (int c = 0; c < row.length; c++) {
                        out[c].add(row[c]);
                    }
                }
                line++;
                if ((line & 0xFFFF) == 0) {
                    monitor.checkCancelled();
                }
                start = next;
            }
            if (start < len) {
                if (start == 0 && len == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2); // a line longer than the block
                    continue;
                }
                System.arraycopy(buf, start, buf, 0, len - start);
                len -= start;
            } else {
                len = 0;
            }
        }
    }

    private void parseLine(byte[] buf, int from, int to, long line, DoubleColumnBuilder[] out) throws FormatException {
        if (to > from && buf[to - 1] == '\r') {
            to--;
        }
        if (isBlank(buf, from, to)) {
            return;
        }
        int n = out.length;
        int field = 0;
        int fieldStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || buf[i] == separator) {
                if (field >= n) {
                    if (i == to && fieldStart == to) {
                        break; // trailing separator
                    }
                    throw new FormatException(file, line, null, "line has more than the " + n
                            + " fields of the column header");
                }
                double v;
                try {
                    v = Fields.number(buf, fieldStart, i, decimalComma);
                } catch (NumberFormatException e) {
                    throw new FormatException(file, line, columns.get(field), "'" + text(buf, fieldStart, i)
                            + "' is not a number");
                }
                out[field++].add(v);
                fieldStart = i + 1;
            }
        }
        if (field < n) {
            throw new FormatException(file, line, columns.get(field), "line has only " + field + " of " + n
                    + " fields (truncated file?)");
        }
    }

    private static boolean isBlank(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] buf, int from, int to) {
        int end = Math.min(to, from + 40);
        return new String(buf, from, end - from, java.nio.charset.StandardCharsets.ISO_8859_1).trim();
    }
}
