package org.electrocat.vibspec.io.jcamp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.FormatException;

/**
 * One JCAMP-DX block (from {@code ##TITLE=} to {@code ##END=}): its labelled data records (LDRs)
 * and, when it holds a spectrum, the decoded x and y arrays in real units.
 *
 * <p>Labels are compared in the normalised form of JCAMP-DX 4.24 §4.3 (upper case, without blanks,
 * dashes, slashes and underscores: {@code DATA TYPE} = {@code DATATYPE}); the original spelling is
 * kept for the metadata.
 */
public final class JcampBlock {

    private final String source;
    private final int startLine;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> original = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private double[] x;
    private double[] y;
    private String tableLabel;
    private int yChecks;

    JcampBlock(String source, int startLine) {
        this.source = source;
        this.startLine = startLine;
    }

    /** The normalised form of a label: {@code ##X UNITS} → {@code XUNITS}. */
    static String normalise(String label) {
        StringBuilder sb = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c != ' ' && c != '-' && c != '/' && c != '_' && c != '\t') {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    void put(String label, String value, int line) {
        String key = normalise(label);
        values.put(key, value.strip());
        original.put(key, label.strip());
        lines.put(key, line);
    }

    void append(String key, String more) {
        values.computeIfPresent(key, (k, v) -> v.isEmpty() ? more.strip() : v + "\n" + more.strip());
    }

    void data(String label, double[][] xy, int checks) {
        this.tableLabel = label;
        this.x = xy[0];
        this.y = xy[1];
        this.yChecks = checks;
    }

    /** First line of the block in the file. */
    public int startLine() {
        return startLine;
    }

    /** The value of a label (any spelling), or {@code null}. */
    public String get(String label) {
        return values.get(normalise(label));
    }

    /** True when the block holds decoded data. */
    public boolean hasData() {
        return y != null;
    }

    /** Decoded x values in real units (XFACTOR applied), or {@code null}. */
    public double[] x() {
        return x;
    }

    /** Decoded y values in real units (YFACTOR applied), or {@code null}. */
    public double[] y() {
        return y;
    }

    /** The data label that held the table, e.g. {@code XYDATA}. */
    public String tableLabel() {
        return tableLabel;
    }

    /** Number of DIF Y checks that passed while decoding. */
    public int yChecks() {
        return yChecks;
    }

    /** All LDRs with their labels as spelled in the file, in file order. */
    public Map<String, String> records() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            out.put(original.get(e.getKey()), e.getValue());
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * A required number.
     *
     * @throws FormatException naming the label when it is missing or not a finite number
     */
    double number(String label) throws FormatException {
        String key = normalise(label);
        String v = values.get(key);
        if (v == null) {
            throw new FormatException(source, startLine, label, "required label ##" + label
                    + "= is missing from the block starting here", null);
        }
        return parse(key, v);
    }

    /** An optional number, {@code fallback} when absent. */
    double number(String label, double fallback) throws FormatException {
        String key = normalise(label);
        String v = values.get(key);
        return v == null || v.isBlank() ? fallback : parse(key, v);
    }

    private double parse(String key, String v) throws FormatException {
        String t = v.strip();
        int space = t.indexOf(' ');
        if (space > 0) {
            t = t.substring(0, space); // e.g. "##RESOLUTION= 4.00 CM-1"
        }
        try {
            double d = Double.parseDouble(t);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new FormatException(source, lines.getOrDefault(key, startLine), original.get(key),
                    "'" + v + "' is not a finite number", null);
        }
    }

    /** Line of a label, or the block start. */
    int lineOf(String label) {
        return lines.getOrDefault(normalise(label), startLine);
    }
}
