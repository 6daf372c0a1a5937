package org.electrocat.echem.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.osgi.service.component.annotations.Component;

/**
 * Reads Gamry Framework data files (.DTA, "EXPLAIN" format): line 1 {@code EXPLAIN}, line 2
 * {@code TAG <technique>} (CV, LSV, CHRONOA, EISPOT ...), then typed header keys
 * ({@code KEY<TAB>TYPE<TAB>values<TAB>label}; types LABEL, NOTES, PSTAT, POTEN, QUANT, IQUANT,
 * SELECTOR, TOGGLE, TWOPARAM ...) and tables ({@code NAME<TAB>TABLE[<TAB>rows]}, a name row, a
 * units row, then tab-indented data rows). Every table is read: the CURVE1..N tables of one run
 * become one dataset with a {@code cycle} column (the curve number), ZCURVE an impedance dataset,
 * OCVCURVE a time series. Potentials are "V vs. Ref.": Gamry does not name the reference, so the
 * scale is unknown unless the reader option {@code reference} gives it. Text columns (the
 * {@code Over} status bits) are skipped and listed in the metadata; {@code deg C} becomes kelvin.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=echem.gamry-dta",
        "electrocat.technique=echem"})
public final class GamryDtaReader extends EchemReader {

    public GamryDtaReader() {
        super("echem.gamry-dta", "Gamry Framework data file (.DTA)", "dta");
    }

    @Override
    public double detect(Path file, byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 64), StandardCharsets.ISO_8859_1);
        if (s.startsWith("EXPLAIN\r\nTAG\t") || s.startsWith("EXPLAIN\nTAG\t")) {
            return 1.0;
        }
        return s.startsWith("EXPLAIN") ? 0.7 : 0;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        monitor.begin("Reading " + file.getFileName(), -1);
        List<GamryTable> tables = new ArrayList<>();
        Map<String, String> meta = new LinkedHashMap<>();
        String tag;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            GamryLines in = new GamryLines(r);
            String first = in.next();
            if (first == null || !first.strip().equals("EXPLAIN")) {
                throw new FormatException(file, 1, null, "not a Gamry EXPLAIN file: line 1 is not 'EXPLAIN'");
            }
            String second = in.next();
            if (second == null || !second.startsWith("TAG\t")) {
                throw new FormatException(file, 2, "TAG", "expected 'TAG<tab><technique>' on line 2");
            }
            tag = second.substring(4).strip();
            meta.put(EchemDatasets.META_TECHNIQUE, tag);
            String line;
            while ((line = in.next()) != null) {
                monitor.checkCancelled();
                if (line.isBlank() || line.startsWith("\t")) {
                    continue; // stray indented line outside a table
                }
                String[] f = line.split("\t", -1);
                String type = f.length > 1 ? f[1].strip() : "";
                if (type.equals("TABLE")) {
                    tables.add(GamryTable.read(file, in, f[0].strip(), f.length > 2 ? f[2].strip() : ""));
                } else if (type.equals("NOTES")) {
                    meta.put("gamry." + f[0] + ".type", type);
                    meta.put("gamry." + f[0], notes(file, in, f));
                } else {
                    header(f, meta);
                }
            }
        }
        if (tables.isEmpty()) {
            throw new FormatException(file, -1, "TABLE", "the file has no data table (CURVE, ZCURVE ...)");
        }
        standardMetadata(meta);
        PotentialScale scale = EchemDatasets.chooseScale(options,
                ReferenceElectrodes.unknown("Gamry writes 'V vs. Ref.' without naming the reference electrode"), meta);
        Provenance prov = Provenance.ofFile(file, id(), version());
        List<Dataset> out = GamryTable.toDatasets(file, tag, tables, scale, meta, prov);
        monitor.done();
        return out;
    }

    /** A typed header line: values between the type and the label. */
    private static void header(String[] f, Map<String, String> meta) {
        String key = f[0].strip();
        if (key.isEmpty() || f.length < 3) {
            return;
        }
        String type = f[1].strip();
        int values = switch (type) {
            case "POTEN" -> 2;
            case "TWOPARAM" -> 3;
            default -> 1;
        };
        int end = Math.min(f.length, 2 + values);
        List<String> v = new ArrayList<>();
        for (int i = 2; i < end; i++) {
            v.add(f[i].strip());
        }
        List<String> label = new ArrayList<>();
        for (int i = end; i < f.length; i++) {
            if (!f[i].isBlank()) {
                label.add(f[i].strip().replace("&", ""));
            }
        }
        meta.put("gamry." + key, String.join(" ", v));
        meta.put("gamry." + key + ".type", type);
        if (!label.isEmpty()) {
            meta.put("gamry." + key + ".label", String.join(" ", label));
        }
    }

    private static String notes(Path file, GamryLines in, String[] f) throws IOException {
        int n;
        try {
            n = Integer.parseInt(f.length > 2 ? f[2].strip() : "0");
        } catch (NumberFormatException e) {
            throw new FormatException(file, in.lineNumber(), f[0], "NOTES needs a line count, found '" + f[2] + "'");
        }
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String l = in.next();
            if (l == null) {
                throw new FormatException(file, in.lineNumber(), f[0], "file ends inside the " + n + " note lines");
            }
            notes.add(l.strip());
        }
        return String.join("\n", notes).strip();
    }

    /** Scan rate and area with their units from the labels, e.g. {@code Scan Rate (mV/s)}. */
    private static void standardMetadata(Map<String, String> meta) {
        withUnit(meta, "SCANRATE", EchemDatasets.META_SCAN_RATE);
        withUnit(meta, "AREA", EchemDatasets.META_AREA);
        String pstat = meta.get("gamry.PSTAT");
        if (pstat != null) {
            meta.put(EchemDatasets.META_INSTRUMENT, "Gamry " + pstat);
        }
    }

    private static void withUnit(Map<String, String> meta, String key, String target) {
        String v = meta.get("gamry." + key);
        String label = meta.getOrDefault("gamry." + key + ".label", "");
        int open = label.lastIndexOf('(');
        int close = label.lastIndexOf(')');
        if (v == null || open < 0 || close < open) {
            return;
        }
        try {
            double d = Fields.number(v);
            meta.put(target, d + " " + label.substring(open + 1, close).replace("^", ""));
        } catch (NumberFormatException e) {
            // a non-numeric value stays only in the gamry.* entry
        }
    }
}
