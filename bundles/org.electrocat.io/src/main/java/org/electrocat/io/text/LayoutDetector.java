package org.electrocat.io.text;

import java.util.List;
import org.electrocat.io.text.TextOptions.DecimalSeparator;
import org.electrocat.io.text.TextOptions.Delimiter;

/**
 * Finds, in the first lines of a file, the delimiter, the decimal separator, the first data row
 * and the header (and units) row above it.
 *
 * <p>Method: for every (delimiter, decimal separator) pair a line is "data-like" when it has at
 * least one numeric field and more numeric than text fields. Consecutive data-like lines form a
 * block while their field counts agree (a line with {@code t} fields before trailing empty ones and
 * {@code r} in all fits every width in {@code [t, r]}; blank and comment lines do not interrupt).
 * The longest block is the data, extended backwards over single defective lines that sit between
 * data lines (so a broken row is reported by the strict parse, not silently taken as header).
 * Pairs compete by the block's score, numeric fields minus twice the text fields; ties keep the
 * earlier pair in the order tab, comma, semicolon, white space, point before comma. The header row
 * is the last non-blank line above the data if it is not data-like and has the data's width; a
 * header row is also recognised as the first line of the block when it alone has text cells
 * ({@code time,400,401,402} above a matrix of spectra). A
 * units row is recognised when at least two thirds of that line's cells are units (Gamry's
 * {@code # s V vs. Ref. A ... bits}) and the line above could be a header.
 */
final class LayoutDetector {

    /** The detected layout; indices are into the sample's line list, -1 when absent. */
    record Layout(Delimiter delimiter, DecimalSeparator decimal, int dataIndex, int headerIndex, int unitsIndex,
            int width, int blockLines) {
    }

    private static final Delimiter[] DELIMITERS = {Delimiter.TAB, Delimiter.TAB, Delimiter.COMMA, Delimiter.SEMICOLON,
        Delimiter.SEMICOLON, Delimiter.WHITESPACE, Delimiter.WHITESPACE};
    private static final DecimalSeparator[] DECIMALS = {DecimalSeparator.POINT, DecimalSeparator.COMMA,
        DecimalSeparator.POINT, DecimalSeparator.POINT, DecimalSeparator.COMMA, DecimalSeparator.POINT,
        DecimalSeparator.COMMA};

    private static final int BLANK = 0;
    private static final int COMMENT = 1;
    private static final int TEXT = 2;
    private static final int DATA = 3;

    private final List<byte[]> lines;
    private final byte[] comment;
    private final int from;
    private final java.nio.charset.Charset charset;

    /** Per-line classification under one candidate pair. */
    private int[] kind;
    private int[] trimmed;
    private int[] raw;
    private int[] score;
    private int[] textCells;

    LayoutDetector(List<byte[]> lines, String commentPrefix, int from, java.nio.charset.Charset charset) {
        this.lines = lines;
        this.charset = charset;
        this.comment = commentPrefix.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        this.from = from;
    }

    /** Best layout for the options, or a layout with {@code dataIndex == -1} when no data was found. */
    Layout detect(TextOptions options) {
        Layout best = null;
        long bestScore = Long.MIN_VALUE;
        for (int c = 0; c < DELIMITERS.length; c++) {
            if ((options.delimiter() != Delimiter.AUTO && options.delimiter() != DELIMITERS[c])
                    || (options.decimal() != DecimalSeparator.AUTO && options.decimal() != DECIMALS[c])) {
                continue;
            }
            classify(DELIMITERS[c], DECIMALS[c]);
            int[] block = longestBlock();
            if (block == null) {
                continue;
            }
            long s = 0;
            for (int i = block[0]; i < lines.size(); i++) {
                if (kind[i] == DATA && fits(i, block[2], block[3])) {
                    s += score[i];
                }
            }
            if (s > bestScore) {
                bestScore = s;
                best = place(DELIMITERS[c], DECIMALS[c], block, options);
            }
        }
        if (best == null) {
            Delimiter d = options.delimiter() == Delimiter.AUTO ? Delimiter.TAB : options.delimiter();
            DecimalSeparator p = options.decimal() == DecimalSeparator.AUTO ? DecimalSeparator.POINT : options.decimal();
            return new Layout(d, p, -1, -1, -1, 0, 0);
        }
        return best;
    }

