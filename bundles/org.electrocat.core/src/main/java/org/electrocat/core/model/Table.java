package org.electrocat.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;

/**
 * A result table with typed columns: each column has a header and a unit (dimensionless for text
 * columns); cells are {@link String}, {@link Number} or {@link Quantity} (a value with uncertainty,
 * in the column's unit). Tables feed the report, CSV export and results.json alike.
 *
 * @param title   caption
 * @param headers column headers
 * @param units   one unit per column ({@code null} for text columns)
 * @param rows    cells, row by row
 */
public record Table(String title, List<String> headers, List<Unit> units, List<List<Object>> rows) {

    public Table {
        Objects.requireNonNull(title, "title");
        headers = List.copyOf(headers);
        units = java.util.Collections.unmodifiableList(new ArrayList<>(units));
        if (units.size() != headers.size()) {
            throw new IllegalArgumentException("table '" + title + "': " + headers.size() + " headers but "
                    + units.size() + " units");
        }
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : rows) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException("table '" + title + "': row " + (copy.size() + 1) + " has " + r.size()
                        + " cells for " + headers.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = List.copyOf(copy);
    }

    /** Starts a table with the given columns; {@code unitsPerColumn} may contain {@code null} for text. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Header with unit, e.g. {@code FE / %}. */
    public String headerLabel(int column) {
        Unit u = units.get(column);
        return u == null || u.symbol().equals("1") ? headers.get(column) : headers.get(column) + " / " + u.symbol();
    }

    /** Incremental construction of a {@link Table}. */
    public static final class Builder {
        private final String title;
        private final List<String> headers = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder column(String header, Unit unit) {
            headers.add(header);
            units.add(unit);
            return this;
        }

        public Builder row(Object... cells) {
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }

        public Table build() {
            return new Table(title, headers, units, rows);
        }
    }
}
