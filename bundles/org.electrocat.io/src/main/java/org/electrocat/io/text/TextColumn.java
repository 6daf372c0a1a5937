package org.electrocat.io.text;

import java.util.Objects;
import org.electrocat.core.units.Unit;

/**
 * One numeric column of a {@link TextTable}.
 *
 * @param position 1-based position of the column among the file's fields
 * @param header   the parsed header (name, unit, reference text)
 * @param values   the values, one per data row; the array is handed over, not copied, so treat
 *                 it as read-only or copy it
 * @param missing  number of empty or {@code nan} cells, stored as NaN
 */
public record TextColumn(int position, ColumnHeader header, double[] values, int missing) {

    public TextColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(values, "values");
    }

    /** The quantity's name, e.g. {@code <I>} for {@code <I>/mA}. */
    public String name() {
        return header.name();
    }

    public Unit unit() {
        return header.unit();
    }

    /** Number of values. */
    public int size() {
        return values.length;
    }

    @Override
    public String toString() {
        return header.text() + " [" + values.length + " values, " + missing + " missing]";
    }
}
