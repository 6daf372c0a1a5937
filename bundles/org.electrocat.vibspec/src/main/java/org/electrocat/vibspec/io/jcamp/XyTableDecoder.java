package org.electrocat.vibspec.io.jcamp;

import org.electrocat.api.FormatException;
import org.electrocat.vibspec.io.DoubleList;

/**
 * Decodes the lines of one JCAMP-DX data table into x and y arrays, checking what the format lets a
 * reader check:
 *
 * <ul>
 *   <li>{@code (X++(Y..Y))}: every line starts with the abscissa of its first ordinate (in units of
 *       XFACTOR). X is computed as FIRSTX + i·(LASTX − FIRSTX)/(NPOINTS − 1); each line's abscissa
 *       must agree with it to within one XFACTOR unit plus 1 % of the spacing (the X check; writers
 *       round or truncate X to XFACTOR units). A line more than half a spacing off is remembered, and
 *       when the count then fails, the error names that line, where an ordinate was lost or added.
 *       After a line that ends in DIF form, the
 *       next line repeats the last ordinate (the Y check, JCAMP-DX 4.24 §5.9): the repeat must equal
 *       it and is dropped. The total must equal NPOINTS.</li>
 *   <li>{@code (XY..XY)} / {@code (XYW..XYW)}: AFFN pairs (triples; the width is dropped).</li>
 * </ul>
 *
 * Memory is bounded: no more than NPOINTS (or the reader's limit) ordinates are ever stored.
 */
final class XyTableDecoder {

    /** Table layouts. */
    enum Form {
        /** Abscissa then ordinates on each line: {@code (X++(Y..Y))}, also {@code (X++(R..R))}, {@code (X++(I..I))}. */
        X_PLUS_PLUS_Y,
        /** Pairs {@code (XY..XY)}. */
        XY_PAIRS,
        /** Triples {@code (XYW..XYW)} (peak tables with widths). */
        XYW_TRIPLES
    }

    private final String source;
    private final Form form;
    private final String label;
    private final double xFactor;
    private final double yFactor;
    private final double firstX;
    private final double deltaX;
    private final int npoints;
    private final double xTolerance;
    private final double xStrict;
    private int suspectLine;
    private String suspect;
    private final AsdfTokenizer tokens = new AsdfTokenizer();
    private final DoubleList xs;
    private final DoubleList ys;

    private boolean yCheckPending;
    private boolean lastWasDif;
    private double lastDelta;
    private double last = Double.NaN;
    private int lastLine;
    private int yChecks;

    /**
     * @param npoints declared NPOINTS, or -1 when not declared (pairs only)
     * @param limit   largest number of points the reader accepts for this file
     */
    XyTableDecoder(String source, Form form, String label, double xFactor, double yFactor, double firstX,
            double lastX, int npoints, int limit) {
        this.source = source;
        this.form = form;
        this.label = label;
        this.xFactor = xFactor;
        this.yFactor = yFactor;
        this.firstX = firstX;
        this.npoints = npoints;
        this.deltaX = npoints > 1 ? (lastX - firstX) / (npoints - 1) : 0;
        this.xTolerance = Math.abs(xFactor) + 0.01 * Math.abs(deltaX);
        this.xStrict = 0.5 * Math.max(Math.abs(xFactor), Math.abs(deltaX)) * (1 + 1e-9);
        int max = npoints >= 0 ? Math.min(npoints, limit) : limit;
        this.ys = new DoubleList(max, max);
        this.xs = form == Form.X_PLUS_PLUS_Y ? null : new DoubleList(max, max);
    }

    /** Decodes one data line (comments already removed). */
    void line(String text, int lineNo) throws FormatException {
        try {
            tokens.tokenize(text);
        } catch (AsdfTokenizer.TokenException e) {
            throw error(lineNo, e.getMessage());
        }
        if (tokens.count() == 0) {
            return;
        }
        lastLine = lineNo;
        if (form == Form.X_PLUS_PLUS_Y) {
            xppLine(lineNo);
        } else {
            tupleLine(lineNo, form == Form.XY_PAIRS ? 2 : 3);
        }
    }

