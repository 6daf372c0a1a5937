package org.electrocat.vibspec.model;

import java.util.Locale;
import java.util.Map;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;

/**
 * Reads and writes the electrode potential of a spectrum as metadata text ({@link SpectrumKeys}):
 * the value with its unit, the reference scale by name, and the scale's potential vs SHE so that a
 * calibrated (custom) reference survives a round trip.
 */
public final class Potentials {

    private Potentials() {
    }

    /**
     * A potential in volts from text such as {@code -0.9 V}, {@code -900 mV} or {@code -0.9} (volts).
     *
     * @param where names the field in the message
     * @throws IllegalArgumentException when the text is not a finite potential
     */
    public static double parseVolts(String text, String where) {
        Quantity q;
        try {
            q = Quantity.parse(text, Units.VOLT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": '" + text + "' is not a potential (e.g. -0.9 V)", e);
        }
        if (!q.unit().isCompatible(Units.VOLT)) {
            throw new IllegalArgumentException(where + ": '" + text + "' is not in volts");
        }
        double v = q.in(Units.VOLT);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(where + ": potential '" + text + "' is not finite");
        }
        return v;
    }

    /**
     * The reference scale stored in metadata; {@link PotentialScale#UNKNOWN} when none is recorded (a
     * potential vs an unnamed reference can be shown but not converted).
     */
    public static PotentialScale scaleOf(Map<String, String> metadata) {
        String name = metadata.get(SpectrumKeys.POTENTIAL_SCALE);
        if (name == null || name.isBlank()) {
            return PotentialScale.UNKNOWN;
        }
        try {
            return PotentialScale.parse(name);
        } catch (IllegalArgumentException e) {
            String vs = metadata.get(SpectrumKeys.POTENTIAL_SCALE_VS_SHE);
            if (vs != null) {
                try {
                    return PotentialScale.custom(name, Double.parseDouble(vs));
                } catch (NumberFormatException ignored) {
                    // fall through to the message below
                }
            }
            throw new IllegalArgumentException("metadata " + SpectrumKeys.POTENTIAL_SCALE + " = '" + name
                    + "' is not a reference scale", e);
        }
    }

    /** Writes the potential and its scale into a dataset's metadata. */
    public static void write(Dataset.Builder b, double volts, PotentialScale scale) {
        b.meta(SpectrumKeys.POTENTIAL, format(volts) + " V");
        b.meta(SpectrumKeys.POTENTIAL_SCALE, scale.name());
        if (scale.isConvertible()) {
            b.meta(SpectrumKeys.POTENTIAL_SCALE_VS_SHE, format(scale.offsetVsShe()));
        }
    }

    /** Shortest round-tripping text of a double, without exponent for ordinary potentials. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return Double.toString(v);
    }
}
