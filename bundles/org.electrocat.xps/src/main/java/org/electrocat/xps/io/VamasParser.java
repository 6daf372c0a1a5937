package org.electrocat.xps.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.electrocat.api.FormatException;

/**
 * Parser of the VAMAS surface-analysis data transfer format, ISO 14976:1998 (W. A. Dench, L. B.
 * Hazell, M. P. Seah, Surf. Interface Anal. 13 (1988) 63): one item per line, with items present
 * or absent according to the experiment mode, scan mode and technique. REGULAR blocks give the
 * abscissa as start and increment; IRREGULAR blocks give it as the first corresponding variable.
 *
 * <p>Supported: experiment modes NORM, SDP, SDPSV, MAP, MAPDP, MAPSV, MAPSVDP and SEM with REGULAR or
 * IRREGULAR scans, several blocks, block comments, additional numerical parameters and future-upgrade
 * entries. Refused with a {@link FormatException} naming line, item and block: parameter
 * inclusion/exclusion lists (which remove items from every block; no known writer uses them),
 * MAPPING scans, counts that the rest of the file cannot hold, and ordinate counts that are not a
 * multiple of the number of corresponding variables.
 */
public final class VamasParser {

    /** First line of every VAMAS file. */
    public static final String MAGIC = "VAMAS Surface Chemical Analysis Standard Data Transfer Format 1988 May 4";

    private static final Set<String> MODES = Set.of("MAP", "MAPDP", "MAPSV", "MAPSVDP", "NORM", "SDP", "SDPSV", "SEM");
    private static final Set<String> SPUTTER_TECHNIQUES = Set.of("FABMS", "FABMS ENERGY SPEC", "ISS", "SIMS",
            "SIMS ENERGY SPEC", "SNMS", "SNMS ENERGY SPEC");
    private static final Set<String> SPECTRO_TECHNIQUES = Set.of("AES DIFF", "AES DIR", "EDX", "ELS", "UPS", "XPS", "XRF");

    private VamasParser() {
    }

    /**
     * Parses the lines of a VAMAS file.
     *
     * @param file  file name for messages
     * @param lines the file's lines (line terminators removed)
     * @throws FormatException naming line, item and block when the content does not follow ISO 14976
     */
    public static VamasFile parse(String file, List<String> lines) throws FormatException {
        VamasLines in = new VamasLines(file, lines);
        String magic = in.text("format identifier");
        if (!magic.trim().equals(MAGIC)) {
            throw new FormatException(file, 1, "format identifier", "not a VAMAS file: expected '" + MAGIC + "'", null);
        }
        Map<String, String> header = new LinkedHashMap<>();
        header.put("institution", in.text("institution identifier"));
        header.put("instrument", in.text("instrument model identifier"));
        header.put("operator", in.text("operator identifier"));
        header.put("experiment", in.text("experiment identifier"));
        header.put("comment", joinLines(in, in.count("number of lines in comment", in.remaining()), "comment line"));
        String mode = in.text("experiment mode").trim().toUpperCase(Locale.ROOT);
        if (!MODES.contains(mode)) {
            throw in.error("experiment mode", "unknown experiment mode '" + mode + "' (expected one of " + MODES + ")");
        }
        String scan = in.text("scan mode").trim().toUpperCase(Locale.ROOT);
        if (!scan.equals("REGULAR") && !scan.equals("IRREGULAR")) {
            throw in.error("scan mode", "scan mode '" + scan + "' is not supported (REGULAR or IRREGULAR)");
        }
        if (Set.of("MAP", "MAPDP", "NORM", "SDP").contains(mode)) {
            header.put("spectral regions", String.valueOf(in.integer("number of spectral regions")));
        }
        if (mode.equals("MAP") || mode.equals("MAPDP")) {
            in.skip(3, "analysis positions / discrete x and y coordinates");
        }
        int variables = in.count("number of experimental variables", in.remaining() / 2);
        List<String> variableLabels = new ArrayList<>();
        for (int i = 0; i < variables; i++) {
            variableLabels.add(in.text("experimental variable label") + " / " + in.text("experimental variable unit"));
        }
        int inclusion = in.integer("number of entries in parameter inclusion or exclusion list");
        if (inclusion != 0) {
            throw in.error("parameter inclusion or exclusion list", "parameter inclusion/exclusion lists ("
                    + inclusion + " entries) are not supported: they remove items from every block");
        }
        in.skip(in.count("number of manually entered items in block", in.remaining()), "manually entered item");
        in.skip(in.count("number of future upgrade experiment entries", in.remaining()), "future upgrade experiment entry");
        int upgradeBlockEntries = in.count("number of future upgrade block entries", in.remaining());
        int blockCount = in.count("number of blocks", in.remaining());
        Layout layout = new Layout(mode, scan, variableLabels, upgradeBlockEntries);
        List<VamasBlock> blocks = new ArrayList<>(Math.min(blockCount, 1024));
        for (int b = 0; b < blockCount; b++) {
            blocks.add(VamasBlockParser.parse(in, layout, b + 1));
        }
        in.inside("after block " + blockCount);
        if (in.remaining() > 0) {
            String end = in.text("experiment terminator").trim();
            if (!end.equalsIgnoreCase("end of experiment")) {
                throw new FormatException(file, in.lineNumber() - 1, "experiment terminator", "expected 'end of experiment' after "
                        + blockCount + " block(s), found '" + end + "' (block count or layout mismatch)", null);
            }
        }
        return new VamasFile(mode, scan, header, List.copyOf(blocks));
    }

    static String joinLines(VamasLines in, int n, String item) throws FormatException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(in.text(item));
        }
        return sb.toString();
    }

    /** The experiment-level settings that decide which block items exist. */
    record Layout(String mode, String scan, List<String> experimentVariables, int upgradeBlockEntries) {
        boolean map() {
            return mode.equals("MAP") || mode.equals("MAPDP");
        }

        boolean depthProfile() {
            return Set.of("MAPDP", "MAPSVDP", "SDP", "SDPSV").contains(mode);
        }

        boolean fieldOfView() {
            return Set.of("MAP", "MAPDP", "MAPSV", "MAPSVDP", "SEM").contains(mode);
        }

        boolean linescan() {
            return Set.of("MAPSV", "MAPSVDP", "SEM").contains(mode);
        }

        boolean regular() {
            return scan.equals("REGULAR");
        }

        static boolean sputterTechnique(String technique) {
            return SPUTTER_TECHNIQUES.contains(technique.trim().toUpperCase(Locale.ROOT));
        }

        static boolean spectroTechnique(String technique) {
            return SPECTRO_TECHNIQUES.contains(technique.trim().toUpperCase(Locale.ROOT));
        }
    }
}
