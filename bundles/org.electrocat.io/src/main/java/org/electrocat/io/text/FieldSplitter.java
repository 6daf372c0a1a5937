package org.electrocat.io.text;

import java.nio.charset.Charset;

/**
 * Splits one line (bytes) into fields: at every delimiter byte, or at runs of spaces and tabs for
 * {@link TextOptions.Delimiter#WHITESPACE}. Fields are trimmed of spaces and tabs; a field that
 * starts with a double quote runs to the closing quote (RFC 4180: {@code ""} inside is a quote),
 * so quoted names may contain the delimiter. The bounds of field {@code i} are
 * {@code [start(i), end(i))}; quotes are excluded. Reuses its arrays from line to line.
 */
final class FieldSplitter {

    private final byte delimiter;
    private final boolean whitespace;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int count;

    FieldSplitter(TextOptions.Delimiter d) {
        if (d == TextOptions.Delimiter.AUTO) {
            throw new IllegalArgumentException("the delimiter must be resolved before splitting");
        }
        this.whitespace = d == TextOptions.Delimiter.WHITESPACE;
        this.delimiter = (byte) d.symbol();
    }

    int count() {
        return count;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean isEmpty(int i) {
        return starts[i] == ends[i];
    }

    /** Number of fields once trailing empty fields are dropped. */
    int trimmedCount() {
        int n = count;
        while (n > 0 && starts[n - 1] == ends[n - 1]) {
            n--;
        }
        return n;
    }

    /** The text of field {@code i}, with {@code ""} unescaped. */
    String text(byte[] b, int i, Charset charset) {
        String s = new String(b, starts[i], ends[i] - starts[i], charset);
        return s.indexOf("\"\"") >= 0 ? s.replace("\"\"", "\"") : s;
    }

    /** Splits {@code b[from, to)}; returns the number of fields (0 for a blank whitespace-split line). */
    int split(byte[] b, int from, int to) {
        count = 0;
        int p = from;
        if (whitespace) {
            while (true) {
                while (p < to && (b[p] == ' ' || b[p] == '\t')) {
                    p++;
                }
                if (p >= to) {
                    return count;
                }
                p = field(b, p, to, true);
            }
        }
        while (true) {
            p = field(b, p, to, false);
            if (p >= to) {
                return count;
            }
            p++; // past the delimiter
        }
    }

    /** Reads one field starting at {@code p}; returns the index of the delimiter or {@code to}. */
    private int field(byte[] b, int p, int to, boolean ws) {
        while (p < to && (b[p] == ' ' || b[p] == '\t') && b[p] != delimiter) {
            p++;
        }
        int s;
        int e;
        int q;
        if (p < to && b[p] == '"') {
            s = p + 1;
            q = s;
            while (q < to) {
                if (b[q] == '"') {
                    if (q + 1 < to && b[q + 1] == '"') {
                        q += 2;
                        continue;
                    }
                    break;
                }
                q++;
            }
            e = q;
            q = Math.min(q + 1, to);
            while (q < to && !isEnd(b[q], ws)) {
                q++;
            }
        } else {
            s = p;
            q = p;
            while (q < to && !isEnd(b[q], ws)) {
                q++;
            }
            e = q;
            while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
                e--;
            }
        }
        add(s, e);
        return q;
    }

    private boolean isEnd(byte c, boolean ws) {
        return ws ? c == ' ' || c == '\t' : c == delimiter;
    }

    private void add(int s, int e) {
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
        }
        starts[count] = s;
        ends[count] = e;
        count++;
    }
}
