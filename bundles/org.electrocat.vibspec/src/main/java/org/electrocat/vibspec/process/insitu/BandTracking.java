package org.electrocat.vibspec.process.insitu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.electrocat.math.fit.LinearFit;
import org.electrocat.math.fit.LinearFitResult;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.process.peaks.BandFitter;
import org.electrocat.vibspec.process.peaks.PeakDetection;
import org.electrocat.vibspec.process.peaks.PeakFit;
import org.electrocat.vibspec.process.peaks.PeakShape;

/**
 * Follows bands through an in situ series. Each band is fitted in every spectrum (position, height,
 * area with standard errors against potential) and in every difference spectrum, where a
 * significantly negative area (below −2 SE) marks the band as consumed at that potential and a
 * positive one as grown. The potential dependence of a band's position (the Stark tuning rate,
 * cm⁻¹/V) is the slope of a straight line weighted by 1/SE² of the positions (shared
 * {@link LinearFit}).
 */
public final class BandTracking {

    /**
     * One band at one potential.
     *
     * @param band       index of the tracked band (into the starts)
     * @param potential  electrode potential (V)
     * @param fit        the band in the spectrum, or {@code null} when it could not be fitted
     * @param difference the band in the difference spectrum, or {@code null}
     */
    public record Point(int band, double potential, PeakFit.FittedPeak fit, PeakFit.FittedPeak difference) {

        /** +1 grown, −1 consumed, 0 no significant change (|Δarea| ≤ 2 SE) or unknown. */
        public int change() {
            if (difference == null || !Double.isFinite(difference.areaSE())) {
                return 0;
            }
            double a = difference.area();
            return Math.abs(a) > 2 * difference.areaSE() ? (int) Math.signum(a) : 0;
        }
    }

    /**
     * The tracking of all bands.
     *
     * @param starts   the tracked bands' start positions
     * @param points   band × potential, in spectrum order for each band
     * @param tuning   per band, the fitted d(position)/dE (cm⁻¹ per V) or {@code null} with fewer than three points
     * @param warnings fits that failed
     */
    public record Outcome(List<BandFitter.Start> starts, List<Point> points, List<LinearFitResult> tuning,
            List<String> warnings) {
    }

    private BandTracking() {
    }

    /**
     * Starts for tracking: bands detected (up and down) in every difference spectrum, merged when closer
     * than half the larger width, strongest first kept.
     *
     * @param prominence minimum prominence, 0 for automatic (5 × noise of each difference spectrum)
     */
    public static List<BandFitter.Start> detect(List<Spectrum> differences, int reference, double prominence) {
        List<PeakDetection.Band> all = new ArrayList<>();
        for (int i = 0; i < differences.size(); i++) {
            if (i == reference) {
                continue;
            }
            Spectrum d = differences.get(i);
            all.addAll(PeakDetection.detect(d.x(), d.y(), prominence, 0, 0, false));
            all.addAll(PeakDetection.detect(d.x(), d.y(), prominence, 0, 0, true));
        }
        all.sort(Comparator.comparingDouble(PeakDetection.Band::prominence).reversed());
        List<BandFitter.Start> kept = new ArrayList<>();
        for (PeakDetection.Band b : all) {
            boolean near = false;
            for (BandFitter.Start k : kept) {
                near |= Math.abs(k.position() - b.position()) < Math.max(k.fwhm(), b.fwhm()) / 2;
            }
            if (!near) {
                kept.add(new BandFitter.Start(b.position(), b.fwhm()));
            }
        }
        kept.sort(Comparator.comparingDouble(BandFitter.Start::position));
        return kept;
    }

    /** Fits the starts in every spectrum and every difference spectrum. */
    public static Outcome track(List<Spectrum> spectra, List<Spectrum> differences, int reference,
            List<BandFitter.Start> starts, PeakShape shape, double halfWindow, double maxShift) {
        List<Point> points = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<List<Point>> perBand = new ArrayList<>();
        for (int b = 0; b < starts.size(); b++) {
            perBand.add(new ArrayList<>());
        }
        for (int i = 0; i < spectra.size(); i++) {
            Spectrum s = spectra.get(i);
            BandFitter.Fits raw = BandFitter.fit(s.x(), s.y(), starts, shape, halfWindow, maxShift, false);
            for (String w : raw.warnings()) {
                warnings.add(s.label() + ": " + w);
            }
            BandFitter.Fits diff = null;
            if (i != reference) {
                Spectrum d = differences.get(i);
                diff = BandFitter.fit(d.x(), d.y(), starts, shape, halfWindow, maxShift, true);
                for (String w : diff.warnings()) {
                    warnings.add(d.label() + " (difference): " + w);
                }
            }
            for (int b = 0; b < starts.size(); b++) {
                Point p = new Point(b, s.potential(), raw.byStart().get(b), diff == null ? null : diff.byStart().get(b));
                points.add(p);
                perBand.get(b).add(p);
            }
        }
        points.sort(Comparator.comparingInt(Point::band));
        List<LinearFitResult> tuning = new ArrayList<>();
        for (List<Point> band : perBand) {
            tuning.add(tuningRate(band));
        }
        return new Outcome(List.copyOf(starts), points, tuning, warnings);
    }

    /** Weighted straight line of position against potential; null with fewer than 3 usable points. */
    static LinearFitResult tuningRate(List<Point> band) {
        List<double[]> use = new ArrayList<>();
        for (Point p : band) {
            if (p.fit() != null && Double.isFinite(p.fit().positionSE()) && p.fit().positionSE() > 0) {
                use.add(new double[] {p.potential(), p.fit().position(), p.fit().positionSE()});
            }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] u : use) {
            lo = Math.min(lo, u[0]);
            hi = Math.max(hi, u[0]);
        }
        if (use.size() < 3 || !(hi > lo)) {
            return null;
        }
        double[] e = new double[use.size()];
        double[] pos = new double[use.size()];
        double[] w = new double[use.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = use.get(i)[0];
            pos[i] = use.get(i)[1];
            w[i] = 1 / (use.get(i)[2] * use.get(i)[2]);
        }
        return LinearFit.fitWeighted(e, pos, w);
    }
}
