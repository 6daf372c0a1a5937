package org.electrocat.mechanism.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.electrocat.api.FormatException;

/**
 * Reads the CSV form of a reaction network: one row per intermediate in reaction order, grouped by
 * catalyst and site; every row after a site's first describes the step from the previous row's
 * intermediate to its own. Energies are free-energy levels ({@link EnergyBasis#STATE_LEVELS}) at
 * 0 V vs RHE and pH 0, in eV unless a header carries another unit ({@code G/eV}, {@code G (kJ/mol)}):
 * state levels ({@code G}, or {@code E}, {@code ZPE}, {@code TS}) or, with a {@code dG} column, the
 * free energy of the step leading to the row ({@link EnergyBasis#STEP_ENERGIES}).
 *
 * <p>Columns (header names case-insensitive, order free; {@code #} starts a comment line):
 * {@code catalyst}, {@code site}, {@code intermediate}, {@code type} (electrochemical | chemical;
 * empty on a site's first row), optional {@code electrons}, {@code protons}, and either {@code G} or
 * {@code E}, {@code ZPE}, {@code TS}; optional {@code label} and {@code illustrative} (true/false).
 * Fields may be quoted as in RFC 4180.
 */
public final class NetworkCsvParser {

    /** Largest file accepted. */
    public static final long MAX_BYTES = 4L << 20;

    private static final Set<String> KNOWN = Set.of("catalyst", "site", "intermediate", "type", "electrons", "protons",
            "g", "e", "zpe", "ts", "dg", "label", "illustrative", "note");

    private final Path file;
    private final Map<String, Integer> col = new HashMap<>();
    private final Map<String, Double> unit = new HashMap<>();
    private boolean anyIllustrative;
    private EnergyBasis basis;

    private NetworkCsvParser(Path file) {
        this.file = file;
    }

    /**
     * Reads and checks a network CSV file.
     *
     * @throws FormatException naming file, line and column for every problem
     */
    public static ReactionNetwork parse(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new FormatException(file, -1, null, "network file larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        try {
            return new NetworkCsvParser(file).read();
        } catch (java.nio.charset.CharacterCodingException e) {
            // found by fuzzing: a non-UTF-8 byte surfaced as a bare MalformedInputException
            throw new FormatException(file.toString(), -1, null, "not UTF-8 text (" + e.getMessage() + ")", e);
        }
    }

    private FormatException error(long line, String field, String problem) {
        return new FormatException(file.toString(), line, field, problem, null);
    }

