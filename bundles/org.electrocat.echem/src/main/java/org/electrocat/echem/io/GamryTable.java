package org.electrocat.echem.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electrocat.api.FormatException;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;

/**
 * One TABLE of a Gamry EXPLAIN file: its name, column names, unit texts and numeric columns.
 * Columns whose first value is not a number (status bits such as {@code ..........a}) are kept
 * out of the numbers and listed in {@link #textColumns}.
 */
final class GamryTable {

    private static final Pattern CURVE = Pattern.compile("CURVE(\\d*)");
    private static final double ZERO_CELSIUS = 273.15;

    final String name;
    final List<String> headers = new ArrayList<>();
    final List<String> unitTexts = new ArrayList<>();
    final List<String> textColumns = new ArrayList<>();
    double[][] columns;

    private GamryTable(String name) {
        this.name = name;
    }

    /** Reads the name row, units row and data rows that follow a {@code NAME TABLE [rows]} line. */
    static GamryTable read(Path file, GamryLines in, String name, String declaredRows) throws IOException {
        GamryTable t = new GamryTable(name);
        String names = in.next();
        String units = in.next();
        if (names == null || units == null || !names.startsWith("\t") || !units.startsWith("\t")) {
            throw new FormatException(file, in.lineNumber(), name, "a TABLE needs a column-name row and a units row");
        }
        String[] n = names.substring(1).split("\t", -1);
        String[] u = units.substring(1).split("\t", -1);
        int cols = trimmedLength(n);
        if (trimmedLength(u) > cols) {
            throw new FormatException(file, in.lineNumber(), name, "units row has more fields than the name row");
        }
        boolean[] text = new boolean[cols];
        List<DoubleColumnBuilder> values = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            t.headers.add(n[c].strip());
            t.unitTexts.add(c < u.length ? u[c].strip() : "");
            values.add(new DoubleColumnBuilder(256));
        }
        int rows = 0;
        String line;
        while ((line = in.next()) != null) {
            if (!line.startsWith("\t")) {
                in.pushBack(line);
                break;
            }
            String[] f = line.substring(1).split("\t", -1);
            if (trimmedLength(f) != cols) {
                throw new FormatException(file, in.lineNumber(), name, "row has " + trimmedLength(f) + " fields for "
                        + cols + " columns");
            }
            for (int c = 0; c < cols; c++) {
                String s = f[c].strip();
                if (rows == 0 && !isNumber(s)) {
                    text[c] = true;
                }
                if (text[c]) {
                    continue;
                }
                try {
                    values.get(c).add(Fields.number(s));
                } catch (NumberFormatException e) {
                    throw new FormatException(file, in.lineNumber(), name + "." + t.headers.get(c), "'" + s
                            + "' is not a number");
                }
            }
            rows++;
        }
        if (!declaredRows.isEmpty()) {
            try {
                int declared = Integer.parseInt(declaredRows);
                if (declared != rows) {
                    throw new FormatException(file, in.lineNumber(), name, "the table declares " + declared
                            + " rows but has " + rows + (rows < declared ? ": truncated file" : ""));
                }
            } catch (NumberFormatException e) {
                // the row count is optional and informative only
            }
        }
        if (rows == 0) {
            throw new FormatException(file, in.lineNumber(), name, "table has no data rows");
        }
        List<double[]> kept = new ArrayList<>();
        List<String> keptHeaders = new ArrayList<>();
        List<String> keptUnits = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            if (text[c]) {
                t.textColumns.add(t.headers.get(c));
            } else {
                kept.add(values.get(c).toArray());
                keptHeaders.add(t.headers.get(c));
                keptUnits.add(t.unitTexts.get(c));
            }
        }
        t.headers.clear();
        t.headers.addAll(keptHeaders);
        t.unitTexts.clear();
        t.unitTexts.addAll(keptUnits);
        t.columns = kept.toArray(new double[0][]);
        return t;
    }

    private static boolean isNumber(String s) {
        try {
            Fields.number(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int trimmedLength(String[] f) {
        int n = f.length;
        while (n > 0 && f[n - 1].isBlank()) {
            n--;
        }
        return n;
    }

    /**
     * Datasets from the tables: CURVE1..N with equal columns merged with a cycle column, every other
     * table one dataset. Measurement tables come first (the first gets the file's id), the
     * open-circuit table (OCVCURVE) last.
     */
    static List<Dataset> toDatasets(Path file, String tag, List<GamryTable> tables, PotentialScale scale,
            Map<String, String> meta, Provenance prov) throws FormatException {
        List<GamryTable> curves = new ArrayList<>();
        for (GamryTable t : tables) {
            if (CURVE.matcher(t.name).matches() && (curves.isEmpty() || curves.get(0).headers.equals(t.headers))) {
                curves.add(t);
            }
        }
        List<GamryTable> ordered = new ArrayList<>();
        for (GamryTable t : tables) {
            if (!curves.contains(t) && !t.name.equals("OCVCURVE")) {
                ordered.add(t);
            }
        }
        for (GamryTable t : tables) {
            if (t.name.equals("OCVCURVE")) {
                ordered.add(t);
            }
        }
        String stem = EchemDatasets.idFor(file);
        List<Dataset> out = new ArrayList<>();
        if (!curves.isEmpty()) {
            out.add(merged(file, stem, tag, curves, scale, meta, prov));
        }
        for (GamryTable t : ordered) {
            String id = out.isEmpty() ? stem : stem + "." + t.name;
            String technique = t.name.equals("OCVCURVE") ? "OCV" : tag;
            out.add(t.toDataset(id, file.getFileName() + " " + t.name, technique, null, scale, meta, prov));
        }
        return out;
    }

    private static Dataset merged(Path file, String id, String tag, List<GamryTable> curves, PotentialScale scale,
            Map<String, String> meta, Provenance prov) throws FormatException {
        GamryTable first = curves.get(0);
        int n = 0;
        for (GamryTable t : curves) {
            // cycles are concatenated column by column: all must share the first one's columns (fuzzing found a
            // damaged CURVE2 header with fewer columns ending in ArrayIndexOutOfBounds)
            if (t.columns.length == 0) {
                throw new FormatException(file, -1, t.name, "table has no data columns");
            }
            if (!t.headers.equals(first.headers) || t.columns.length != first.columns.length) {
                throw new FormatException(file, -1, t.name, "columns " + t.headers + " differ from " + first.name + "'s "
                        + first.headers + "; cannot merge the cycles");
            }
            n += t.columns[0].length;
        }
        GamryTable all = new GamryTable("CURVE");
        all.headers.addAll(first.headers);
        all.unitTexts.addAll(first.unitTexts);
        all.textColumns.addAll(first.textColumns);
        all.columns = new double[first.columns.length][n];
        double[] cycle = new double[n];
        int at = 0;
        for (int k = 0; k < curves.size(); k++) {
            GamryTable t = curves.get(k);
            Matcher m = CURVE.matcher(t.name);
            m.matches();
            double number = m.group(1).isEmpty() ? k + 1 : Double.parseDouble(m.group(1)); // digits only: never fails
            int len = t.columns[0].length;
            for (int c = 0; c < t.columns.length; c++) {
                System.arraycopy(t.columns[c], 0, all.columns[c], at, len);
            }
            java.util.Arrays.fill(cycle, at, at + len, number);
            at += len;
        }
        String tables = curves.size() == 1 ? first.name : curves.get(0).name + ".." + curves.get(curves.size() - 1).name;
        return all.toDataset(id, file.getFileName() + " " + tables, tag, cycle, scale, meta, prov);
    }

    private Dataset toDataset(String id, String title, String technique, double[] cycle, PotentialScale scale,
            Map<String, String> meta, Provenance prov) {
        List<String> names = new ArrayList<>(headers);
        List<Unit> units = new ArrayList<>();
        List<double[]> cols = new ArrayList<>(List.of(columns));
        Map<String, String> m = new LinkedHashMap<>(meta);
        m.put("gamry.table", name);
        if (!textColumns.isEmpty()) {
            m.put("gamry.skipped.columns", String.join(", ", textColumns) + " (not numeric)");
        }
        for (int c = 0; c < names.size(); c++) {
            String u = unitTexts.get(c);
            if (u.equalsIgnoreCase("deg C") || u.equals("°C")) {
                units.add(Units.KELVIN);
                celsiusToKelvin(cols.get(c), m, names.get(c));
                continue;
            }
            Unit unit = StandardColumns.parseUnit(u);
            if (unit == null) {
                m.put("unit." + names.get(c), "'" + u + "' is not a unit; stored as 1");
                unit = Units.ONE;
            }
            units.add(unit);
        }
        if (cycle != null) {
            names.add("cycle");
            units.add(Units.ONE);
            cols.add(cycle);
        }
        return EchemDatasets.build(id, title, technique, names, units, cols.toArray(new double[0][]), scale, m, prov);
    }

    /** Gamry writes -327.67 °C when no thermocouple is connected: impossible temperatures become NaN. */
    private static void celsiusToKelvin(double[] v, Map<String, String> meta, String column) {
        int invalid = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] += ZERO_CELSIUS;
            if (!(v[i] > 0)) {
                v[i] = Double.NaN;
                invalid++;
            }
        }
        if (invalid > 0) {
            meta.put("note." + column, invalid + " values below absolute zero (no sensor) set to NaN; °C converted to K");
        }
    }
}