    private void xppLine(int lineNo) throws FormatException {
        if (tokens.kind(0) != AsdfTokenizer.ABS || Double.isNaN(tokens.value(0))) {
            throw error(lineNo, "the line must start with its abscissa (X) value");
        }
        double x = tokens.value(0) * xFactor;
        boolean checkValue = yCheckPending;
        int index = checkValue ? ys.size() - 1 : ys.size();
        double expected = firstX + index * deltaX;
        if (Math.abs(x - expected) > xTolerance) {
            throw error(lineNo, "X check failed: the line starts at X = " + x + " but point " + (index + 1)
                    + " of FIRSTX/LASTX/NPOINTS is at " + expected + " (an ordinate was lost or added before here)");
        }
        if (suspect == null && Math.abs(x - expected) > xStrict) {
            suspectLine = lineNo;
            suspect = "X check: the line starts at X = " + x + " but point " + (index + 1) + " is at " + expected;
        }
        boolean haveOnLine = false;
        for (int t = 1; t < tokens.count(); t++) {
            byte kind = tokens.kind(t);
            double v = tokens.value(t);
            if (kind == AsdfTokenizer.ABS) {
                lastWasDif = false;
                checkValue = emit(v, checkValue, lineNo);
            } else if (kind == AsdfTokenizer.DIF) {
                if (Double.isNaN(last)) {
                    throw error(lineNo, "DIF value at token " + (t + 1) + " has no ordinate before it");
                }
                lastWasDif = true;
                lastDelta = v;
                checkValue = emit(last + v, checkValue, lineNo);
            } else {
                if (!haveOnLine) {
                    throw error(lineNo, "DUP count at token " + (t + 1) + " repeats nothing on this line");
                }
                if (v < 1 || v != Math.rint(v) || v > Integer.MAX_VALUE) {
                    throw error(lineNo, "DUP count " + v + " at token " + (t + 1) + " is not a whole number >= 1");
                }
                for (long r = 1; r < (long) v; r++) {
                    checkValue = emit(lastWasDif ? last + lastDelta : last, checkValue, lineNo);
                }
            }
            haveOnLine = true;
        }
        yCheckPending = lastWasDif;
    }

    /** Stores an ordinate, or compares it with the previous line's last one when it is the Y check. */
    private boolean emit(double v, boolean isCheck, int lineNo) throws FormatException {
        if (isCheck) {
            if (!(v == last || Math.abs(v - last) <= 1e-9 * Math.abs(last))) {
                throw error(lineNo, "DIF Y check failed: the line repeats the ordinate " + last
                        + " of the previous line as " + v);
            }
            yChecks++;
            return false;
        }
        if (!ys.add(v)) {
            throw tooMany(lineNo);
        }
        last = v;
        return false;
    }

    private void tupleLine(int lineNo, int width) throws FormatException {
        if (tokens.count() % width != 0) {
            throw error(lineNo, tokens.count() + " numbers on the line: not whole " + (width == 2 ? "(X,Y) pairs"
                    : "(X,Y,W) triples"));
        }
        for (int t = 0; t < tokens.count(); t += width) {
            for (int k = 0; k < width; k++) {
                if (tokens.kind(t + k) != AsdfTokenizer.ABS) {
                    throw error(lineNo, "compressed (DIF/DUP) values are not allowed in " + label);
                }
            }
            if (!xs.add(tokens.value(t) * xFactor) || !ys.add(tokens.value(t + 1))) {
                throw tooMany(lineNo);
            }
        }
    }

    private FormatException tooMany(int lineNo) {
        return error(lineNo, npoints >= 0 ? "more ordinates than NPOINTS = " + npoints
                : "more than " + ys.size() + " points (the reader's limit for a file of this size)");
    }

    /**
     * Ends the table and returns {x, y} in real units.
     *
     * @throws FormatException when the number of points differs from NPOINTS
     */
    double[][] finish(int endLine) throws FormatException {
        if (npoints >= 0 && ys.size() != npoints) {
            String count = label + " holds " + ys.size() + " ordinates but NPOINTS = " + npoints;
            if (suspect != null) {
                throw error(suspectLine, suspect + ", so an ordinate was probably lost or added before this line ("
                        + count + ")");
            }
            throw error(lastLine > 0 ? lastLine : endLine, count + " (the table is truncated or padded)");
        }
        if (ys.size() == 0) {
            throw error(endLine, label + " holds no data");
        }
        double[] y = ys.toArray();
        for (int i = 0; i < y.length; i++) {
            y[i] *= yFactor;
        }
        double[] x;
        if (xs != null) {
            x = xs.toArray();
        } else {
            x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = firstX + i * deltaX;
            }
        }
        return new double[][] {x, y};
    }

    /** Number of DIF Y checks passed (for metadata). */
    int yChecks() {
        return yChecks;
    }

    private FormatException error(int lineNo, String problem) {
        return new FormatException(source, lineNo, label, problem, null);
    }
}
