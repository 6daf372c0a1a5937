package org.electrocat.echem.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.electrocat.api.FormatException;
import org.electrocat.api.ProgressMonitor;

/**
 * Streams a delimited table of numbers (the data part of an instrument text export) into one
 * primitive array per column. Works on raw bytes in 1 MiB chunks, so a file of 10^7 rows needs
 * no per-line {@code String}s; numbers go through {@link DecimalParser}.
 *
 * <p>Every line must have exactly as many fields as there are columns (one empty trailing field
 * after a trailing separator is tolerated); otherwise a {@link FormatException} names the file,
 * the 1-based line and the column.
 */
final class NumericTableParser {

    private static final int CHUNK = 1 << 20;

    private final Path file;
    private final List<String> columns;
    private final byte separator;
    private final boolean decimalComma;

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

    /**
     * Reads all remaining lines of {@code in}.
     *
     * @param in            positioned at the first data line
     * @param firstLine     1-based line number of that line in the file
     * @param expectedRows  capacity hint (e.g. from the file size), may be 0
     * @param monitor       checked for cancellation every 65536 lines
     * @return one array per column, all of the same length
     */
    double[][] parse(InputStream in, long firstLine, int expectedRows, ProgressMonitor monitor) throws IOException {
        int n = columns.size();
        DoubleColumnBuilder[] out = new DoubleColumnBuilder[n];
        for (int c = 0; c < n; c++) {
            out[c] = new DoubleColumnBuilder(expectedRows);
        }
        byte[] buf = new byte[CHUNK];
        int len = 0;
        long line = firstLine;
        boolean eof = false;
        while (!eof || len > 0) {
            if (!eof) {
                int r = in.read(buf, len, buf.length - len);
                if (r < 0) {
                    eof = true;
                } else {
                    len += r;
                }
            }
            int start = 0;
            while (true) {
                int nl = indexOf(buf, (byte) '\n', start, len);
                if (nl < 0) {
                    if (eof && start < len) {
                        nl = len; // last line without a line break
                    } else {
                        break;
                    }
                }
                parseLine(buf, start, nl, line, out);
                line++;
                if ((line & 0xFFFF) == 0) {
                    monitor.checkCancelled();
                    monitor.worked(0x10000);
                }
                start = nl + 1;
                if (start >= len) {
                    break;
                }
            }
            if (start < len) {
                if (start == 0 && len == buf.length) {
                    // a single line longer than the buffer: grow rather than mis-split it
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                    continue;
                }
                System.arraycopy(buf, start, buf, 0, len - start);
                len -= start;
            } else {
                len = 0;
            }
        }
        double[][] cols = new double[n][];
        for (int c = 0; c < n; c++) {
            cols[c] = out[c].toArray();
        }
        return cols;
    }

    private static int indexOf(byte[] buf, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private void parseLine(byte[] buf, int from, int to, long line, DoubleColumnBuilder[] out) throws FormatException {
        if (to > from && buf[to - 1] == '\r') {
            to--;
        }
        if (isBlank(buf, from, to)) {
            return; // blank lines (e.g. at the end of a file) carry no data
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
                    v = DecimalParser.parse(buf, fieldStart, i, decimalComma);
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
