package org.electrocat.ms.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.ms.chem.Abbreviations;
import org.electrocat.ms.chem.Formula;
import org.electrocat.ms.chem.FormulaParser;
import org.electrocat.ms.chem.IsotopeTable;

/**
 * Parameters the MS analyses share, named as in IsoSpec/enviPat where they have an equivalent
 * ({@code coverage} = IsoSpec {@code prob_to_cover}, {@code threshold} = {@code IsoThreshold}'s
 * relative threshold), and the parsing of formula lists.
 */
final class MsParameters {

    static final double DEFAULT_RESOLVING_POWER = 20000;

    private MsParameters() {
    }

    /** A named candidate formula. */
    record Candidate(String name, String text, Formula formula) {
    }

    static ParameterSpec abbreviations() {
        return ParameterSpec.text("abbreviations", "Abbreviations", "",
                "Extra group abbreviations as Name=Formula; Name2=Formula2 (defaults include SR=C8H9S, TBC[4]=C44H52O4,"
                        + " DCM=CH2Cl2, iPrO=C3H7O, MeCN, OAc, Ph, PPh3 ...)");
    }

    static ParameterSpec resolvingPower() {
        return ParameterSpec.number("resolvingPower", "Resolving power", "1", DEFAULT_RESOLVING_POWER,
                "R = (m/z)/FWHM of the instrument at the ion's m/z; sets the Gaussian profile and which peaks merge")
                .range(10, 1e8);
    }

    static ParameterSpec coverage() {
        return ParameterSpec.number("coverage", "Coverage", "1", 0.999,
                "Total probability the fine structure must cover (IsoSpec prob_to_cover), 0.5 to 0.999999")
                .range(0.5, 0.999999);
    }

    static ParameterSpec charge() {
        return ParameterSpec.integer("charge", "Charge", 0,
                "Charge of the ion when the formula does not state it (e.g. 1 for C8H11N4O2); 0 keeps the formula's")
                .range(-100, 100);
    }

    static FormulaParser parser(Parameters p) {
        return new FormulaParser(IsotopeTable.standard(),
                Abbreviations.defaults().withDefinitions(p.text("abbreviations")));
    }

    /** The formula with the charge parameter applied (when non-zero). */
    static Formula withCharge(Formula f, int charge) {
        return charge == 0 ? f : f.withCharge(charge);
    }

    /**
     * Candidates from {@code "name: formula; formula2"} (separators {@code ;} or new lines; a name is
     * optional and ends at the first {@code ': '}).
     */
    static List<Candidate> candidates(String spec, FormulaParser parser, int charge) {
        List<Candidate> out = new ArrayList<>();
        for (String item : spec.split("[;\\n]")) {
            String t = item.trim();
            if (t.isEmpty()) {
                continue;
            }
            int colon = t.indexOf(": ");
            String name = colon > 0 ? t.substring(0, colon).trim() : t;
            String text = colon > 0 ? t.substring(colon + 2).trim() : t;
            Formula f = withCharge(parser.parse(text), charge);
            out.add(new Candidate(name, text, f));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no candidate formula given");
        }
        return out;
    }

    /** Numbers separated by commas or semicolons; an empty text gives an empty array. */
    static double[] numbers(String name, String text) {
        String t = text.replace("m/z", "").trim();
        if (t.isEmpty()) {
            return new double[0];
        }
        String[] parts = t.split("[,;\\s]+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter '" + name + "': '" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(v[i]) || v[i] <= 0) {
                throw new IllegalArgumentException("parameter '" + name + "': " + parts[i] + " must be a positive m/z");
            }
        }
        return v;
    }
}
