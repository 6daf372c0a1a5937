package org.electrocat.ms.match;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.ms.pattern.Centroider;
import org.electrocat.ms.pattern.MassConvention;
import org.electrocat.ms.pattern.TheoreticalIon;

/**
 * A candidate formula matched against the measured peaks of a spectrum region.
 *
 * @param ion               the prediction (fine structure and profile at the given resolving power)
 * @param convention        which m/z is compared (stated in every report)
 * @param theoreticalMz     predicted m/z under the convention
 * @param measuredMz        measured m/z under the same convention (NaN when not found)
 * @param errorDa           measured − theoretical / (m/z units)
 * @param errorPpm          the same in ppm of the theoretical value
 * @param score             isotope-pattern similarity, 0..1: cosine of the intensity vectors of the
 *                          theoretical peaks (≥ 1 %) and the measured peaks matched to them within the
 *                          tolerance, unmatched measured peaks of the window counting against it
 * @param matchedPeaks      theoretical peaks (≥ 1 %) with a measured partner
 * @param expectedPeaks     theoretical peaks (≥ 1 %)
 * @param chargeFromSpacing charge read from the measured isotope spacing (0 when not determinable)
 * @param windowLow         lower end of the compared m/z window
 * @param windowHigh        upper end of the compared m/z window
 */
public record Assignment(TheoreticalIon ion, MassConvention convention, double theoreticalMz, double measuredMz,
        double errorDa, double errorPpm, double score, int matchedPeaks, int expectedPeaks, int chargeFromSpacing,
        double windowLow, double windowHigh) {

    /** Relative height below which theoretical peaks are not expected to be seen. */
    public static final double MIN_RELATIVE = 0.01;

    /**
     * Matches the prediction against measured peaks.
     *
     * @param measured     centroided measured peaks (any range; the window is taken from the prediction)
     * @param tolerancePpm largest m/z difference for a measured peak to match a theoretical one / ppm
     */
    public static Assignment match(List<Centroider.Peak> measured, TheoreticalIon ion, MassConvention convention,
            double tolerancePpm) {
        if (!(tolerancePpm > 0)) {
            throw new IllegalArgumentException("tolerance must be positive, was " + tolerancePpm + " ppm");
        }
        List<Centroider.Peak> theo = new ArrayList<>();
        double theoMax = 0;
        for (Centroider.Peak p : ion.peaks()) {
            theoMax = Math.max(theoMax, p.height());
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Centroider.Peak p : ion.peaks()) {
            if (p.height() >= MIN_RELATIVE * theoMax) {
                theo.add(p);
                lo = Math.min(lo, p.mz());
                hi = Math.max(hi, p.mz());
            }
        }
        double pad = 0.6 / Math.abs(ion.formula().charge());
        lo -= pad;
        hi += pad;
        List<Centroider.Peak> window = new ArrayList<>();
        double measMax = 0;
        for (Centroider.Peak p : measured) {
            if (p.mz() >= lo && p.mz() <= hi) {
                window.add(p);
                measMax = Math.max(measMax, p.height());
            }
        }
        boolean[] used = new boolean[window.size()];
        double dot = 0;
        double aa = 0;
        int matched = 0;
        for (Centroider.Peak t : theo) {
            double a = t.height() / theoMax;
            aa += a * a;
            int best = nearest(window, t.mz(), tolerancePpm * 1e-6 * t.mz());
            if (best >= 0) {
                used[best] = true;
                matched++;
                dot += a * window.get(best).height() / measMax;
            }
        }
        double bb = 0;
        for (int i = 0; i < window.size(); i++) {
            double b = window.get(i).height() / measMax;
            if (used[i] || b >= MIN_RELATIVE) {
                bb += b * b;
            }
        }
        double score = aa > 0 && bb > 0 ? dot / Math.sqrt(aa * bb) : 0;
        double theoMz = ion.mz(convention);
        double measMz = measured(window, convention, theoMz, tolerancePpm);
        double err = measMz - theoMz;
        int z = ChargeFromSpacing.estimate(window, lo, hi, 0.1);
        return new Assignment(ion, convention, theoMz, measMz, err, err / theoMz * 1e6, score, matched, theo.size(), z,
                lo, hi);
    }

    /** True when the charge read from the spacing agrees with the formula's (or could not be read). */
    public boolean chargeConsistent() {
        return chargeFromSpacing == 0 || chargeFromSpacing == Math.abs(ion.formula().charge());
    }

    private static double measured(List<Centroider.Peak> window, MassConvention c, double theoMz, double tolPpm) {
        if (window.isEmpty()) {
            return Double.NaN;
        }
        switch (c) {
            case MOST_ABUNDANT -> {
                Centroider.Peak top = window.get(0);
                for (Centroider.Peak p : window) {
                    if (p.height() > top.height()) {
                        top = p;
                    }
                }
                return top.mz();
            }
            case MONOISOTOPIC -> {
                int i = nearest(window, theoMz, tolPpm * 1e-6 * theoMz);
                return i < 0 ? Double.NaN : window.get(i).mz();
            }
            default -> {
                double s = 0;
                double sw = 0;
                for (Centroider.Peak p : window) {
                    s += p.height() * p.mz();
                    sw += p.height();
                }
                return s / sw;
            }
        }
    }

    private static int nearest(List<Centroider.Peak> peaks, double mz, double tol) {
        int best = -1;
        for (int i = 0; i < peaks.size(); i++) {
            double d = Math.abs(peaks.get(i).mz() - mz);
            if (d <= tol && (best < 0 || d < Math.abs(peaks.get(best).mz() - mz))) {
                best = i;
            }
        }
        return best;
    }
}
