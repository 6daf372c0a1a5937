package org.electrocat.io.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.electrocat.api.FormatException;
import org.electrocat.api.ProgressMonitor;

/**
 * A fast, tolerant reader of delimited numeric text (instrument exports, CSV, TSV), used by the
 * technique readers: it detects encoding, delimiter, decimal separator, header and units rows
 * ({@link LayoutDetector}), then streams the file once, parsing numbers from bytes
 * ({@link NumberParser}) into primitive arrays. Everything detected can be overridden with
 * {@link TextOptions}.
 *
 * <p>Errors are {@link FormatException}s naming file, line and column: an empty file, no numeric
 * rows, a truncated line, text in a numeric column, a missing value under
 * {@link TextOptions.NanPolicy#ERROR}, binary content.
 */
public final class TextReader {

    /** Lines examined to detect the layout (the header must end within them unless skipLines is given). */
    static final int SAMPLE_LINES = 2000;
    /** Bytes examined to detect the layout. */
    static final int SAMPLE_BYTES = 1 << 20;
    private static final int BUFFER = 1 << 18;
    private static final int PROGRESS_EVERY = 1 << 16;

    private TextReader() {
    }

    /** Reads a file with {@link TextOptions#defaults()}. */
    public static TextTable read(Path file) throws IOException {
        return read(file, TextOptions.defaults(), ProgressMonitor.NONE);
    }

    /** Reads a file. */
    public static TextTable read(Path file, TextOptions options) throws IOException {
        return read(file, options, ProgressMonitor.NONE);
    }

