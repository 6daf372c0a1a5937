package org.electrocat.echem.analysis;

import java.util.List;
import java.util.Locale;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.core.potential.PotentialConverter;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;

/**
 * The potential axis an analysis works on: the measured potential converted to a target reference
 * scale ({@link PotentialConverter}: E(RHE) = E(ref) + E0(ref) + (ln10·RT/F)·pH) and optionally
 * iR-corrected, E_corr = E − I·Ru (Ru the uncompensated resistance; I signed, so a cathodic
 * current makes the corrected potential less negative). Both steps are recorded in the note.
 *
 * @param values potentials in V on {@link #scale}
 * @param scale  the scale of {@link #values}
 * @param note   what was done, for the report
 */
record PotentialAxis(double[] values, PotentialScale scale, String note) {

    static final ParameterSpec TARGET = ParameterSpec.referenceScale("targetScale", "Target reference scale",
            "unknown", "Scale to report potentials on, e.g. 'RHE', 'Ag/AgCl (sat. KCl)', 'SHE'; 'unknown'"
                    + " (default) keeps the file's scale. RHE needs the pH.");
    static final ParameterSpec PH = ParameterSpec.text("pH", "Electrolyte pH", "study",
            "pH for RHE conversion; 'study' (default) takes the study condition 'pH'.");
    static final ParameterSpec TEMPERATURE = ParameterSpec.text("temperature", "Temperature", "study",
            "Electrolyte temperature for the Nernst slope ('298.15 K', '25 C'); 'study' takes the study condition"
                    + " 'temperature', else 298.15 K.");
    static final ParameterSpec RU = ParameterSpec.number("ru", "Uncompensated resistance Ru", "Ohm", 0.0,
            "iR correction E - I·Ru with the measured (signed) current; 0 (default) = no correction.").range(0, 1e9);

    /** The four parameters, for analyses that offer conversion and iR correction. */
    static List<ParameterSpec> specs() {
        return List.of(TARGET, PH, TEMPERATURE, RU);
    }

    /**
     * @param e        potentials in V
     * @param from     their scale
     * @param currentA the current in A (same length), for the iR correction
     */
    static PotentialAxis prepare(double[] e, PotentialScale from, double[] currentA, AnalysisContext context) {
        Parameters p = context.parameters();
        PotentialScale target = p.scale("targetScale");
        StringBuilder note = new StringBuilder();
        double[] out = e.clone();
        PotentialScale scale = from;
        if (target.isConvertible() && !target.equals(from)) {
            double pH = pH(context);
            double t = temperature(context);
            if (!from.isConvertible()) {
                throw new IllegalArgumentException("cannot convert to " + target.name() + ": the data are vs an"
                        + " unspecified reference; set the reader option 'reference'");
            }
            if ((target.isPhDependent() || from.isPhDependent()) && Double.isNaN(pH)) {
                throw new IllegalArgumentException("converting to " + target.name() + " needs the pH: set parameter"
                        + " 'pH' or the study condition 'pH'");
            }
            PotentialConverter conv = new PotentialConverter(pH, t);
            double shift = conv.shift(from, target);
            for (int i = 0; i < out.length; i++) {
                out[i] += shift;
            }
            scale = target;
            note.append(String.format(Locale.ROOT, "converted %s -> %s (shift %+.4f V%s)", from.name(), target.name(),
                    shift, Double.isNaN(pH) ? "" : String.format(Locale.ROOT, ", pH %.2f, %.2f K", pH, t)));
        }
        double ru = p.number("ru");
        if (ru > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] -= currentA[i] * ru;
            }
            note.append(note.length() > 0 ? "; " : "").append(String.format(Locale.ROOT, "iR-corrected with Ru = %g Ohm",
                    ru));
        }
        return new PotentialAxis(out, scale, note.toString());
    }

    /** The pH from the parameter or the study condition; NaN when neither gives one. */
    static double pH(AnalysisContext context) {
        String t = context.parameters().text("pH").trim();
        if (t.equalsIgnoreCase("study")) {
            t = context.condition("pH").orElse("").trim();
        }
        if (t.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("pH '" + t + "' is not a number");
        }
    }

    /** Temperature in K from the parameter or study condition ('25 C', '298 K', '25 °C'); 298.15 K otherwise. */
    static double temperature(AnalysisContext context) {
        String t = context.parameters().text("temperature").trim();
        if (t.equalsIgnoreCase("study")) {
            t = context.condition("temperature").orElse("").trim();
        }
        if (t.isEmpty()) {
            return PotentialConverter.T25;
        }
        String c = t.replace("°", "").trim();
        if (c.endsWith(" C") || c.endsWith("C") && !c.endsWith("K")) {
            return Double.parseDouble(c.substring(0, c.length() - 1).trim()) + 273.15;
        }
        return Quantity.parse(t, Units.KELVIN).in(Units.KELVIN);
    }
}
