package org.electrocat.core.potential;

/**
 * Converts electrode potentials between reference scales, through the SHE:
 * {@code E(SHE) = E(ref) + E0(ref)} and {@code E(RHE) = E(SHE) + (ln 10 · R T / F) · pH}.
 * For Ag/AgCl (sat. KCl) this gives the familiar {@code E(RHE) = E(Ag/AgCl) + 0.197 V + 0.0592 V · pH}
 * at 25 °C. Reference potentials are their 25 °C values; the Nernst slope uses the given temperature.
 *
 * @param pH          electrolyte pH (needed only when RHE is involved)
 * @param temperature electrolyte temperature in kelvin
 */
public record PotentialConverter(double pH, double temperature) {

    /** Molar gas constant, J mol⁻¹ K⁻¹ (CODATA 2018, exact). */
    public static final double R = 8.314462618;
    /** Faraday constant, C mol⁻¹ (CODATA 2018, exact). */
    public static final double F = 96485.33212;
    /** 25 °C in kelvin. */
    public static final double T25 = 298.15;

    public PotentialConverter {
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a positive number of kelvin, was " + temperature);
        }
    }

    /** Converter at 25 °C for the given pH ({@code NaN} when no RHE conversion is needed). */
    public static PotentialConverter at(double pH) {
        return new PotentialConverter(pH, T25);
    }

    /** The Nernst slope ln(10)·R·T/F in volts per pH unit (0.05916 V at 25 °C). */
    public double nernstSlope() {
        return Math.log(10) * R * temperature / F;
    }

    /** The additive shift (V) that takes a potential on {@code from} to {@code to}. */
    public double shift(PotentialScale from, PotentialScale to) {
        if (from.equals(to)) {
            return 0;
        }
        if (!from.isConvertible() || !to.isConvertible()) {
            throw new IllegalArgumentException("cannot convert potentials " + from + " to " + to
                    + ": the reference is unspecified; give the reference electrode in the study or file");
        }
        return toShe(from) - toShe(to);
    }

    /** Converts one potential. */
    public double convert(double potential, PotentialScale from, PotentialScale to) {
        return potential + shift(from, to);
    }

    /** Converts an array of potentials into a new array. */
    public double[] convert(double[] potentials, PotentialScale from, PotentialScale to) {
        double s = shift(from, to);
        double[] out = new double[potentials.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = potentials[i] + s;
        }
        return out;
    }

    /** The shift that takes a potential on {@code scale} to SHE. */
    private double toShe(PotentialScale scale) {
        if (scale.isPhDependent()) {
            if (!Double.isFinite(pH)) {
                throw new IllegalArgumentException("converting to or from RHE needs the electrolyte pH");
            }
            return -nernstSlope() * pH;
        }
        return scale.offsetVsShe();
    }
}
