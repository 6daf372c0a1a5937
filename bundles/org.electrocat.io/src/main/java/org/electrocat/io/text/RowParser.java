package org.electrocat.io.text;

import java.nio.charset.Charset;
import org.electrocat.api.FormatException;

/**
 * The hot loop: splits each data line, parses the numeric columns into growable primitive arrays,
 * counts missing values, and turns anything else into a {@link FormatException} that names the
 * file, the line and the column.
 */
final class RowParser {

    private final String source;
    private final Charset charset;
    private final FieldSplitter splitter;
    private final byte decimal;
    private final int width;
    /** For each field position, its numeric column index, or -1 when the field is not read. */
    private final int[] target;
    private final String[] headers;
    private final DoubleArrayBuilder[] columns;
    private final int[] missing;
    private final boolean missingIsError;
    private final byte[] comment;
    private int rows;

    RowParser(String source, Charset charset, TextOptions.Delimiter delimiter, TextOptions.DecimalSeparator decimal,
            int width, int[] target, String[] headers, int expectedRows, TextOptions.NanPolicy nanPolicy,
            String commentPrefix) {
        this.source = source;
        this.charset = charset;
        this.splitter = new FieldSplitter(delimiter);
        this.decimal = (byte) decimal.symbol();
        this.width = width;
        this.target = target;
        this.headers = headers;
        int numeric = 0;
        for (int t : target) {
            numeric = Math.max(numeric, t + 1);
        }
        this.columns = new DoubleArrayBuilder[numeric];
        for (int c = 0; c < numeric; c++) {
            columns[c] = new DoubleArrayBuilder(expectedRows);
        }
        this.missing = new int[numeric];
        this.missingIsError = nanPolicy == TextOptions.NanPolicy.ERROR;
        this.comment = commentPrefix.getBytes(charset);
    }

    int rows() {
        return rows;
    }

    double[] values(int column) {
        return columns[column].toArray();
    }

    int missing(int column) {
        return missing[column];
    }

    /** Parses one line; blank and comment lines are skipped. */
    void line(byte[] b, int from, int to, long lineNo) throws FormatException {
        if (isBlankOrComment(b, from, to)) {
            return;
        }
        if (rows == DoubleArrayBuilder.MAX_SIZE) {
            throw TextErrors.at(source, lineNo, null, "more than " + DoubleArrayBuilder.MAX_SIZE
                    + " data rows: too many for one table");
        }
        int n = splitter.split(b, from, to);
        if (n < width) {
            throw TextErrors.at(source, lineNo, headers[n], "line has " + n + " field" + (n == 1 ? "" : "s")
                    + " but the table has " + width + " columns (truncated line?)");
        }
        for (int f = width; f < n; f++) {
            if (!splitter.isEmpty(f)) {
                throw TextErrors.at(source, lineNo, null, "line has " + splitter.trimmedCount()
                        + " fields but the header names " + width + " columns: extra value '"
                        + splitter.text(b, f, charset) + "' in field " + (f + 1));
            }
        }
        for (int f = 0; f < width; f++) {
            int c = target[f];
            if (c < 0) {
                continue;
            }
            int s = splitter.start(f);
            int e = splitter.end(f);
            double v;
            if (s == e) {
                v = missing(c, f, lineNo, "an empty cell");
            } else {
                long bits = NumberParser.parseBits(b, s, e, decimal);
                if (bits == NumberParser.NOT_A_NUMBER) {
                    throw TextErrors.at(source, lineNo, headers[f], "'" + splitter.text(b, f, charset)
                            + "' is not a number (column " + (f + 1) + ")");
                }
                v = Double.longBitsToDouble(bits);
                if (v != v) {
                    v = missing(c, f, lineNo, "'" + splitter.text(b, f, charset) + "'");
                }
            }
            columns[c].add(v);
        }
        rows++;
    }

    private double missing(int c, int field, long lineNo, String what) throws FormatException {
        if (missingIsError) {
            throw TextErrors.at(source, lineNo, headers[field], "missing value: " + what + " (column "
                    + (field + 1) + ")");
        }
        missing[c]++;
        return Double.NaN;
    }

    private boolean isBlankOrComment(byte[] b, int from, int to) {
        int i = from;
        while (i < to && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        if (i == to) {
            return true;
        }
        if (comment.length == 0 || to - from < comment.length) {
            return false;
        }
        for (int k = 0; k < comment.length; k++) {
            if (b[from + k] != comment[k]) {
                return false;
            }
        }
        return true;
    }
}
