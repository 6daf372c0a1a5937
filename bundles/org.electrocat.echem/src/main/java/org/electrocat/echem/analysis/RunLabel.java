package org.electrocat.echem.analysis;

import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;

/**
 * Where an electrolysis run sits in an FE map: catalyst label and applied potential with its scale,
 * read from the {@code catalyst} and {@code potential} parameters of an {@code echem.fe} result.
 *
 * @param catalyst  catalyst label
 * @param potential potential in V
 * @param scale     its reference scale ({@link PotentialScale#UNKNOWN} when the text names none)
 */
record RunLabel(String catalyst, double potential, PotentialScale scale) {

    /**
     * Parses {@code "-1.6 V vs Ag/AgCl (sat. KCl)"} or {@code "-1.6 V"}.
     *
     * @return {potential in V} and the scale via {@link #scaleOf}
     * @throws IllegalArgumentException naming the text
     */
    static double potential(String text) {
        String t = text.trim();
        int vs = t.indexOf(" vs");
        String number = vs < 0 ? t : t.substring(0, vs);
        try {
            return QuantityText.parse(number, Units.VOLT).in(Units.VOLT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("potential '" + text + "' is not like '-1.6 V vs Ag/AgCl (sat. KCl)': "
                    + e.getMessage(), e);
        }
    }

    /** The scale named after "vs", or UNKNOWN. */
    static PotentialScale scaleOf(String text) {
        String t = text.trim();
        int vs = t.indexOf(" vs");
        if (vs < 0) {
            return PotentialScale.UNKNOWN;
        }
        String name = t.substring(vs + 3).trim();
        if (name.startsWith(".")) {
            name = name.substring(1).trim();
        }
        return PotentialScale.parse(name);
    }
}
