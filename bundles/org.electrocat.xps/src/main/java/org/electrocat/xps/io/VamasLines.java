package org.electrocat.xps.io;

import java.util.List;
import org.electrocat.api.FormatException;

/**
 * A cursor over the lines of a VAMAS file: every VAMAS item sits on a line of its own, so reading
 * the format is reading typed lines in order. Errors name the file, the 1-based line, the item
 * (the field name of ISO 14976) and the block being read.
 */
final class VamasLines {

    /** ISO 14976 writes this for a value that is "not specified"; CasaXPS writes {@code 1e+037}. */
    static final double NOT_SPECIFIED = 1e37;

    private final String file;
    private final List<String> lines;
    private int next;
    private String block = "experiment header";

    VamasLines(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Names the part being read, for error messages ({@code block 2 'Pd 3d'}). */
    void inside(String where) {
        this.block = where;
    }

    String where() {
        return block;
    }

    /** 1-based number of the line the next read returns. */
    int lineNumber() {
        return next + 1;
    }

    /** Lines left to read. */
    int remaining() {
        return lines.size() - next;
    }

    /** The next line as text (trailing white space removed). */
    String text(String item) throws FormatException {
        if (next >= lines.size()) {
            throw error(item, "the file ends here (truncated file?)");
        }
        return stripTrailing(lines.get(next++));
    }

    /** The next line as a whole number. */
    int integer(String item) throws FormatException {
        String t = text(item).trim();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            next--;
            throw error(item, "expected a whole number, found '" + shorten(t) + "'");
        }
    }

    /** The next line as a count in [0, max]. */
    int count(String item, int max) throws FormatException {
        int n = integer(item);
        if (n < 0 || n > max) {
            next--;
            throw error(item, "count " + n + " is outside 0.." + max
                    + (n > max ? " (more than the file can hold)" : ""));
        }
        return n;
    }

    /** The next line as a real number; the "not specified" marker 1e37 becomes NaN. */
    double real(String item) throws FormatException {
        String t = text(item).trim();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            next--;
            throw error(item, "expected a number, found '" + shorten(t) + "'");
        }
        if (Double.isNaN(v)) {
            next--;
            throw error(item, "NaN is not a VAMAS number");
        }
        return Math.abs(v) >= NOT_SPECIFIED ? Double.NaN : v;
    }

    /** Skips {@code n} lines (items this reader does not interpret). */
    void skip(int n, String item) throws FormatException {
        for (int i = 0; i < n; i++) {
            text(item);
        }
    }

    FormatException error(String item, String problem) {
        return new FormatException(file, lineNumber(), item, problem + " [" + block + "]", null);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\r' || s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
