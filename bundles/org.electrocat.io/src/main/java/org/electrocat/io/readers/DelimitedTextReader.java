package org.electrocat.io.readers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.io.text.TextColumn;
import org.electrocat.io.text.TextOptions;
import org.electrocat.io.text.TextReader;
import org.electrocat.io.text.TextTable;
import org.osgi.service.component.annotations.Component;

/**
 * Reads any delimited numeric text (CSV, TSV, instrument exports without a dedicated reader) into
 * one dataset, with the column mapping given as options: which columns are x and y (by header
 * name or 1-based position), their units when the header has none or a wrong one, the dataset
 * kind, and the reference electrode of potential columns. Layout (encoding, delimiter, decimal
 * separator, header) is detected by {@link TextReader} unless overridden.
 *
 * <p>The dataset holds x first, y second, then every other numeric column in file order; metadata
 * {@code axis.x} and {@code axis.y} name the mapped columns. Every column whose unit is a
 * potential (volt) gets a reference scale: the {@code reference} option, else a reference written
 * in its header ({@code E/V vs. RHE}), else {@link PotentialScale#UNKNOWN}, which analyses refuse
 * to convert. Detection confidence is kept low (0.3) so that format-specific readers win.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=core.csv", "electrocat.technique=core"})
public final class DelimitedTextReader implements DatasetReader {

    /** Reader id. */
    public static final String ID = "core.csv";
    /** Version recorded in provenance: the bundle version (keep equal to Bundle-Version). */
    public static final String VERSION = "0.1.0";

    private static final List<String> KINDS = List.of(DatasetKind.GENERIC, DatasetKind.TIME_SERIES,
            DatasetKind.VOLTAMMOGRAM, DatasetKind.IMPEDANCE, DatasetKind.SPECTRUM, DatasetKind.TABLE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Delimited text / CSV with column mapping";
    }

    @Override
    public String technique() {
        return "core";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<String> extensions() {
        return List.of("csv", "tsv", "txt", "dat", "tab");
    }

    @Override
    public double detect(Path file, byte[] head) {
        try {
            if (head == null || head.length == 0) {
                return 0;
            }
            return TextReader.looksDelimitedNumeric(head, head.length >= HEAD_BYTES) ? 0.3 : 0;
        } catch (RuntimeException e) {
            return 0; // detect must never throw
        }
    }

    @Override
    public List<ParameterSpec> options() {
        return List.of(
                ParameterSpec.text("x", "x column", "1",
                        "Column for the x axis: header name (E/V or E) or 1-based position in the file"),
                ParameterSpec.text("y", "y column", "2",
                        "Column for the y axis: header name or 1-based position in the file"),
                ParameterSpec.text("xUnit", "x unit", "",
                        "Unit of the x column when the header has none or a wrong one (e.g. V, mA, Hz); empty: from the header"),
                ParameterSpec.text("yUnit", "y unit", "", "Unit of the y column, as for xUnit"),
                ParameterSpec.choice("kind", "Dataset kind", DatasetKind.GENERIC, KINDS,
                        "What the data are: decides which analyses accept the dataset"),
                ParameterSpec.referenceScale("reference", "Reference electrode", "",
                        "Reference scale of potential (volt) columns, e.g. Ag/AgCl (sat. KCl), RHE; empty: from the header, else unspecified"),
                ParameterSpec.integer("skipLines", "Lines to skip", -1,
                        "Lines before the header row (or the data when there is no header); -1 detects").range(-1, 1e9),
                ParameterSpec.choice("delimiter", "Delimiter", "auto",
                        List.of("auto", "tab", "comma", "semicolon", "whitespace"), "Field delimiter; auto detects"),
                ParameterSpec.choice("decimal", "Decimal separator", "auto", List.of("auto", "point", "comma"),
                        "Decimal separator; auto detects (comma as in 3,2896E+000)"),
                ParameterSpec.choice("missing", "Missing values", "record", List.of("record", "error"),
                        "Empty cells and nan: record as NaN (counted in metadata) or fail"));
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        TextOptions text = TextOptions.defaults()
                .withSkipLines(options.integer("skipLines"))
                .withDelimiter(TextOptions.Delimiter.parse(options.choice("delimiter")))
                .withDecimal(TextOptions.DecimalSeparator.parse(options.choice("decimal")))
                .withNanPolicy(options.choice("missing").equals("error") ? TextOptions.NanPolicy.ERROR
                        : TextOptions.NanPolicy.RECORD);
        TextTable table = TextReader.read(file, text, monitor);
        if (table.columns().isEmpty()) {
            throw new FormatException(file, table.dataStartLine(), null, "no numeric columns");
        }
        TextColumn x = selectOrRefuse(table, options.text("x"), "x", "1", file);
        TextColumn y = selectOrRefuse(table, options.text("y"), "y", "2", file);
        PotentialScale reference = options.scale("reference");

        String id = baseName(file);
        Dataset.Builder b = Dataset.builder(id, options.choice("kind")).name(file.getFileName().toString());
        Set<String> used = new HashSet<>();
        Map<TextColumn, String> names = new IdentityHashMap<>();
        List<TextColumn> order = new ArrayList<>(List.of(x));
        if (y != x) {
            order.add(y);
        }
        for (TextColumn c : table.columns()) {
            if (c != x && c != y) {
                order.add(c);
            }
        }
        for (TextColumn c : order) {
            String unitOverride = c == x ? options.text("xUnit") : c == y ? options.text("yUnit") : "";
            Unit unit = unitOverride.isBlank() ? c.unit() : parseUnit(unitOverride, c == x ? "xUnit" : "yUnit");
            String name = uniqueName(c, used);
            names.put(c, name);
            b.column(column(name, unit, c, reference));
            if (c.missing() > 0) {
                b.meta("missing." + name, String.valueOf(c.missing()));
            }
        }
        b.meta("axis.x", names.get(x)).meta("axis.y", names.get(y))
                .meta("source.format", label())
                .meta("text.delimiter", table.delimiter().name().toLowerCase(Locale.ROOT))
                .meta("text.decimal", table.decimal().name().toLowerCase(Locale.ROOT))
                .meta("text.charset", table.charset().name())
                .meta("text.dataStartLine", String.valueOf(table.dataStartLine()))
                .meta("text.headerLines", String.valueOf(table.headerLines().size()));
        for (int i = 0; i < table.notes().size(); i++) {
            b.meta("note." + (i + 1), table.notes().get(i));
        }
        b.provenance(Provenance.ofFile(file, ID, VERSION));
        return List.of(b.build());
    }

    /**
     * {@link #select} with the default column positions treated as a property of the file: a file with
     * a single numeric column fails the default y = 2 through its content, not through a user's option,
     * so that is a format error (found by fuzzing, regressions/DelimitedTextReader).
     */
    private static TextColumn selectOrRefuse(TextTable table, String key, String option, String dflt, Path file)
            throws FormatException {
        try {
            return select(table, key, option, file);
        } catch (IllegalArgumentException e) {
            if (!key.trim().equals(dflt)) {
                throw e;
            }
            throw new FormatException(file, table.dataStartLine(), option, "no numeric column at default position " + dflt
                    + " (an x-y dataset needs two numeric columns; name others with options x and y); numeric columns: "
                    + describe(table));
        }
    }

    /** A column by header name or 1-based file position; an unknown name is a parameter error. */
    static TextColumn select(TextTable table, String key, String option, Path file) {
        String k = key.trim();
        if (k.matches("\\d+")) {
            int position = Integer.parseInt(k);
            for (TextColumn c : table.columns()) {
                if (c.position() == position) {
                    return c;
                }
            }
            throw new IllegalArgumentException(file + ": option " + option + " = " + k + ": column " + k
                    + (table.skippedColumns().isEmpty() ? " does not exist" : " is not numeric or does not exist")
                    + "; numeric columns: " + describe(table));
        }
        return table.find(k).orElseThrow(() -> new IllegalArgumentException(file + ": option " + option + " = '" + k
                + "': no such column; numeric columns: " + describe(table)));
    }

    private static String describe(TextTable table) {
        List<String> parts = new ArrayList<>();
        for (TextColumn c : table.columns()) {
            parts.add(c.position() + " '" + c.header().text() + "'");
        }
        return String.join(", ", parts);
    }

    private static Column column(String name, Unit unit, TextColumn c, PotentialScale reference) {
        if (!unit.isCompatible(Units.VOLT)) {
            return new Column(name, unit, c.values());
        }
        PotentialScale scale = reference;
        if (scale.equals(PotentialScale.UNKNOWN) && c.header().reference() != null) {
            try {
                scale = PotentialScale.parse(c.header().reference());
            } catch (IllegalArgumentException e) {
                scale = PotentialScale.UNKNOWN; // e.g. Gamry's "vs. Ref.": the electrode is not named
            }
        }
        return new Column(name, unit, c.values(), scale);
    }

    private static Unit parseUnit(String text, String option) {
        try {
            return Units.parseLenient(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option " + option + " = '" + text + "': " + e.getMessage(), e);
        }
    }

    private static String uniqueName(TextColumn c, Set<String> used) {
        String name = c.name().isBlank() ? "column " + c.position() : c.name();
        if (!used.add(name)) {
            name = name + " (column " + c.position() + ")";
            used.add(name);
        }
        return name;
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
