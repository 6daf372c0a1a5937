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
 * area with standard errors against potential) and in every difference spectrum. Whether a band was
 * consumed or grew at a potential is judged from its area in the spectrum against its area in the
 * reference spectrum, ΔA = A(E) − A(E_ref) with SE = √(SE² + SE_ref²): below −2 SE it was consumed,
 * above +2 SE it grew. The fit of the spectrum separates a change of intensity from a shift of
 * position, which the difference spectrum alone cannot (a shifting band leaves a derivative-shaped
 * difference of zero net area); the difference fit is used only when the spectrum fit failed. In situ
 * spectra are often themselves relative (ATR-SEIRAS absorbance against a reference spectrum), so a
 * consumed species is a band pointing down in the spectra: in such series ({@link #directions}) the
 * band areas are free in sign, elsewhere bounded at zero. The
 * potential dependence of a band's position (the Stark tuning rate,
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
     * @param difference the band in the difference spectrum, or {@code null} (the reference itself)
     * @param reference  the band in the reference spectrum, or {@code null}
     */
    public record Point(int band, double potential, PeakFit.FittedPeak fit, PeakFit.FittedPeak difference,
            PeakFit.FittedPeak reference) {

        /** Area change against the reference spectrum with its SE: {ΔA, SE}, NaN when unknown. */
        public double[] areaChange() {
            if (difference == null) {
                return new double[] {0, 0};
            }
            if (fit != null && reference != null) {
                return new double[] {fit.area() - reference.area(), Math.hypot(fit.areaSE(), reference.areaSE())};
            }
            return new double[] {difference.area(), difference.areaSE()};
        }

        /** +1 grown, −1 consumed, 0 no significant change (|ΔA| ≤ 2 SE), the reference, or unknown. */
        public int change() {
            double[] d = areaChange();
            if (!Double.isFinite(d[0]) || !Double.isFinite(d[1]) || difference == null) {
                return 0;
            }
            return Math.abs(d[0]) > 2 * d[1] ? (int) Math.signum(d[0]) : 0;
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
     * Starts for tracking: bands detected (up and down, at least 3 points wide) in the difference
     * spectra, merged when closer than half the larger width (strongest kept), and kept only when seen
     * in at least two difference spectra (or the only one): a real change persists over potential,
     * a noise excursion does not.
     *
     * @param prominence minimum prominence, 0 for automatic (5 × noise of each difference spectrum)
     */
    public static List<BandFitter.Start> detect(List<Spectrum> differences, int reference, double prominence) {
        List<PeakDetection.Band> all = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < differences.size(); i++) {
            if (i == reference) {
                continue;
            }
            used++;
            Spectrum d = differences.get(i);
            double width = 3 * Math.abs(d.x()[d.size() - 1] - d.x()[0]) / (d.size() - 1);
            for (boolean down : new boolean[] {false, true}) {
                for (PeakDetection.Band b : PeakDetection.detect(d.x(), d.y(), prominence, width, 0, down)) {
                    all.add(b);
                    from.add(i);
                }
            }
        }
        Integer[] order = new Integer[all.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer k) -> all.get(k).prominence()).reversed());
        List<BandFitter.Start> kept = new ArrayList<>();
        List<java.util.Set<Integer>> seen = new ArrayList<>();
        for (Integer k : order) {
            PeakDetection.Band b = all.get(k);
            int near = -1;
            for (int j = 0; j < kept.size() && near < 0; j++) {
                if (Math.abs(kept.get(j).position() - b.position()) < Math.max(kept.get(j).fwhm(), b.fwhm()) / 2) {
                    near = j;
                }
            }
            if (near < 0) {
                kept.add(new BandFitter.Start(b.position(), b.fwhm()));
                seen.add(new java.util.HashSet<>(List.of(from.get(k))));
            } else {
                seen.get(near).add(from.get(k));
            }
        }
        int need = Math.min(2, used);
        for (int j = kept.size() - 1; j >= 0; j--) {
            if (seen.get(j).size() < need) {
                kept.remove(j);
            }
        }
        kept.sort(Comparator.comparingDouble(BandFitter.Start::position));
        return kept;
    }

    /**
     * The direction each band may take in the spectra. Absolute spectra (Raman counts, absorbance of a
     * film: a baseline well above zero compared with the bands) hold only bands pointing up, so their
     * areas are bounded at zero. Relative spectra (ATR-SEIRAS absorbance against a reference spectrum:
     * a baseline near zero, bands of both signs) hold consumed species as bands pointing down, so
     * every band's sign is left to the fit. A series counts as relative when in most of its spectra
     * the median lies within a tenth of the spectrum's range of zero. (Judging each band from its
     * own excursion fails where a strong neighbour raises one edge of its window.)
     */
    public static List<BandFitter.Start> directions(List<Spectrum> spectra, List<BandFitter.Start> starts) {
        int sign = isRelative(spectra) ? 0 : 1;
        List<BandFitter.Start> out = new ArrayList<>();
        for (BandFitter.Start st : starts) {
            out.add(st.withSign(sign));
        }
        return out;
    }

    /** True when most spectra have their median within a tenth of their range of zero. */
    static boolean isRelative(List<Spectrum> spectra) {
        int relative = 0;
        for (Spectrum s : spectra) {
            double[] y = java.util.Arrays.stream(s.y()).filter(Double::isFinite).sorted().toArray();
            if (y.length > 0 && Math.abs(y[y.length / 2]) < 0.1 * (y[y.length - 1] - y[0])) {
                relative++;
            }
        }
        return 2 * relative > spectra.size();
    }

    /**
     * Fits the starts in every spectrum and every difference spectrum, each band's area bounded to its
     * {@link #directions direction} in the spectra and free in sign in the differences.
     */
    public static Outcome track(List<Spectrum> spectra, List<Spectrum> differences, int reference,
            List<BandFitter.Start> given, PeakShape shape, double halfWindow, double maxShift) {
        List<BandFitter.Start> starts = directions(spectra, given);
        List<Point> points = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<List<Point>> perBand = new ArrayList<>();
        for (int b = 0; b < starts.size(); b++) {
            perBand.add(new ArrayList<>());
        }
        List<BandFitter.Fits> raws = new ArrayList<>();
        for (Spectrum s : spectra) {
            raws.add(BandFitter.fit(s.x(), s.y(), starts, shape, halfWindow, maxShift, false));
        }
        for (int i = 0; i < spectra.size(); i++) {
            Spectrum s = spectra.get(i);
            BandFitter.Fits raw = raws.get(i);
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
                Point p = new Point(b, s.potential(), raw.byStart().get(b), diff == null ? null : diff.byStart().get(b),
                        raws.get(reference).byStart().get(b));
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
