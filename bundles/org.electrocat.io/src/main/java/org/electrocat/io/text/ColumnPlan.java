package org.electrocat.io.text;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, from the header (and units) row and the sampled data rows, what each field position
 * is: a numeric column with its {@link ColumnHeader}, or a column that is not read because it
 * holds text (more text than numeric cells in the sample, e.g. Gamry's {@code Over} flags) or
 * nothing at all (the empty first field of Gamry rows that start with a tab).
 */
final class ColumnPlan {

    private final int[] target;
    private final String[] messageHeaders;
    private final List<ColumnHeader> numeric = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    ColumnPlan(List<byte[]> sample, LayoutDetector.Layout layout, LayoutDetector detector, Charset charset,
            List<String> notes) {
        int width = layout.width();
        FieldSplitter splitter = new FieldSplitter(layout.delimiter());
        String[] names = cells(sample, layout.headerIndex(), detector, splitter, charset);
        String[] units = cells(sample, layout.unitsIndex(), detector, splitter, charset);
        int[] numericCells = new int[width];
        int[] textCells = new int[width];
        String[] firstText = new String[width];
        long[] firstTextLine = new long[width];
        byte decimal = (byte) layout.decimal().symbol();
        for (int i = layout.dataIndex(); i < sample.size(); i++) {
            byte[] b = sample.get(i);
            if (detector.isBlank(b) || detector.isComment(b)) {
                continue;
            }
            int n = Math.min(width, splitter.split(b, 0, b.length));
            for (int f = 0; f < n; f++) {
                if (splitter.isEmpty(f)) {
                    continue;
                }
                if (NumberParser.isNumber(b, splitter.start(f), splitter.end(f), decimal)) {
                    numericCells[f]++;
                } else {
                    if (textCells[f]++ == 0) {
                        firstText[f] = splitter.text(b, f, charset);
                        firstTextLine[f] = i + 1L;
                    }
                }
            }
        }
        target = new int[width];
        messageHeaders = new String[width];
        for (int f = 0; f < width; f++) {
            String name = f < names.length ? names[f] : "";
            ColumnHeader h = ColumnHeader.parse(name.isBlank() ? "column " + (f + 1) : name);
            if (f < units.length) {
                h = h.withUnit(units[f]);
            }
            messageHeaders[f] = h.text();
            if (textCells[f] > numericCells[f]) {
                target[f] = -1;
                skipped.add(h.text());
                notes.add("column '" + h.text() + "' holds text ('" + firstText[f] + "' at line " + firstTextLine[f]
                        + "): not read");
            } else if (numericCells[f] == 0 && name.isBlank()) {
                target[f] = -1;
                notes.add("field " + (f + 1) + " has neither a name nor values: ignored");
            } else {
                target[f] = numeric.size();
                numeric.add(h);
                positions.add(f + 1);
                if (h.note() != null) {
                    notes.add(h.note());
                }
            }
        }
    }

    /** The decoded cells of a header or units row ({@code index < 0}: none), comment prefix removed. */
    private static String[] cells(List<byte[]> sample, int index, LayoutDetector detector, FieldSplitter splitter,
            Charset charset) {
        if (index < 0) {
            return new String[0];
        }
        byte[] b = sample.get(index);
        int from = detector.isComment(b) ? detector.commentLength() : 0;
        int n = splitter.split(b, from, b.length);
        String[] out = new String[n];
        for (int f = 0; f < n; f++) {
            out[f] = splitter.text(b, f, charset).trim();
        }
        return out;
    }

    /** For each field position: its numeric column index, or -1. */
    int[] target() {
        return target;
    }

    /** Header text per field position, for messages. */
    String[] messageHeaders() {
        return messageHeaders;
    }

    List<ColumnHeader> numeric() {
        return numeric;
    }

    /** 1-based field positions of the numeric columns. */
    List<Integer> positions() {
        return positions;
    }

    List<String> skipped() {
        return skipped;
    }
}
