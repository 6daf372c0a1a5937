package org.electrocat.io.text;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@link TextReader} read from a delimited text file: the header lines verbatim (for
 * format-specific readers to parse metadata from), the detected layout, and the numeric columns
 * as primitive arrays. Columns holding text (a flag column such as Gamry's {@code Over}) are not
 * kept; {@link #skippedColumns()} names them.
 */
public final class TextTable {

    private final String source;
    private final Charset charset;
    private final TextOptions.Delimiter delimiter;
    private final TextOptions.DecimalSeparator decimal;
    private final List<String> headerLines;
    private final int headerRowLine;
    private final int unitsRowLine;
    private final long dataStartLine;
    private final int rows;
    private final List<TextColumn> columns;
    private final List<String> skippedColumns;
    private final List<String> notes;

    TextTable(String source, Charset charset, TextOptions.Delimiter delimiter, TextOptions.DecimalSeparator decimal,
            List<String> headerLines, int headerRowLine, int unitsRowLine, long dataStartLine, int rows,
            List<TextColumn> columns, List<String> skippedColumns, List<String> notes) {
        this.source = source;
        this.charset = charset;
        this.delimiter = delimiter;
        this.decimal = decimal;
        this.headerLines = List.copyOf(headerLines);
        this.headerRowLine = headerRowLine;
        this.unitsRowLine = unitsRowLine;
        this.dataStartLine = dataStartLine;
        this.rows = rows;
        this.columns = List.copyOf(columns);
        this.skippedColumns = List.copyOf(skippedColumns);
        this.notes = List.copyOf(notes);
    }

    /** The file (or stream name) read. */
    public String source() {
        return source;
    }

    /** The encoding the text was decoded with. */
    public Charset charset() {
        return charset;
    }

    /** The delimiter used (never AUTO). */
    public TextOptions.Delimiter delimiter() {
        return delimiter;
    }

    /** The decimal separator used (never AUTO). */
    public TextOptions.DecimalSeparator decimal() {
        return decimal;
    }

    /** Every line before the first data row, verbatim (byte order mark removed), line 1 first. */
    public List<String> headerLines() {
        return headerLines;
    }

    /** 1-based line of the column-name row, or -1 when the file has none. */
    public int headerRowLine() {
        return headerRowLine;
    }

    /** 1-based line of the units row, or -1 when the file has none. */
    public int unitsRowLine() {
        return unitsRowLine;
    }

    /** 1-based line of the first data row. */
    public long dataStartLine() {
        return dataStartLine;
    }

    /** Number of data rows. */
    public int rows() {
        return rows;
    }

    /** The numeric columns in file order. */
    public List<TextColumn> columns() {
        return columns;
    }

    /** Headers of columns that held text in the first data row and were not read. */
    public List<String> skippedColumns() {
        return skippedColumns;
    }

    /** What the reader assumed or worked around (encoding fallback, unknown units, skipped columns). */
    public List<String> notes() {
        return notes;
    }

    /** The column at a 0-based index of {@link #columns()}. */
    public TextColumn column(int index) {
        if (index < 0 || index >= columns.size()) {
            throw new IllegalArgumentException(source + ": no numeric column " + (index + 1) + "; the file has "
                    + columns.size() + ": " + names());
        }
        return columns.get(index);
    }

    /** The column whose name or verbatim header equals {@code key} (exact first, then ignoring case). */
    public Optional<TextColumn> find(String key) {
        String k = key.trim();
        for (TextColumn c : columns) {
            if (c.name().equals(k) || c.header().text().equals(k)) {
                return Optional.of(c);
            }
        }
        for (TextColumn c : columns) {
            if (c.name().equalsIgnoreCase(k) || c.header().text().equalsIgnoreCase(k)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The column named {@code key}.
     *
     * @throws IllegalArgumentException naming the file and the columns it has
     */
    public TextColumn require(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException(source + ": no column '" + key
                + "'; columns: " + names()));
    }

    /** Verbatim headers of the numeric columns. */
    public List<String> names() {
        List<String> n = new ArrayList<>();
        for (TextColumn c : columns) {
            n.add(c.header().text());
        }
        return n;
    }

    @Override
    public String toString() {
        return "TextTable[" + source + ", " + rows + " rows from line " + dataStartLine + ", " + names() + "]";
    }
}