    private void classify(Delimiter d, DecimalSeparator dec) {
        int n = lines.size();
        kind = new int[n];
        trimmed = new int[n];
        raw = new int[n];
        score = new int[n];
        textCells = new int[n];
        FieldSplitter splitter = new FieldSplitter(d);
        byte sep = (byte) dec.symbol();
        for (int i = from; i < n; i++) {
            byte[] b = lines.get(i);
            if (isBlank(b)) {
                kind[i] = BLANK;
                continue;
            }
            int start = isComment(b) ? comment.length : 0;
            raw[i] = splitter.split(b, start, b.length);
            trimmed[i] = splitter.trimmedCount();
            if (start > 0) {
                kind[i] = COMMENT;
                continue;
            }
            int numeric = 0;
            int text = 0;
            for (int f = 0; f < trimmed[i]; f++) {
                if (splitter.isEmpty(f)) {
                    continue;
                }
                if (NumberParser.isNumber(b, splitter.start(f), splitter.end(f), sep)) {
                    numeric++;
                } else {
                    text++;
                }
            }
            kind[i] = numeric >= 1 && numeric > text ? DATA : TEXT;
            score[i] = numeric - 2 * text;
            textCells[i] = text;
        }
    }

    /** {start, lines, lo, hi} of the longest block of mutually fitting data lines, or null. */
    private int[] longestBlock() {
        int[] best = null;
        int start = -1;
        int count = 0;
        int lo = 0;
        int hi = 0;
        for (int i = from; i <= lines.size(); i++) {
            boolean end = i == lines.size();
            if (!end && (kind[i] == BLANK || kind[i] == COMMENT)) {
                continue;
            }
            if (!end && kind[i] == DATA && start >= 0 && Math.max(lo, trimmed[i]) <= Math.min(hi, raw[i])) {
                lo = Math.max(lo, trimmed[i]);
                hi = Math.min(hi, raw[i]);
                count++;
                continue;
            }
            if (start >= 0 && (best == null || count > best[1])) {
                best = new int[] {start, count, lo, hi};
            }
            start = -1;
            if (!end && kind[i] == DATA) {
                start = i;
                count = 1;
                lo = trimmed[i];
                hi = raw[i];
            }
        }
        if (best != null) {
            best[0] = extendBackwards(best[0], best[2], best[3]);
        }
        return best;
    }

    /** Moves the block start back over fitting data lines and over single defects between them. */
    private int extendBackwards(int start, int lo, int hi) {
        while (true) {
            int p = previousContent(start);
            if (p < 0) {
                return start;
            }
            if (kind[p] == DATA && fits(p, lo, hi)) {
                start = p;
                continue;
            }
            int pp = previousContent(p);
            if (pp >= 0 && kind[pp] == DATA && fits(pp, lo, hi)) {
                start = pp;
                continue;
            }
            return start;
        }
    }

    private int numericCells(int i) {
        return score[i] + 2 * textCells[i];
    }

    private boolean fits(int i, int lo, int hi) {
        return Math.max(lo, trimmed[i]) <= Math.min(hi, raw[i]);
    }

    /** Index of the closest line before {@code i} that is neither blank nor a comment, or -1. */
    private int previousContent(int i) {
        for (int k = i - 1; k >= from; k--) {
            if (kind[k] == TEXT || kind[k] == DATA) {
                return k;
            }
        }
        return -1;
    }

    private int previousNonBlank(int i) {
        for (int k = i - 1; k >= from; k--) {
            if (kind[k] != BLANK) {
                return k;
            }
        }
        return -1;
    }

