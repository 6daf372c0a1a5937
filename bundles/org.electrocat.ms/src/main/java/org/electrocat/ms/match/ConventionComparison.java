package org.electrocat.ms.match;

import java.util.EnumMap;
import java.util.Map;
import org.electrocat.ms.pattern.Centroider;
import org.electrocat.ms.pattern.MassConvention;
import org.electrocat.ms.pattern.TheoreticalIon;

/**
 * A reported m/z (from a paper or a peak list) against a formula under every mass convention, to
 * find out which convention the number follows: errors against the monoisotopic, most-abundant and
 * average m/z, and against the nearest single peak of the theoretical envelope (authors often quote
 * the peak at the top of a flat envelope, which need not be the most intense one).
 *
 * @param observedMz     the reported value
 * @param ion            the prediction for the candidate formula
 * @param errorsDa       observed − theoretical / (m/z units), per convention
 * @param nearestPeak    the envelope peak (at the prediction's resolving power) closest to the observed value
 * @param nearestRelativeHeight its height relative to the most intense peak
 * @param closest        the convention with the smallest absolute error
 */
public record ConventionComparison(double observedMz, TheoreticalIon ion, Map<MassConvention, Double> errorsDa,
        Centroider.Peak nearestPeak, double nearestRelativeHeight, MassConvention closest) {

    /** Compares {@code observedMz} with the prediction. */
    public static ConventionComparison of(double observedMz, TheoreticalIon ion) {
        if (!Double.isFinite(observedMz) || observedMz <= 0) {
            throw new IllegalArgumentException("observed m/z must be a positive number, was " + observedMz);
        }
        Map<MassConvention, Double> errors = new EnumMap<>(MassConvention.class);
        MassConvention best = null;
        for (MassConvention c : MassConvention.values()) {
            double e = observedMz - ion.mz(c);
            errors.put(c, e);
            if (best == null || Math.abs(e) < Math.abs(errors.get(best))) {
                best = c;
            }
        }
        Centroider.Peak nearest = null;
        double max = 0;
        for (Centroider.Peak p : ion.peaks()) {
            max = Math.max(max, p.height());
            if (nearest == null || Math.abs(p.mz() - observedMz) < Math.abs(nearest.mz() - observedMz)) {
                nearest = p;
            }
        }
        return new ConventionComparison(observedMz, ion, Map.copyOf(errors), nearest,
                nearest == null ? 0 : nearest.height() / max, best);
    }

    /** Error / ppm under a convention. */
    public double errorPpm(MassConvention c) {
        return errorsDa.get(c) / ion.mz(c) * 1e6;
    }

    /** observed − nearest envelope peak / (m/z units). */
    public double nearestPeakErrorDa() {
        return observedMz - nearestPeak.mz();
    }

    /** The same in ppm. */
    public double nearestPeakErrorPpm() {
        return nearestPeakErrorDa() / nearestPeak.mz() * 1e6;
    }
}
