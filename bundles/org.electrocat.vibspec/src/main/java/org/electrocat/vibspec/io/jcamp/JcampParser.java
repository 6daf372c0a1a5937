package org.electrocat.vibspec.io.jcamp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.FormatException;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.vibspec.io.BoundedLines;

/**
 * Parses JCAMP-DX 4.24 and 5.01 text (McDonald &amp; Wilks, Appl. Spectrosc. 42 (1988) 151; Lampen et
 * al., Appl. Spectrosc. 53 (1999) 1053) into {@link JcampBlock}s: labelled data records
 * ({@code ##LABEL=value}, continued on the following lines; {@code $$} starts a comment), blocks
 * from {@code ##TITLE=} to {@code ##END=}, link blocks ({@code ##BLOCKS=}) holding nested blocks,
 * and the data tables {@code ##XYDATA=}, {@code ##XYPOINTS=}, {@code ##PEAK TABLE=} decoded by
 * {@link XyTableDecoder} (AFFN and every ASDF form). NTUPLES (multi-dimensional 5.01 data) are
 * reported as unsupported rather than misread.
 */
public final class JcampParser {

    /** Longest line accepted (the standard asks for 80 characters). */
    static final int MAX_LINE = 1 << 22;
    /** Most points accepted in one table regardless of the file size. */
    static final int MAX_POINTS = 50_000_000;

    private final String source;
    private final int pointLimit;

    /**
     * @param source   file name for messages
     * @param fileSize size in bytes, which bounds how many points a table may decode to (64 per byte,
     *                 at least 1 Mi): DUP counts cannot make a small file allocate gigabytes
     */
    public JcampParser(String source, long fileSize) {
        this.source = source;
        this.pointLimit = (int) Math.min(MAX_POINTS, Math.max(1L << 20, 64L * Math.max(0, fileSize)));
    }

    /**
     * Parses the stream (not closed) into its blocks, data blocks and link blocks alike, in file order
     * of their {@code ##END=}.
     *
     * @throws FormatException naming the line when the text is not valid JCAMP-DX
     */
    public List<JcampBlock> parse(InputStream in, ProgressMonitor monitor) throws IOException {
        BoundedLines lines = new BoundedLines(in, source, MAX_LINE);
        List<JcampBlock> done = new ArrayList<>();
        Deque<JcampBlock> open = new ArrayDeque<>();
        String currentKey = null;
        XyTableDecoder table = null;
        String tableLabel = null;
        String line;
        while ((line = lines.next()) != null) {
            int no = lines.lineNumber();
            if ((no & 0x3FFF) == 0) {
                monitor.checkCancelled();
            }
            int comment = line.indexOf("$$");
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            String trimmed = line.stripLeading();
            if (!trimmed.startsWith("##")) {
                if (table != null) {
                    table.line(line, no);
                } else if (currentKey != null && !open.isEmpty()) {
                    open.peek().append(currentKey, line);
                } else if (!trimmed.isBlank()) {
                    throw new FormatException(source, no, null, "text outside a labelled data record: not JCAMP-DX", null);
                }
                continue;
            }
            if (table != null) {
                open.peek().data(tableLabel, table.finish(no), table.yChecks());
                table = null;
            }
            int eq = trimmed.indexOf('=');
            if (eq < 0) {
                throw new FormatException(source, no, trimmed, "a labelled data record needs '=' after its label", null);
            }
            String label = trimmed.substring(2, eq);
            String value = trimmed.substring(eq + 1);
            String key = JcampBlock.normalise(label);
            currentKey = null;
            if (key.isEmpty()) {
                continue; // "##=" is a comment record
            }
            if (key.equals("TITLE")) {
                if (!open.isEmpty() && open.peek().get("BLOCKS") == null) {
                    throw new FormatException(source, no, label, "a new block starts before the block of line "
                            + open.peek().startLine() + " ended (missing ##END=)", null);
                }
                open.push(new JcampBlock(source, no));
            } else if (open.isEmpty()) {
                if (done.isEmpty()) {
                    throw new FormatException(source, no, label, "the file must start with ##TITLE=: not JCAMP-DX", null);
                }
                throw new FormatException(source, no, label, "record after the last ##END=", null);
            }
            JcampBlock block = open.peek();
            if (key.equals("END")) {
                done.add(open.pop());
                continue;
            }
            if (key.equals("NTUPLES")) {
                throw new FormatException(source, no, label, "NTUPLES (multi-dimensional JCAMP-DX 5) is not "
                        + "supported; export the spectra as separate XYDATA blocks", null);
            }
            block.put(label, value, no);
            currentKey = key;
            if (key.equals("XYDATA") || key.equals("XYPOINTS") || key.equals("PEAKTABLE")) {
                tableLabel = label.strip();
                table = decoder(block, tableLabel, value, no);
                currentKey = null;
            }
        }
        int end = lines.lineNumber();
        if (table != null || !open.isEmpty()) {
            JcampBlock b = open.peek();
            throw new FormatException(source, end, null, "the file ends inside the block '"
                    + (b == null ? "?" : b.get("TITLE")) + "' of line " + (b == null ? 0 : b.startLine())
                    + " (no ##END=): truncated?", null);
        }
        if (done.isEmpty()) {
            throw new FormatException(source, end, null, "no ##TITLE= block: not JCAMP-DX", null);
        }
        return done;
    }

