package org.electrocat.xps.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.FormatException;

/** Reads one VAMAS block, item by item in the order of ISO 14976 (see {@link VamasParser}). */
final class VamasBlockParser {

    private VamasBlockParser() {
    }

    static VamasBlock parse(VamasLines in, VamasParser.Layout layout, int number) throws FormatException {
        int first = in.lineNumber();
        in.inside("block " + number + " starting at line " + first);
        Map<String, String> meta = new LinkedHashMap<>();
        String blockId = in.text("block identifier");
        in.inside("block " + number + " '" + blockId + "' starting at line " + first);
        String sampleId = in.text("sample identifier");
        int[] date = new int[6];
        for (int i = 0; i < 6; i++) {
            date[i] = in.integer("acquisition date and time");
        }
        int gmtOffset = in.integer("number of hours in advance of Greenwich Mean Time");
        if (date[0] > 0) {
            meta.put("acquisition time", String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d (GMT%+d h)", date[0],
                    date[1], date[2], date[3], date[4], date[5], gmtOffset));
        }
        String comment = VamasParser.joinLines(in, in.count("number of lines in block comment", in.remaining()),
                "block comment line");
        if (!comment.isBlank()) {
            meta.put("block comment", comment);
        }
        String technique = in.text("technique").trim();
        if (layout.map()) {
            meta.put("x coordinate", in.text("x coordinate"));
            meta.put("y coordinate", in.text("y coordinate"));
        }
        for (String label : layout.experimentVariables()) {
            meta.put("experimental variable " + label, in.text("value of experimental variable"));
        }
        meta.put("analysis source", in.text("analysis source label").trim());
        if (layout.depthProfile() || VamasParser.Layout.sputterTechnique(technique)) {
            in.skip(3, "sputtering ion or atom (atomic number, atoms per particle, charge)");
        }
        double sourceEnergy = in.real("analysis source characteristic energy");
        putReal(meta, "analysis source strength", in.real("analysis source strength"));
        putReal(meta, "analysis source beam width x", in.real("analysis source beam width x"));
        putReal(meta, "analysis source beam width y", in.real("analysis source beam width y"));
        if (layout.fieldOfView()) {
            in.skip(2, "field of view x/y");
        }
        if (layout.linescan()) {
            in.skip(6, "linescan coordinates");
        }
        putReal(meta, "source polar angle of incidence / deg", in.real("analysis source polar angle of incidence"));
        putReal(meta, "source azimuth / deg", in.real("analysis source azimuth"));
        meta.put("analyser mode", in.text("analyser mode").trim());
        double passEnergy = in.real("analyser pass energy or retard ratio or mass resolution");
        if (technique.equalsIgnoreCase("AES diff")) {
            putReal(meta, "differential width", in.real("differential width"));
        }
        putReal(meta, "analyser lens magnification", in.real("magnification of analyser transfer lens"));
        double workFunction = in.real("analyser work function or acceptance energy of atom or ion");
        putReal(meta, "target bias / V", in.real("target bias"));
        putReal(meta, "analysis width x", in.real("analysis width x"));
        putReal(meta, "analysis width y", in.real("analysis width y"));
        putReal(meta, "take-off polar angle / deg", in.real("analyser axis take off polar angle"));
        putReal(meta, "take-off azimuth / deg", in.real("analyser axis take off azimuth"));
        String species = in.text("species label").trim();
        String transition = in.text("transition or charge state label").trim();
        meta.put("charge of detected particle", in.text("charge of detected particle").trim());
        String abscissaLabel;
        String abscissaUnit;
        double start = Double.NaN;
        double step = Double.NaN;
        if (layout.regular()) {
            abscissaLabel = in.text("abscissa label").trim();
            abscissaUnit = in.text("abscissa units").trim();
            start = in.real("abscissa start");
            step = in.real("abscissa increment");
            if (Double.isNaN(start) || Double.isNaN(step) || step == 0) {
                throw in.error("abscissa increment", "a REGULAR block needs a finite abscissa start and a non-zero increment");
            }
        } else {
            abscissaLabel = null;
            abscissaUnit = null;
        }
        int variables = in.count("number of corresponding variables", Math.max(0, in.remaining() / 2));
        if (variables < (layout.regular() ? 1 : 2)) {
            throw in.error("number of corresponding variables", "a " + layout.scan() + " block needs at least "
                    + (layout.regular() ? 1 : 2) + " corresponding variables, found " + variables);
        }
        List<String> labels = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (int v = 0; v < variables; v++) {
            labels.add(in.text("corresponding variable label").trim());
            units.add(in.text("corresponding variable units").trim());
        }
        meta.put("signal mode", in.text("signal mode").trim());
        double dwell = in.real("signal collection time");
        int scans = in.integer("number of scans to compile this block");
        putReal(meta, "signal time correction / s", in.real("signal time correction"));
        if (layout.depthProfile() && VamasParser.Layout.spectroTechnique(technique)) {
            in.skip(7, "sputtering source (energy, current, widths, angles, mode)");
        }
        putReal(meta, "sample normal polar angle of tilt / deg", in.real("sample normal polar angle of tilt"));
        putReal(meta, "sample normal tilt azimuth / deg", in.real("sample normal tilt azimuth"));
        putReal(meta, "sample rotation angle / deg", in.real("sample rotation angle"));
        int extra = in.count("number of additional numerical parameters", in.remaining() / 3);
        for (int i = 0; i < extra; i++) {
            String label = in.text("additional numerical parameter label").trim();
            String unit = in.text("additional numerical parameter units").trim();
            meta.put(label + (unit.isEmpty() || unit.equals("d") ? "" : " / " + unit),
                    in.text("additional numerical parameter value").trim());
        }
        in.skip(layout.upgradeBlockEntries(), "future upgrade block entry");
        int values = in.count("number of ordinate values", in.remaining());
        if (values % variables != 0) {
            throw in.error("number of ordinate values", values + " ordinate values are not a multiple of the "
                    + variables + " corresponding variables");
        }
        in.skip(2 * variables, "minimum/maximum ordinate value");
        if (values > in.remaining()) {
            throw in.error("ordinate value", "the block announces " + values + " ordinate values but only "
                    + in.remaining() + " lines remain (truncated block)");
        }
        int n = values / variables;
        double[][] data = new double[variables][n];
        for (int i = 0; i < n; i++) {
            for (int v = 0; v < variables; v++) {
                double y = in.real("ordinate value");
                data[v][i] = y;
            }
        }
        double[] abscissa;
        double[][] ordinates;
        if (layout.regular()) {
            abscissa = new double[n];
            for (int i = 0; i < n; i++) {
                abscissa[i] = start + i * step;
            }
            ordinates = data;
        } else {
            abscissa = data[0];
            abscissaLabel = labels.remove(0);
            abscissaUnit = units.remove(0);
            ordinates = new double[variables - 1][];
            System.arraycopy(data, 1, ordinates, 0, variables - 1);
        }
        return new VamasBlock(blockId, sampleId, technique, species, transition, sourceEnergy, workFunction, passEnergy,
                abscissaLabel, abscissaUnit, abscissa, List.copyOf(labels), List.copyOf(units), ordinates, dwell,
                Math.max(scans, 0), first, meta);
    }

    private static void putReal(Map<String, String> meta, String key, double v) {
        meta.put(key, Double.isNaN(v) ? "not specified" : String.valueOf(v));
    }
}
