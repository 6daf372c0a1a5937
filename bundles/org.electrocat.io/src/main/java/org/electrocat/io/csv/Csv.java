package org.electrocat.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;

/**
 * RFC 4180 CSV output of tables and datasets: comma separated, fields with commas, quotes or line
 * breaks quoted, numbers in round-trip precision with a decimal point whatever the locale. Headers
 * carry units ({@code E / V vs Ag/AgCl (sat. KCl)}); a {@link Quantity} cell becomes two columns,
 * value and standard uncertainty.
 */
public final class Csv {

    private Csv() {
    }

    /** Quotes a field when needed. */
    public static String field(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** A number as CSV text: shortest round-trip form, empty for NaN. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }

    /** Writes a table; Quantity columns (detected from the first row) get a "± u" column after them. */
    public static void writeTable(Table table, Writer out) throws IOException {
        int n = table.headers().size();
        boolean[] hasU = new boolean[n];
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < n; c++) {
                if (row.get(c) instanceof Quantity q && q.hasUncertainty()) {
                    hasU[c] = true;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < n; c++) {
            if (c > 0) {
                sb.append(',');
            }
            sb.append(field(table.headerLabel(c)));
            if (hasU[c]) {
                sb.append(',').append(field("u(" + table.headers().get(c) + ")"));
            }
        }
        out.write(sb.append("\r\n").toString());
        for (List<Object> row : table.rows()) {
            sb.setLength(0);
            for (int c = 0; c < n; c++) {
                if (c > 0) {
                    sb.append(',');
                }
                Object cell = row.get(c);
                if (cell instanceof Quantity q) {
                    double v = table.units().get(c) == null ? q.value() : q.in(table.units().get(c));
                    sb.append(number(v));
                    if (hasU[c]) {
                        double k = table.units().get(c) == null ? 1 : q.unit().conversionFactorTo(table.units().get(c));
                        sb.append(',').append(number(q.uncertainty() * k));
                    }
                } else {
                    if (cell instanceof Number num) {
                        sb.append(number(num.doubleValue()));
                    } else {
                        sb.append(field(cell == null ? "" : cell.toString()));
                    }
                    if (hasU[c]) {
                        sb.append(',');
                    }
                }
            }
            out.write(sb.append("\r\n").toString());
        }
    }

    /** Writes a dataset's columns with unit-bearing headers. */
    public static void writeDataset(Dataset d, Writer out) throws IOException {
        List<Column> cols = d.columns();
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cols.size(); c++) {
            if (c > 0) {
                sb.append(',');
            }
            sb.append(field(cols.get(c).label()));
        }
        out.write(sb.append("\r\n").toString());
        int rows = d.rows();
        for (int r = 0; r < rows; r++) {
            sb.setLength(0);
            for (int c = 0; c < cols.size(); c++) {
                if (c > 0) {
                    sb.append(',');
                }
                sb.append(number(cols.get(c).get(r)));
            }
            out.write(sb.append("\r\n").toString());
        }
    }
}
