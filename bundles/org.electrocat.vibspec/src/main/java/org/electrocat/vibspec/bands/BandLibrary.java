package org.electrocat.vibspec.bands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.FormatException;

/**
 * A list of assigned vibrational bands read from a simple CSV file: a header row naming the
 * columns, then one band per row; {@code #} starts a comment line; a field containing a comma is
 * quoted ({@code "a, b"}, a quote inside doubled). Columns (case-insensitive, any order):
 * {@code label} (required), {@code low_cm-1} and {@code high_cm-1} (or a single {@code position_cm-1};
 * the {@code _cm-1} suffix may be left out), {@code assignment}, {@code technique} (raman, ir, both;
 * default both), {@code sign} (+ or −; default +), {@code sample}, {@code reference}. The default
 * library ({@link #paper()}) holds the bands of the reference paper.
 */
public final class BandLibrary {

    /** Classpath resource of the default library. */
    static final String DEFAULT = "/org/electrocat/vibspec/bands/paper-bands.csv";
    private static final int MAX_BANDS = 100_000;

    private final String name;
    private final List<Band> bands;

    public BandLibrary(String name, List<Band> bands) {
        this.name = name;
        this.bands = List.copyOf(bands);
    }

    /** The library's name (file name, or {@code paper} for the default). */
    public String name() {
        return name;
    }

    public List<Band> bands() {
        return bands;
    }

    /** The bands of the reference paper (docs/SCIENCE.md), shipped with the plugin. */
    public static BandLibrary paper() {
        try (InputStream in = BandLibrary.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("default band library " + DEFAULT + " missing from the bundle");
            }
            return new BandLibrary("paper", parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT));
        } catch (IOException e) {
            throw new IllegalStateException("default band library " + DEFAULT + " is unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a user library (UTF-8).
     *
     * @throws FormatException naming line and column of a missing or malformed field
     */
    public static BandLibrary read(Path file) throws IOException {
        if (Files.size(file) > 64L << 20) {
            throw new FormatException(file, -1, null, "a band library larger than 64 MiB is not a band library");
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new BandLibrary(file.getFileName().toString(), parse(r, file.toString()));
        }
    }

    static List<Band> parse(Reader reader, String source) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        Map<String, Integer> col = null;
        List<Band> out = new ArrayList<>();
        String line;
        int no = 0;
        while ((line = in.readLine()) != null) {
            no++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> f = split(line, source, no);
            if (col == null) {
                col = header(f, source, no);
                continue;
            }
            if (out.size() >= MAX_BANDS) {
                throw new FormatException(source, no, null, "more than " + MAX_BANDS + " bands", null);
            }
            out.add(band(f, col, source, no));
        }
        if (col == null) {
            throw new FormatException(source, no, null, "no header row (label, low_cm-1, high_cm-1, ...)", null);
        }
        return out;
    }

    private static Map<String, Integer> header(List<String> f, String source, int no) throws FormatException {
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < f.size(); i++) {
            String k = f.get(i).strip().toLowerCase(Locale.ROOT).replace("_cm-1", "").replace("(cm-1)", "").strip();
            col.put(k, i);
        }
        if (!col.containsKey("label")) {
            throw new FormatException(source, no, "label", "the header row needs a 'label' column", null);
        }
        if (!col.containsKey("position") && !col.containsKey("low")) {
            throw new FormatException(source, no, "low_cm-1", "the header row needs 'low_cm-1' (and 'high_cm-1') "
                    + "or 'position_cm-1'", null);
        }
        return col;
    }

    private static Band band(List<String> f, Map<String, Integer> col, String source, int no) throws FormatException {
        String label = get(f, col, "label");
        if (label.isBlank()) {
            throw new FormatException(source, no, "label", "empty label", null);
        }
        double low;
        double high;
        if (col.containsKey("low")) {
            low = number(get(f, col, "low"), source, no, "low_cm-1");
            String h = get(f, col, "high");
            high = h.isBlank() ? low : number(h, source, no, "high_cm-1");
        } else {
            low = number(get(f, col, "position"), source, no, "position_cm-1");
            high = low;
        }
        String sign = get(f, col, "sign").strip();
        try {
            return new Band(label.strip(), get(f, col, "assignment").strip(), get(f, col, "technique"), Math.min(low, high),
                    Math.max(low, high), sign.equals("-") || sign.equals("−") ? -1 : 1, get(f, col, "sample").strip(),
                    get(f, col, "reference").strip());
        } catch (IllegalArgumentException e) {
            throw new FormatException(source, no, null, e.getMessage(), null);
        }
    }

    private static String get(List<String> f, Map<String, Integer> col, String key) {
        Integer i = col.get(key);
        return i == null || i >= f.size() ? "" : f.get(i);
    }

    private static double number(String s, String source, int no, String field) throws FormatException {
        try {
            double v = Double.parseDouble(s.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FormatException(source, no, field, "'" + s + "' is not a position in cm-1", null);
    }

    /** Splits one CSV line (RFC 4180 quoting within the line). */
    static List<String> split(String line, String source, int no) throws FormatException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new FormatException(source, no, null, "unterminated quote", null);
        }
        out.add(cur.toString());
        return out;
    }
}
