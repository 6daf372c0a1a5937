package org.electrocat.ms.pattern;

import java.util.List;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.ms.chem.Formula;

/**
 * Everything a formula predicts for an ion at a given resolving power: the fine structure, its
 * profile, the centroided peaks, and the m/z under each {@link MassConvention}, plus the most
 * probable single isotopologue.
 *
 * @param formula                  the ion
 * @param resolvingPower           R = (m/z)/FWHM used for the profile
 * @param fineStructure            isotopologues covering {@code coverage}
 * @param profile                  Gaussian profile at R
 * @param peaks                    centroids of the profile (≥ 0.1 % of the highest)
 * @param monoisotopicMz           most abundant isotope of every element
 * @param mostAbundantMz           centroid of the most intense profile peak
 * @param averageMz                abundance-weighted mean (from the average atomic masses, exact)
 * @param mostProbableIsotopologue m/z of the single most probable isotopologue
 */
public record TheoreticalIon(Formula formula, double resolvingPower, IsotopePattern fineStructure,
        ProfileSpectrum profile, List<Centroider.Peak> peaks, double monoisotopicMz, double mostAbundantMz,
        double averageMz, double mostProbableIsotopologue) {

    /**
     * Computes the prediction.
     *
     * @param coverage probability covered by the fine structure, e.g. 0.999
     * @throws IllegalArgumentException for a neutral formula (no m/z) or bad parameters
     */
    public static TheoreticalIon of(Formula formula, double resolvingPower, double coverage, ProgressMonitor monitor) {
        if (formula.charge() == 0) {
            throw new IllegalArgumentException("formula " + formula.hill() + " has no charge: give the ion (e.g. "
                    + "'[M+H]+' as " + formula.hill() + "+H+) or set the charge");
        }
        IsotopePattern fine = FineStructure.coverage(formula, coverage, FineStructure.DEFAULT_MAX_PEAKS, monitor);
        return of(fine, resolvingPower);
    }

    /** The prediction from an already computed fine structure (e.g. from a threshold). */
    public static TheoreticalIon of(IsotopePattern fine, double resolvingPower) {
        Formula formula = fine.formula();
        if (formula.charge() == 0) {
            throw new IllegalArgumentException("formula " + formula.hill() + " has no charge");
        }
        ProfileSpectrum profile = Profile.atResolvingPower(fine, resolvingPower, 10);
        List<Centroider.Peak> peaks = Centroider.centroid(profile.mz(), profile.intensity(), 1e-3);
        Centroider.Peak top = peaks.get(0);
        for (Centroider.Peak p : peaks) {
            if (p.height() > top.height()) {
                top = p;
            }
        }
        return new TheoreticalIon(formula, resolvingPower, fine, profile, List.copyOf(peaks), formula.monoisotopicMz(),
                top.mz(), formula.averageMz(), fine.mz(fine.mostProbable()));
    }

    /** The m/z under a convention. */
    public double mz(MassConvention convention) {
        return switch (convention) {
            case MONOISOTOPIC -> monoisotopicMz;
            case MOST_ABUNDANT -> mostAbundantMz;
            case AVERAGE -> averageMz;
        };
    }

    /** Height of the profile peak nearest {@code mz}, relative to the most intense peak (0 when none within 0.5/|z|). */
    public double relativeHeightNear(double mz) {
        double max = 0;
        Centroider.Peak best = null;
        for (Centroider.Peak p : peaks) {
            max = Math.max(max, p.height());
            if (best == null || Math.abs(p.mz() - mz) < Math.abs(best.mz() - mz)) {
                best = p;
            }
        }
        if (best == null || Math.abs(best.mz() - mz) > 0.5 / Math.abs(formula.charge())) {
            return 0;
        }
        return best.height() / max;
    }
}
