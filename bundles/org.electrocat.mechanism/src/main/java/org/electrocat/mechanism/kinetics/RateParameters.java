package org.electrocat.mechanism.kinetics;

import java.util.List;

/**
 * The rate parameters of the nitrate-reduction cascade, in the order the fitter sees them. Rate
 * constants are carried as decadic logarithms (a fit over decades stays well scaled, and a standard
 * error in log10 k is a relative error of ln10·SE in k); transfer coefficients as they are.
 *
 * <ol>
 *   <li>{@code log10 kNitrate}: NO3⁻ → NO2⁻ (2 e⁻), k in cm s⁻¹ at E_ref (Tafel) or at E⁰′ (Butler–Volmer)</li>
 *   <li>{@code alphaNitrate}: its cathodic transfer coefficient</li>
 *   <li>{@code log10 kNitrite}: NO2⁻ → NH2OH (4 e⁻), cm s⁻¹</li>
 *   <li>{@code alphaNitrite}</li>
 *   <li>{@code log10 kHydroxylamine}: NH2OH → NH3 (2 e⁻), cm s⁻¹</li>
 *   <li>{@code alphaHydroxylamine}</li>
 *   <li>{@code log10 jHer}: hydrogen evolution (2 e⁻), partial current density in mA cm⁻²</li>
 *   <li>{@code alphaHer}</li>
 *   <li>{@code log10 kOxime}: NH2OH + cyclohexanone → oxime in solution, L mol⁻¹ s⁻¹ (potential independent)</li>
 * </ol>
 *
 * @param values the nine parameters in the order above
 */
public record RateParameters(double[] values) {

    /** Parameter names (as in the analysis parameters). */
    public static final List<String> NAMES = List.of("kNitrate", "alphaNitrate", "kNitrite", "alphaNitrite",
            "kHydroxylamine", "alphaHydroxylamine", "jHer", "alphaHer", "kOxime");
    /** Units of the rate constants themselves (the logarithm's argument) and of the α's. */
    public static final List<String> UNITS = List.of("cm/s", "1", "cm/s", "1", "cm/s", "1", "mA/cm2", "1", "L/(mol*s)");
    /** Number of parameters. */
    public static final int COUNT = 9;

    public RateParameters {
        if (values.length != COUNT) {
            throw new IllegalArgumentException("rate parameters need " + COUNT + " values, got " + values.length);
        }
        values = values.clone();
        for (int i = 0; i < COUNT; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("rate parameter " + NAMES.get(i) + " is not finite: " + values[i]);
            }
            if (isAlpha(i) && !(values[i] > 0 && values[i] < 1)) {
                throw new IllegalArgumentException("transfer coefficient " + NAMES.get(i) + " = " + values[i]
                        + " must lie in (0, 1)");
            }
        }
    }

    /** From the rate constants themselves (not logarithms) and the α's. */
    public static RateParameters of(double kNitrate, double alphaNitrate, double kNitrite, double alphaNitrite,
            double kHydroxylamine, double alphaHydroxylamine, double jHer, double alphaHer, double kOxime) {
        return new RateParameters(new double[] {Math.log10(kNitrate), alphaNitrate, Math.log10(kNitrite), alphaNitrite,
                Math.log10(kHydroxylamine), alphaHydroxylamine, Math.log10(jHer), alphaHer, Math.log10(kOxime)});
    }

    /** True for the transfer coefficients (odd indices below 8). */
    public static boolean isAlpha(int i) {
        return i % 2 == 1 && i < 8;
    }

    /** Parameter i as the rate constant or α itself. */
    public double natural(int i) {
        return isAlpha(i) ? values[i] : Math.pow(10, values[i]);
    }

    /** A copy of the values. */
    @Override
    public double[] values() {
        return values.clone();
    }

    double get(int i) {
        return values[i];
    }
}
