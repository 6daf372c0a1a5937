package org.electrocat.echem.io;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.FormatException;

/**
 * The header of an EC-Lab text export (.mpt): line 1 {@code EC-Lab ASCII FILE}, line 2
 * {@code Nb header lines : N}, the technique name, {@code key : value} lines (device, reference
 * electrode, electrode area ...), the technique's parameter block (name in the first 20
 * characters, value after; a {@code vs.} line qualifies the potential above it), and the column
 * header as line N.
 */
final class MptHeader {

    static final String MAGIC = "EC-Lab ASCII FILE";
    static final String MAGIC_BT = "BT-Lab ASCII FILE";
    /** Guard against a corrupt header count making us read a whole file as header. */
    static final int MAX_HEADER_LINES = 100_000;

    private static final DateTimeFormatter US_DATE_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss[.SSS]",
            Locale.ROOT);

    String technique = "";
    final Map<String, String> fields = new LinkedHashMap<>();
    final Map<String, String> parameters = new LinkedHashMap<>();
    List<String> columns = List.of();

    /** Reads the count from line 2; {@code lines} holds at least the first two lines. */
    static int headerLineCount(Path file, String line1, String line2) throws FormatException {
        if (!line1.trim().equals(MAGIC) && !line1.trim().equals(MAGIC_BT)) {
            throw new FormatException(file, 1, null, "not an EC-Lab text export: line 1 is '" + line1.trim()
                    + "', expected '" + MAGIC + "'");
        }
        String t = line2.trim();
        int colon = t.indexOf(':');
        if (!t.startsWith("Nb header lines") || colon < 0) {
            throw new FormatException(file, 2, "Nb header lines", "expected 'Nb header lines : N', found '" + t + "'");
        }
        try {
            int n = Integer.parseInt(t.substring(colon + 1).trim());
            if (n < 3 || n > MAX_HEADER_LINES) {
                throw new FormatException(file, 2, "Nb header lines", n + " is not a plausible header length (3.."
                        + MAX_HEADER_LINES + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new FormatException(file, 2, "Nb header lines", "'" + t.substring(colon + 1).trim()
                    + "' is not a whole number");
        }
    }

    /** Parses lines 3..N (N = {@code lines.size()}), the last being the column header. */
    static MptHeader parse(Path file, List<String> lines) throws FormatException {
        MptHeader h = new MptHeader();
        String lastParam = null;
        for (int i = 2; i < lines.size() - 1; i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int sep = raw.indexOf(" : ");
            if (h.technique.isEmpty() && sep < 0 && !raw.startsWith("\t") && !raw.startsWith(" ")) {
                h.technique = line;
                continue;
            }
            if (sep >= 0) {
                String key = raw.substring(0, sep).strip();
                h.fields.putIfAbsent(key, raw.substring(sep + 3).strip());
                lastParam = null;
            } else if (raw.length() > 20 && !raw.startsWith("\t") && !Character.isWhitespace(raw.charAt(0))) {
                String key = raw.substring(0, 20).strip();
                String value = raw.substring(20).strip().replaceAll("\\s{2,}", " | ");
                if (key.equals("vs.") && lastParam != null) {
                    h.parameters.put(lastParam, h.parameters.get(lastParam) + " vs " + value);
                } else {
                    h.parameters.putIfAbsent(key, value);
                    lastParam = key;
                }
            }
        }
        String header = lines.get(lines.size() - 1);
        List<String> cols = new ArrayList<>(List.of(header.split("\t", -1)));
        while (!cols.isEmpty() && cols.get(cols.size() - 1).isBlank()) {
            cols.remove(cols.size() - 1);
        }
        if (cols.isEmpty()) {
            throw new FormatException(file, lines.size(), null, "the column header line (line " + lines.size()
                    + ", from 'Nb header lines') is empty");
        }
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).isBlank()) {
                throw new FormatException(file, lines.size(), "column " + (c + 1), "empty column name");
            }
            cols.set(c, cols.get(c).trim());
        }
        h.columns = List.copyOf(cols);
        return h;
    }

    /** Scan rate with unit ({@code dE/dt} and {@code dE/dt unit}), or {@code null}. */
    String scanRate() {
        String v = parameters.get("dE/dt");
        String unit = parameters.get("dE/dt unit");
        if (v == null) {
            return null;
        }
        String first = v.split(" \\| ")[0].trim();
        try {
            double d = Fields.number(first);
            return d + " " + (unit == null ? "mV/s" : unit.split(" \\| ")[0].trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The acquisition start as ISO-8601 (EC-Lab writes month/day/year), or {@code null}. */
    String acquisitionStart() {
        String v = fields.get("Acquisition started on");
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v.replace(',', '.'), US_DATE_TIME).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Metadata for the dataset: technique, header fields (prefixed {@code biologic.}), parameters. */
    Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(EchemDatasets.META_TECHNIQUE, technique);
        putIf(m, EchemDatasets.META_SCAN_RATE, scanRate());
        putIf(m, EchemDatasets.META_ACQUIRED, acquisitionStart());
        putIf(m, EchemDatasets.META_INSTRUMENT, fields.get("Device"));
        putIf(m, EchemDatasets.META_AREA, fields.get("Electrode surface area"));
        putIf(m, EchemDatasets.META_REFERENCE, fields.get("Reference electrode"));
        for (Map.Entry<String, String> e : fields.entrySet()) {
            m.put("biologic." + e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            m.put("biologic.param." + e.getKey(), e.getValue());
        }
        return m;
    }

    private static void putIf(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }
}
