package org.electrocat.ms.pattern;

/**
 * Which single m/z stands for an isotope envelope when a measured ion is compared with a formula.
 * Papers rarely say; for heavy metal clusters the choices differ by several Da.
 */
public enum MassConvention {
    /** Every element as its most abundant isotope (IUPAC monoisotopic mass). For Pd, Ag, Ti this is
     * not the lightest peak, and the peak may be weak in a large cluster. */
    MONOISOTOPIC("monoisotopic"),
    /** Centroid of the most intense peak of the envelope at the instrument's resolving power. */
    MOST_ABUNDANT("most abundant peak"),
    /** Abundance-weighted mean m/z of the whole envelope (average mass; what an unresolved envelope shows). */
    AVERAGE("average (envelope centroid)");

    private final String label;

    MassConvention(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses {@code monoisotopic}, {@code most-abundant}, {@code average} (also the labels). */
    public static MassConvention parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (t.startsWith("mono")) {
            return MONOISOTOPIC;
        }
        if (t.startsWith("most")) {
            return MOST_ABUNDANT;
        }
        if (t.startsWith("av") || t.startsWith("centroid")) {
            return AVERAGE;
        }
        throw new IllegalArgumentException("mass convention '" + text + "' is not monoisotopic, most-abundant or"
                + " average");
    }
}
