package org.electrocat.echem.io;

import java.io.ByteArrayInputStream;
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
 * Reads CH Instruments text exports: a date line, the technique ({@code Cyclic Voltammetry},
 * {@code Linear Sweep Voltammetry}, {@code A.C. Impedance}, {@code Amperometric i-t Curve} ...),
 * {@code Key:  value} lines ({@code Instrument Model:  CHI660E}), parameters
 * {@code Name (unit) = value} ({@code Init E (V) = 0}, {@code Scan Rate (V/s) = 0.1}), optionally
 * a {@code Results:} block, then a header {@code Potential/V, Current/A} and comma-separated
 * numbers. Detection: line 2 names a technique and the header has {@code Instrument Model: CHI}
 * or CHI's {@code Init E (V) =} parameter style.
 *
 * <p>CHI does not name the reference electrode in the export, so the scale is unknown unless the
 * reader option gives it. CHI software can plot cathodic currents as positive; the export keeps
 * the instrument's sign and the metadata says so.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=echem.chi-txt",
        "electrocat.technique=echem"})
public final class ChiTextReader extends EchemReader {

    public ChiTextReader() {
        super("echem.chi-txt", "CH Instruments text export (.txt)", "txt", "csv");
    }

    @Override
    public double detect(Path file, byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        String[] lines = s.split("\r?\n", 12);
        if (lines.length < 4) {
            return 0;
        }
        boolean model = s.contains("Instrument Model:  CHI") || s.contains("Instrument Model: CHI");
        boolean chiParams = s.contains("Init E (V) =") || s.contains("Quiet Time (sec) =");
        boolean source = s.contains("Data Source:");
        if (model && (chiParams || source)) {
            return 1.0;
        }
        return chiParams && source ? 0.8 : 0;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> lines = List.of(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1));
        if (lines.size() < 3) {
            throw new FormatException(file, 1, null, "too short for a CH Instruments export");
        }
        String technique = lines.get(1).strip();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(EchemDatasets.META_TECHNIQUE, technique);
        meta.put("chi.date", lines.get(0).strip());
        int headerLine = -1;
        for (int i = 2; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (looksLikeColumnHeader(l) && nextIsNumeric(lines, i + 1)) {
                headerLine = i;
                break;
            }
            int eq = l.indexOf(" = ");
            int colon = l.indexOf(':');
            if (eq > 0) {
                meta.put("chi." + l.substring(0, eq).strip(), l.substring(eq + 3).strip());
            } else if (colon > 0) {
                meta.put("chi." + l.substring(0, colon).strip(), l.substring(colon + 1).strip());
            }
        }
        if (headerLine < 0) {
            throw new FormatException(file, -1, "column header", "no 'Name/unit, Name/unit' header followed by"
                    + " numbers was found");
        }
        List<String> headers = new ArrayList<>();
        for (String h : lines.get(headerLine).split(",")) {
            headers.add(h.strip());
        }
        String model = meta.get("chi.Instrument Model");
        if (model != null) {
            meta.put(EchemDatasets.META_INSTRUMENT, model);
        }
        String rate = meta.get("chi.Scan Rate (V/s)");
        if (rate != null) {
            meta.put(EchemDatasets.META_SCAN_RATE, rate + " V/s");
        }
        meta.put("current.sign", "as exported by the CHI software (check its 'cathodic positive' setting)");
        PotentialScale scale = EchemDatasets.chooseScale(options,
                ReferenceElectrodes.unknown("CH Instruments exports do not name the reference electrode"), meta);
        int dataStart = offsetOfLine(bytes, headerLine + 1);
        double[][] cols = new NumericTableParser(file, headers, (byte) ',', false)
                .parse(new ByteArrayInputStream(bytes, dataStart, bytes.length - dataStart), headerLine + 2,
                        (bytes.length - dataStart) / Math.max(1, 10 * headers.size()), monitor);
        Provenance prov = Provenance.ofFile(file, id(), version());
        return List.of(EchemDatasets.build(EchemDatasets.idFor(file), file.getFileName().toString(), technique,
                headers, null, cols, scale, meta, prov));
    }

    private static boolean looksLikeColumnHeader(String l) {
        return l.contains("/") && !l.contains(" = ") && Character.isLetter(l.charAt(0));
    }

    private static boolean nextIsNumeric(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            int comma = l.indexOf(',');
            // not split(","): a line of commas splits into no fields at all
            String first = (comma < 0 ? l : l.substring(0, comma)).strip();
            try {
                Fields.number(first);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    /** Byte offset of the start of the given 0-based line. */
    private static int offsetOfLine(byte[] bytes, int line) {
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (n == line) {
                return i;
            }
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return bytes.length;
    }
}
