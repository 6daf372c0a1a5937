package org.electrocat.vibspec.bands;

import java.util.Locale;

/**
 * One entry of a band library: a vibration of a species observed at a position or over a range of
 * positions (cm⁻¹), by Raman, IR or both.
 *
 * @param label      species or bond, e.g. {@code *NO2-}, {@code Ti-S}
 * @param assignment the vibration, e.g. {@code N=O stretch}
 * @param technique  {@code raman}, {@code ir} or {@code both}
 * @param low        lowest reported position (cm⁻¹)
 * @param high       highest reported position (cm⁻¹), ≥ low
 * @param sign       +1 for an ordinary band, −1 for one seen negative in difference spectra
 * @param sample     where it was observed (catalyst, in situ)
 * @param reference  literature source
 */
public record Band(String label, String assignment, String technique, double low, double high, int sign,
        String sample, String reference) {

    public Band {
        if (!(low <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("band '" + label + "': range [" + low + ", " + high + "] is invalid");
        }
        technique = technique == null || technique.isBlank() ? "both" : technique.strip().toLowerCase(Locale.ROOT);
        if (!technique.equals("raman") && !technique.equals("ir") && !technique.equals("both")) {
            throw new IllegalArgumentException("band '" + label + "': technique '" + technique
                    + "' must be raman, ir or both");
        }
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("band '" + label + "': sign must be + or -");
        }
    }

    /** Middle of the range (the position for a single-position band). */
    public double center() {
        return (low + high) / 2;
    }

    /** Distance of a position to the band's range, 0 inside it (cm⁻¹). */
    public double distance(double position) {
        return position < low ? low - position : position > high ? position - high : 0;
    }

    /** True when the band is seen by the given technique ({@code raman}, {@code ir}; anything else: all). */
    public boolean seenBy(String spectrumTechnique) {
        return technique.equals("both") || !("raman".equals(spectrumTechnique) || "ir".equals(spectrumTechnique))
                || technique.equals(spectrumTechnique);
    }

    /** The position as written: {@code 715} or {@code 1004–1010}. */
    public String positionText() {
        return low == high ? fmt(low) : fmt(low) + "–" + fmt(high);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
