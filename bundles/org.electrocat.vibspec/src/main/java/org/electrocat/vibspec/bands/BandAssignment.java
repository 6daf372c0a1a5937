package org.electrocat.vibspec.bands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assigns observed band positions to library bands. A library band matches a position p when p lies
 * within {@code tolerance} of the band's range widened by twice the position's standard error
 * (distance(p) ≤ tolerance + 2·SE), and the band is seen by the spectrum's technique (a Raman band is
 * not offered for an IR spectrum). Matches are listed best first: those whose sign agrees with the
 * observed band (a negative band in a difference spectrum prefers a consumption entry), then by
 * distance. Every candidate is kept, because neighbouring assignments (e.g. *NO2⁻ at 1439–1446 and
 * nitrate consumption at 1438–1440) are for the user to weigh, not for the code to hide.
 */
public final class BandAssignment {

    /**
     * A library band near an observed position.
     *
     * @param band       the library band
     * @param distance   distance of the position to the band's range (cm⁻¹, 0 inside)
     * @param signAgrees whether the observed band's direction matches the band's sign
     */
    public record Match(Band band, double distance, boolean signAgrees) {
    }

    private BandAssignment() {
    }

    /**
     * The matches of one observed band.
     *
     * @param position   observed position (cm⁻¹)
     * @param positionSE its standard error (cm⁻¹), NaN or 0 when unknown
     * @param sign       +1 for a band pointing up, −1 for one pointing down
     * @param technique  {@code raman}, {@code ir} or anything else for both
     * @param tolerance  tolerance (cm⁻¹, ≥ 0)
     */
    public static List<Match> matches(BandLibrary library, double position, double positionSE, int sign,
            String technique, double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance = " + tolerance + " cm-1 must be >= 0");
        }
        double widen = Double.isFinite(positionSE) ? 2 * Math.abs(positionSE) : 0;
        List<Match> out = new ArrayList<>();
        for (Band b : library.bands()) {
            double d = b.distance(position);
            if (d <= tolerance + widen && b.seenBy(technique)) {
                out.add(new Match(b, d, b.sign() == sign));
            }
        }
        out.sort(Comparator.comparing((Match m) -> !m.signAgrees()).thenComparingDouble(Match::distance));
        return out;
    }

    /** One line for tables: {@code *NO2- (N=O stretch, 1439–1446)} or {@code —} when nothing matches. */
    public static String describe(List<Match> matches) {
        if (matches.isEmpty()) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        for (Match m : matches) {
            Band b = m.band();
            parts.add(b.label() + " (" + (b.assignment().isEmpty() ? "" : b.assignment() + ", ") + b.positionText() + ")");
        }
        return String.join("; ", parts);
    }
}