    /** Places header and units rows for a block, automatically or as the options say. */
    private Layout place(Delimiter d, DecimalSeparator dec, int[] block, TextOptions o) {
        int lo = block[2];
        int hi = block[3];
        if (o.skipLines() >= 0) {
            return placeExplicit(d, dec, block, o);
        }
        int data = block[0];
        int header = -1;
        int units = -1;
        int next = nextContent(data + 1, true);
        int above = previousNonBlank(data);
        boolean headerAbove = above >= 0 && kind[above] != DATA && trimmed[above] >= lo && trimmed[above] <= hi;
        if (!Boolean.FALSE.equals(o.headerRow()) && !headerAbove && textCells[data] > 0 && next >= 0
                && kind[next] == DATA && textCells[next] == 0 && fits(next, lo, hi)) {
            // names that are mostly numbers, as in a spectra matrix "time,400,401,402": the first
            // line of the block is the header when it alone has text
            return new Layout(d, dec, next, data, -1, Math.max(trimmed[data], lo), block[1] - 1);
        }
        if (!Boolean.FALSE.equals(o.headerRow())) {
            int l1 = above;
            boolean l1Fits = headerAbove;
            int l0 = l1 >= 0 ? previousNonBlank(l1) : -1;
            if (l1Fits && numericCells(l1) > 0 && l0 >= 0 && kind[l0] == TEXT && numericCells(l0) == 0
                    && trimmed[l0] == trimmed[l1]) {
                // a broken first data row ("0.1,1.O") under the real header: start the data at it so
                // that the strict parse reports it, instead of taking it for the names
                return new Layout(d, dec, l1, l0, -1, Math.max(trimmed[l0], lo), block[1]);
            }
            if (l1 >= 0 && (l1Fits || Boolean.TRUE.equals(o.headerRow()))) {
                header = l1;
                int l2 = previousNonBlank(l1);
                boolean l2Fits = l2 >= 0 && kind[l2] != DATA && trimmed[l2] >= lo && trimmed[l2] <= hi;
                if (!Boolean.FALSE.equals(o.unitsRow()) && l2 >= 0
                        && (Boolean.TRUE.equals(o.unitsRow()) || (l2Fits && looksLikeUnitsRow(l1, d)))) {
                    units = l1;
                    header = l2;
                }
            }
        }
        int width = header >= 0 ? Math.max(trimmed[header], lo) : lo;
        return new Layout(d, dec, data, header, units, width, block[1]);
    }

    /** Skip lines, then (comments skipped) the header row, an optional units row, and the data. */
    private Layout placeExplicit(Delimiter d, DecimalSeparator dec, int[] block, TextOptions o) {
        int k = nextContent(o.skipLines(), true);
        int header = -1;
        int units = -1;
        if (!Boolean.FALSE.equals(o.headerRow()) && k >= 0 && (Boolean.TRUE.equals(o.headerRow()) || kind[k] != DATA)) {
            header = k;
            int next = nextContent(k + 1, false);
            if (next >= 0 && !Boolean.FALSE.equals(o.unitsRow())
                    && (Boolean.TRUE.equals(o.unitsRow()) || (kind[next] == TEXT && looksLikeUnitsRow(next, d)))) {
                units = next;
            }
            k = nextContent((units >= 0 ? units : header) + 1, true);
        }
        int width = header >= 0 ? trimmed[header] : block[2];
        return new Layout(d, dec, k, header, units, width, block[1]);
    }

    /** First line at or after {@code i} that is not blank (nor a comment, when {@code skipComments}). */
    private int nextContent(int i, boolean skipComments) {
        for (int k = i; k < lines.size(); k++) {
            if (kind[k] != BLANK && !(skipComments && kind[k] == COMMENT)) {
                return k;
            }
        }
        return -1;
    }

    /** True when at least two thirds of the line's non-empty cells (and at least one) read as units. */
    private boolean looksLikeUnitsRow(int i, Delimiter d) {
        byte[] b = lines.get(i);
        FieldSplitter s = new FieldSplitter(d);
        int n = s.split(b, 0, b.length);
        int cells = 0;
        int units = 0;
        for (int f = 0; f < n; f++) {
            if (s.isEmpty(f)) {
                continue;
            }
            cells++;
            if (ColumnHeader.isUnit(s.text(b, f, charset))) {
                units++;
            }
        }
        return units > 0 && 3 * units >= 2 * cells;
    }

    boolean isBlank(byte[] b) {
        for (byte c : b) {
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    int commentLength() {
        return comment.length;
    }

    boolean isComment(byte[] b) {
        if (comment.length == 0 || b.length < comment.length) {
            return false;
        }
        for (int k = 0; k < comment.length; k++) {
            if (b[k] != comment[k]) {
                return false;
            }
        }
        return true;
    }
}
