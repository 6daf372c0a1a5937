package org.electrocat.io.text;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Objects;

/**
 * How to read a delimited text table. Every setting defaults to automatic detection; set one only
 * to override what {@link TextReader} would detect. Immutable; change with the {@code with...}
 * methods.
 *
 * @param charset       text encoding, or {@code null} to detect: a UTF-8 byte order mark, else UTF-8
 *                      when the bytes are valid UTF-8, else ISO-8859-1 (EC-Lab, Gamry)
 * @param delimiter     field delimiter (default {@link Delimiter#AUTO})
 * @param decimal       decimal separator (default {@link DecimalSeparator#AUTO})
 * @param skipLines     lines to skip before the header row (or before the data when there is no
 *                      header row); {@code -1} (default) finds the data block and its header
 * @param commentPrefix lines starting with it are comments (default {@code #}); {@code ""} for none
 * @param headerRow     whether a row of column names precedes the data; {@code null} to detect
 * @param unitsRow      whether a row of units follows the names (Gamry); {@code null} to detect
 * @param nanPolicy     what to do with empty cells and {@code nan}
 */
public record TextOptions(Charset charset, Delimiter delimiter, DecimalSeparator decimal, int skipLines,
        String commentPrefix, Boolean headerRow, Boolean unitsRow, NanPolicy nanPolicy) {

    /** Field delimiters. */
    public enum Delimiter {
        /** Detect from the data. */
        AUTO(0),
        TAB('\t'),
        COMMA(','),
        SEMICOLON(';'),
        /** Runs of spaces and tabs; leading and trailing white space ignored. */
        WHITESPACE(' ');

        private final char symbol;

        Delimiter(int symbol) {
            this.symbol = (char) symbol;
        }

        /** The delimiter character ({@code ' '} for white space runs). */
        public char symbol() {
            return symbol;
        }

        /** Parses {@code auto}, {@code tab}, {@code comma}, {@code semicolon}, {@code whitespace}, or the character. */
        public static Delimiter parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            switch (t) {
                case "auto": case "": return AUTO;
                case "tab": case "\\t": case "\t": return TAB;
                case "comma": case ",": return COMMA;
                case "semicolon": case ";": return SEMICOLON;
                case "whitespace": case "space": case "spaces": return WHITESPACE;
                default: throw new IllegalArgumentException("unknown delimiter '" + text
                        + "'; use auto, tab, comma, semicolon or whitespace");
            }
        }
    }

    /** Decimal separators. */
    public enum DecimalSeparator {
        /** Detect from the data. */
        AUTO(0),
        POINT('.'),
        /** As in {@code 3,2896E+000} (EC-Lab in a French or German locale). */
        COMMA(',');

        private final char symbol;

        DecimalSeparator(int symbol) {
            this.symbol = (char) symbol;
        }

        public char symbol() {
            return symbol;
        }

        /** Parses {@code auto}, {@code point}, {@code comma}, {@code .} or {@code ,}. */
        public static DecimalSeparator parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            switch (t) {
                case "auto": case "": return AUTO;
                case "point": case "dot": case ".": return POINT;
                case "comma": case ",": return COMMA;
                default: throw new IllegalArgumentException("unknown decimal separator '" + text
                        + "'; use auto, point or comma");
            }
        }
    }

    /** Treatment of missing values: empty cells and {@code nan} / {@code NaN}. */
    public enum NanPolicy {
        /** Store NaN and count it per column ({@link TextColumn#missing()}). */
        RECORD,
        /** Fail with a {@link org.electrocat.api.FormatException} at the first missing value. */
        ERROR
    }

    public TextOptions {
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(decimal, "decimal");
        Objects.requireNonNull(nanPolicy, "nanPolicy");
        commentPrefix = commentPrefix == null ? "" : commentPrefix;
        if (skipLines < -1) {
            throw new IllegalArgumentException("skipLines must be -1 (detect) or >= 0, was " + skipLines);
        }
        if (delimiter == Delimiter.COMMA && decimal == DecimalSeparator.COMMA) {
            throw new IllegalArgumentException("a comma cannot be both the delimiter and the decimal separator");
        }
    }

    /** Everything detected; {@code #} comments; missing values recorded as NaN. */
    public static TextOptions defaults() {
        return new TextOptions(null, Delimiter.AUTO, DecimalSeparator.AUTO, -1, "#", null, null, NanPolicy.RECORD);
    }

    public TextOptions withCharset(Charset c) {
        return new TextOptions(c, delimiter, decimal, skipLines, commentPrefix, headerRow, unitsRow, nanPolicy);
    }

    public TextOptions withDelimiter(Delimiter d) {
        return new TextOptions(charset, d, decimal, skipLines, commentPrefix, headerRow, unitsRow, nanPolicy);
    }

    public TextOptions withDecimal(DecimalSeparator d) {
        return new TextOptions(charset, delimiter, d, skipLines, commentPrefix, headerRow, unitsRow, nanPolicy);
    }

    public TextOptions withSkipLines(int n) {
        return new TextOptions(charset, delimiter, decimal, n, commentPrefix, headerRow, unitsRow, nanPolicy);
    }

    public TextOptions withCommentPrefix(String p) {
        return new TextOptions(charset, delimiter, decimal, skipLines, p, headerRow, unitsRow, nanPolicy);
    }

    public TextOptions withHeaderRow(Boolean h) {
        return new TextOptions(charset, delimiter, decimal, skipLines, commentPrefix, h, unitsRow, nanPolicy);
    }

    public TextOptions withUnitsRow(Boolean u) {
        return new TextOptions(charset, delimiter, decimal, skipLines, commentPrefix, headerRow, u, nanPolicy);
    }

    public TextOptions withNanPolicy(NanPolicy p) {
        return new TextOptions(charset, delimiter, decimal, skipLines, commentPrefix, headerRow, unitsRow, p);
    }
}