    private ReactionNetwork read() throws IOException {
        List<RawSite> sites = new ArrayList<>();
        Set<String> closed = new HashSet<>();
        RawSite current = null;
        String previous = null;
        int lineNo = 0;
        boolean header = false;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> f = split(line, lineNo);
                if (!header) {
                    header(f, lineNo);
                    header = true;
                    continue;
                }
                String catalyst = cell(f, "catalyst", lineNo, true);
                String site = cell(f, "site", lineNo, false);
                String key = catalyst + "\u0000" + site;
                if (current == null || !key.equals(current.catalyst + "\u0000" + current.site)) {
                    if (current != null) {
                        closed.add(current.catalyst + "\u0000" + current.site);
                    }
                    if (closed.contains(key)) {
                        throw error(lineNo, "site", "rows of " + catalyst + " (" + site + ") must be consecutive");
                    }
                    current = new RawSite(catalyst, site, lineNo);
                    sites.add(current);
                    previous = null;
                }
                String name = cell(f, "intermediate", lineNo, true);
                if (current.intermediates.containsKey(name)) {
                    throw error(lineNo, "intermediate", "'" + name + "' appears twice on " + current.name()
                            + ": a pathway visits each intermediate once");
                }
                current.intermediates.put(name, intermediate(f, name, lineNo));
                String type = cell(f, "type", lineNo, false);
                if (previous == null) {
                    if (!type.isEmpty() || (basis == EnergyBasis.STEP_ENERGIES && !cell(f, "dg", lineNo, false).isEmpty())) {
                        throw error(lineNo, type.isEmpty() ? "dG" : "type", "the first row of " + current.name()
                                + " is the initial state; no step leads to it, so leave 'type' and 'dG' empty");
                    }
                } else {
                    current.steps.add(step(f, current.steps.size(), previous, name, type, lineNo));
                }
                previous = name;
            }
        }
        if (!header) {
            throw error(1, null, "no header line and no rows");
        }
        if (sites.isEmpty()) {
            throw error(lineNo, null, "no intermediates below the header");
        }
        NetworkAssembler a = new NetworkAssembler(file.toString());
        List<Pathway> pathways = new ArrayList<>();
        for (RawSite s : sites) {
            pathways.add(a.assemble(s, basis, Map.of(), CheReference.STANDARD));
        }
        return new ReactionNetwork(file.getFileName().toString(), "", basis, pathways,
                anyIllustrative, "");
    }

    private void header(List<String> f, int lineNo) throws FormatException {
        for (int i = 0; i < f.size(); i++) {
            String h = f.get(i).trim();
            String name = h;
            String u = null;
            int k = firstOf(h, "/([");
            if (k > 0) {
                name = h.substring(0, k).trim();
                u = h.substring(k + 1).replace(")", "").replace("]", "").trim();
            } else if (h.contains("_")) {
                int us = h.lastIndexOf('_');
                if (!Double.isNaN(EnergyUnits.toEv(h.substring(us + 1)))) {
                    name = h.substring(0, us);
                    u = h.substring(us + 1);
                }
            }
            String key = name.toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(key)) {
                throw error(lineNo, h, "unknown column; known: catalyst, site, intermediate, type, electrons,"
                        + " protons, G or E/ZPE/TS or dG, label, illustrative, note");
            }
            if (col.put(key, i) != null) {
                throw error(lineNo, h, "column given twice");
            }
            if (u != null) {
                double fct = EnergyUnits.toEv(u);
                if (Double.isNaN(fct) || !Set.of("g", "e", "zpe", "ts", "dg").contains(key)) {
                    throw error(lineNo, h, "unit '" + u + "' is not an energy unit of an energy column");
                }
                unit.put(key, fct);
            }
        }
        for (String req : List.of("catalyst", "intermediate", "type")) {
            if (!col.containsKey(req)) {
                throw error(lineNo, req, "missing column '" + req + "'");
            }
        }
        boolean g = col.containsKey("g");
        boolean e = col.containsKey("e") && col.containsKey("zpe") && col.containsKey("ts");
        boolean dg = col.containsKey("dg");
        if ((g ? 1 : 0) + (e ? 1 : 0) + (dg ? 1 : 0) != 1) {
            throw error(lineNo, "G", "give one kind of energy: a G column (state levels), E, ZPE and TS columns,"
                    + " or a dG column (step free energies)");
        }
        basis = dg ? EnergyBasis.STEP_ENERGIES : EnergyBasis.STATE_LEVELS;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private String cell(List<String> f, String key, int lineNo, boolean required) throws FormatException {
        Integer i = col.get(key);
        String v = i == null || i >= f.size() ? "" : f.get(i).trim();
        if (required && v.isEmpty()) {
            throw error(lineNo, key, "is empty");
        }
        return v;
    }

    private double number(List<String> f, String key, int lineNo) throws FormatException {
        String v = cell(f, key, lineNo, false);
        if (v.isEmpty()) {
            throw error(lineNo, key, "missing energy '" + (key.equals("dg") ? "dG" : key.toUpperCase(Locale.ROOT)) + "'");
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d * unit.getOrDefault(key, 1.0);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(lineNo, key, "'" + v + "' is not a finite number");
    }

    private int integer(List<String> f, String key, int lineNo, int dflt) throws FormatException {
        String v = cell(f, key, lineNo, false);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (Math.abs(n) <= 16) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(lineNo, key, "'" + v + "' is not a whole number between -16 and 16");
    }

    private boolean illustrative(List<String> f, int lineNo) throws FormatException {
        String ill = cell(f, "illustrative", lineNo, false).toLowerCase(Locale.ROOT);
        if (!ill.isEmpty() && !ill.equals("true") && !ill.equals("false")) {
            throw error(lineNo, "illustrative", "'" + ill + "' is not true or false");
        }
        anyIllustrative |= ill.equals("true");
        return ill.equals("true");
    }

    private RawSite.Intermediate intermediate(List<String> f, String name, int lineNo) throws FormatException {
        String label = cell(f, "label", lineNo, false);
        label = label.isEmpty() ? name : label;
        if (basis == EnergyBasis.STEP_ENERGIES) {
            return new RawSite.Intermediate(name, label, Double.NaN, false, lineNo);
        }
        double g = col.containsKey("g") ? number(f, "g", lineNo)
                : number(f, "e", lineNo) + number(f, "zpe", lineNo) - number(f, "ts", lineNo);
        return new RawSite.Intermediate(name, label, g, illustrative(f, lineNo), lineNo);
    }

    private RawSite.Step step(List<String> f, int index, String from, String to, String type, int lineNo)
            throws FormatException {
        StepKind kind = StepKind.parse(type);
        if (kind == null) {
            throw error(lineNo, "type", "'" + type + "' is not 'electrochemical' (che, pcet) or 'chemical'");
        }
        int electrons = integer(f, "electrons", lineNo, kind == StepKind.CHEMICAL ? 0 : 1);
        if ((kind == StepKind.CHEMICAL) != (electrons == 0)) {
            throw error(lineNo, "electrons", kind == StepKind.CHEMICAL ? "a chemical step transfers no electrons"
                    : "an electrochemical step transfers electrons; mark it 'chemical'");
        }
        int protons = integer(f, "protons", lineNo, electrons);
        double dG = Double.NaN;
        boolean illustrative = false;
        if (basis == EnergyBasis.STEP_ENERGIES) {
            dG = number(f, "dg", lineNo);
            illustrative = illustrative(f, lineNo);
        }
        return new RawSite.Step(index, from, to, kind, electrons, protons, Map.of(), Map.of(), dG, illustrative,
                lineNo);
    }

    /** RFC 4180 field splitting of one line (quoted fields may hold commas and doubled quotes). */
    private List<String> split(String line, int lineNo) throws FormatException {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    sb.append(c);
                }
            } else if (c == '"' && sb.toString().isBlank()) {
                quoted = true;
                sb.setLength(0);
            } else if (c == ',') {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        if (quoted) {
            throw error(lineNo, null, "unterminated quoted field");
        }
        out.add(sb.toString());
        return out;
    }
}