    /**
     * Reads a file, reporting progress in bytes and honouring cancellation.
     *
     * @throws FormatException when the content is not a numeric text table (message names line and column)
     */
    public static TextTable read(Path file, TextOptions options, ProgressMonitor monitor) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), size, options, monitor);
        }
    }

    /**
     * Reads a stream (not closed).
     *
     * @param source name used in messages, e.g. the entry of an archive
     */
    public static TextTable read(InputStream in, String source, TextOptions options) throws IOException {
        return read(in, source, -1, options, ProgressMonitor.NONE);
    }

    /**
     * True when {@code head} (the first bytes of a file) looks like delimited numeric text: no
     * binary bytes and a block of at least two numeric rows (one when the head holds a single line).
     */
    public static boolean looksDelimitedNumeric(byte[] head, boolean truncated) {
        List<byte[]> lines = new ArrayList<>();
        LineScanner s = new LineScanner(new java.io.ByteArrayInputStream(head), "head", Math.max(16, head.length));
        try {
            while (s.next()) {
                byte[] line = Arrays.copyOfRange(s.buffer(), s.start(), s.end());
                if (indexOfBinary(line) >= 0) {
                    return false;
                }
                lines.add(line);
            }
        } catch (IOException e) {
            return false;
        }
        if (truncated && lines.size() > 1) {
            lines.remove(lines.size() - 1);
        }
        LayoutDetector.Layout layout = new LayoutDetector(lines, "#", 0, StandardCharsets.ISO_8859_1)
                .detect(TextOptions.defaults());
        return layout.dataIndex() >= 0 && (layout.blockLines() >= 2 || lines.size() == 1);
    }

    private static TextTable read(InputStream in, String source, long size, TextOptions o, ProgressMonitor monitor)
            throws IOException {
        monitor.begin("Reading " + source, size);
        LineScanner scanner = new LineScanner(in, source, BUFFER);
        List<byte[]> sample = new ArrayList<>();
        boolean more = sample(scanner, source, sample, o.skipLines());
        if (sample.isEmpty()) {
            throw TextErrors.at(source, 1, null, "the file is empty");
        }
        List<String> notes = new ArrayList<>();
        Charset charset = chooseCharset(source, sample, o, notes);
        LayoutDetector detector = new LayoutDetector(sample, o.commentPrefix(), Math.max(0, o.skipLines()), charset);
        LayoutDetector.Layout layout = detector.detect(o);
        if (layout.dataIndex() < 0) {
            throw noData(source, sample, more, charset, o);
        }
        ColumnPlan plan = new ColumnPlan(sample, layout, detector, charset, notes);

        int dataLines = 0;
        long dataBytes = 0;
        for (int i = layout.dataIndex(); i < sample.size(); i++) {
            dataLines++;
            dataBytes += sample.get(i).length + 1;
        }
        int expected = expectedRows(size, scanner.bytesConsumed(), dataLines, dataBytes, more);
        RowParser rows = new RowParser(source, charset, layout.delimiter(), layout.decimal(), layout.width(),
                plan.target(), plan.messageHeaders(), expected, o.nanPolicy(), o.commentPrefix());
        for (int i = layout.dataIndex(); i < sample.size(); i++) {
            byte[] b = sample.get(i);
            rows.line(b, 0, b.length, i + 1);
        }
        long reported = 0;
        while (more && scanner.next()) {
            rows.line(scanner.buffer(), scanner.start(), scanner.end(), scanner.lineNumber());
            if ((scanner.lineNumber() & (PROGRESS_EVERY - 1)) == 0) {
                monitor.checkCancelled();
                long consumed = scanner.bytesConsumed();
                monitor.worked(consumed - reported);
                reported = consumed;
            }
        }
        monitor.done();
        List<TextColumn> columns = new ArrayList<>();
        for (int c = 0; c < plan.numeric().size(); c++) {
            int missing = rows.missing(c);
            ColumnHeader h = plan.numeric().get(c);
            if (missing > 0) {
                notes.add("column '" + h.text() + "': " + missing + " missing value" + (missing == 1 ? "" : "s")
                        + " (empty or nan) stored as NaN");
            }
            columns.add(new TextColumn(plan.positions().get(c), h, rows.values(c), missing));
        }
        List<String> headerLines = new ArrayList<>();
        for (int i = 0; i < layout.dataIndex(); i++) {
            headerLines.add(new String(sample.get(i), charset));
        }
        return new TextTable(source, charset, layout.delimiter(), layout.decimal(), headerLines,
                layout.headerIndex() + (layout.headerIndex() >= 0 ? 1 : 0),
                layout.unitsIndex() + (layout.unitsIndex() >= 0 ? 1 : 0), layout.dataIndex() + 1L, rows.rows(),
                columns, plan.skipped(), notes);
    }

    private static Charset chooseCharset(String source, List<byte[]> sample, TextOptions o, List<String> notes) {
        if (o.charset() != null) {
            return o.charset();
        }
        for (int i = 0; i < sample.size(); i++) {
            byte[] b = sample.get(i);
            if (!TextEncoding.isValidUtf8(b, 0, b.length)) {
                notes.add("line " + (i + 1) + " is not valid UTF-8: text decoded as ISO-8859-1");
                return StandardCharsets.ISO_8859_1;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static FormatException noData(String source, List<byte[]> sample, boolean more, Charset charset,
            TextOptions o) {
        String last = new String(sample.get(sample.size() - 1), charset).strip();
        if (last.length() > 60) {
            last = last.substring(0, 60) + "...";
        }
        String where = more ? "in the first " + sample.size() + " lines (give skipLines for a longer header)"
                : "in its " + sample.size() + " line" + (sample.size() == 1 ? "" : "s") + " (header only?)";
        String opts = o.delimiter() == TextOptions.Delimiter.AUTO && o.decimal() == TextOptions.DecimalSeparator.AUTO
                ? "" : " with delimiter " + o.delimiter() + " and decimal " + o.decimal();
        return TextErrors.at(source, sample.size(), null, "no rows of numbers found" + opts + " " + where
                + "; last line read: '" + last + "'");
    }

    /** Rows to reserve: the file size divided by the mean data line length (no more than the file can hold). */
    private static int expectedRows(long size, long sampledBytes, int dataLines, long dataBytes, boolean more) {
        if (!more) {
            return dataLines;
        }
        if (size <= 0 || dataLines == 0) {
            return 1024;
        }
        double perLine = Math.max(2.0, dataBytes / (double) dataLines);
        double estimate = dataLines + Math.max(0, size - sampledBytes) / perLine * 1.02 + 16;
        return (int) Math.min(DoubleArrayBuilder.MAX_SIZE, Math.min(estimate, size / 2.0 + 16));
    }

    /** Reads the lines used for detection: the skipped lines plus up to SAMPLE_LINES / SAMPLE_BYTES more. */
    private static boolean sample(LineScanner scanner, String source, List<byte[]> sample, int skip)
            throws IOException {
        long bytes = 0;
        while (sample.size() < Math.max(0, skip) + SAMPLE_LINES && (bytes < SAMPLE_BYTES || sample.size() < skip)) {
            if (!scanner.next()) {
                return false;
            }
            byte[] b = scanner.buffer();
            int from = scanner.start();
            if (sample.isEmpty()) {
                if (TextEncoding.hasWideBom(b, scanner.end() - from)) {
                    throw TextErrors.at(source, 1, null,
                            "UTF-16/UTF-32 text is not supported: save the file as UTF-8 or ISO-8859-1");
                }
                from += TextEncoding.utf8BomLength(b, from, scanner.end());
            }
            byte[] line = Arrays.copyOfRange(b, from, scanner.end());
            int nul = indexOfBinary(line);
            if (nul >= 0) {
                throw TextErrors.at(source, sample.size() + 1, null,
                        "binary content (byte 0x" + Integer.toHexString(line[nul] & 0xFF) + " at column " + (nul + 1)
                        + "): not a text table");
            }
            sample.add(line);
            bytes += line.length + 1;
        }
        return true;
    }

    /** Index of a NUL or other control byte that never occurs in text (tab, CR, LF, FF excepted), or -1. */
    static int indexOfBinary(byte[] line) {
        for (int i = 0; i < line.length; i++) {
            int c = line[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\f' && c != 0x1A) {
                return i;
            }
        }
        return -1;
    }
}