    private XyTableDecoder decoder(JcampBlock b, String label, String form, int no) throws FormatException {
        String f = form.replace(" ", "").toUpperCase(Locale.ROOT);
        XyTableDecoder.Form kind;
        if (f.startsWith("(X++(") && f.length() >= 10 && f.charAt(5) == f.charAt(8) && f.startsWith("..", 6)
                && f.startsWith("))", 9)) {
            kind = XyTableDecoder.Form.X_PLUS_PLUS_Y;
        } else if (f.startsWith("(XY..XY)")) {
            kind = XyTableDecoder.Form.XY_PAIRS;
        } else if (f.startsWith("(XYW..XYW)")) {
            kind = XyTableDecoder.Form.XYW_TRIPLES;
        } else {
            throw new FormatException(source, no, label, "table form '" + form.strip() + "' is not supported "
                    + "(known: (X++(Y..Y)), (XY..XY), (XYW..XYW))", null);
        }
        double xFactor = b.number("XFACTOR", 1.0);
        double yFactor = b.number("YFACTOR", 1.0);
        if (xFactor == 0 || yFactor == 0) {
            throw new FormatException(source, b.lineOf(xFactor == 0 ? "XFACTOR" : "YFACTOR"),
                    xFactor == 0 ? "XFACTOR" : "YFACTOR", "a scale factor of 0 would erase the data", null);
        }
        int npoints = -1;
        double firstX = 0;
        double lastX = 0;
        if (kind == XyTableDecoder.Form.X_PLUS_PLUS_Y || b.get("NPOINTS") != null) {
            double n = b.number("NPOINTS");
            if (n < 1 || n != Math.rint(n) || n > Integer.MAX_VALUE - 8) {
                throw new FormatException(source, b.lineOf("NPOINTS"), "NPOINTS", "'" + b.get("NPOINTS")
                        + "' is not a whole number of points >= 1", null);
            }
            npoints = (int) n;
        }
        if (kind == XyTableDecoder.Form.X_PLUS_PLUS_Y) {
            firstX = b.number("FIRSTX");
            lastX = b.number("LASTX");
            double deltaX = b.number("DELTAX", Double.NaN);
            if (npoints > 1 && !Double.isNaN(deltaX)) {
                double spacing = (lastX - firstX) / (npoints - 1);
                if (Math.abs(spacing - deltaX) > 0.01 * Math.abs(spacing)) {
                    throw new FormatException(source, b.lineOf("DELTAX"), "DELTAX", "DELTAX = " + deltaX
                            + " disagrees with (LASTX - FIRSTX)/(NPOINTS - 1) = " + spacing, null);
                }
            }
        }
        return new XyTableDecoder(source, kind, label, xFactor, yFactor, firstX, lastX, npoints, pointLimit);
    }
}
