package org.electrocat.math.signal;

import java.util.Arrays;
import org.electrocat.math.Checks;

/**
 * Peak detection with the semantics of scipy.signal.find_peaks, peak_prominences and peak_widths
 * (same conditions, same order of filtering, same plateau, base and width rules), so thresholds
 * tuned in Python carry over unchanged.
 *
 * <p>Method: a peak is a sample, or the middle (rounded down) of a flat run, whose neighbours on
 * both sides are strictly lower; runs touching either end of the signal are not peaks. Filters are
 * applied in scipy's order: plateau size, height, threshold, distance (highest peaks kept first),
 * prominence, width. Prominence is the topographic one (the height of a peak above the higher of
 * the lowest points reached on each side before meeting a higher sample or the window edge; see
 * e.g. A. Kirmse, J. de Ferranti, Prog. Phys. Geogr. 41 (2017) 788); widths are measured at
 * x[peak] − relHeight·prominence between linearly interpolated crossings, bounded by the bases.
 *
 * <p>Differences from scipy: every property is always reported (scipy reports only those of the
 * conditions given), interval bounds are scalars (no per-sample arrays), peaks of equal height
 * competing under {@code distance} are ranked with a stable sort (the right-most wins), and NaN
 * input is rejected instead of silently producing no peaks. Cost: O(n) for the maxima plus the
 * prominence scans, which stop at the first higher sample.
 */
public final class PeakFinder {

    private PeakFinder() {
    }

    /** All local maxima of x, with their properties. */
    public static Peaks findPeaks(double[] x) {
        return findPeaks(x, PeakCriteria.none());
    }

    /**
     * Peaks of x meeting the criteria.
     *
     * @param x signal, finite values
     * @param criteria the conditions (see {@link PeakCriteria})
     */
    public static Peaks findPeaks(double[] x, PeakCriteria criteria) {
        Checks.finite(x, "x");
        if (criteria == null) {
            throw new IllegalArgumentException("criteria must not be null; use PeakCriteria.none()");
        }
        int[][] maxima = localMaxima(x);
        int[] peaks = maxima[0];
        int[] leftEdges = maxima[1];
        int[] rightEdges = maxima[2];
        int np = peaks.length;
        boolean[] keep = new boolean[np];
        Arrays.fill(keep, true);
        for (int k = 0; k < np; k++) {
            int p = peaks[k];
            int plateau = rightEdges[k] - leftEdges[k] + 1;
            double left = x[p] - x[p - 1];
            double right = x[p] - x[p + 1];
            keep[k] = inside(plateau, criteria.plateauMin, criteria.plateauMax)
                    && inside(x[p], criteria.heightMin, criteria.heightMax)
                    && criteria.thresholdMin <= Math.min(left, right) && Math.max(left, right) <= criteria.thresholdMax;
        }
        if (criteria.distance > 1) {
            keep = byDistance(x, peaks, keep, Math.ceil(criteria.distance));
        }
        peaks = select(peaks, keep);
        leftEdges = select(leftEdges, keep);
        rightEdges = select(rightEdges, keep);
        Prominences prom = prominences(x, peaks, criteria.wlen);
        keep = new boolean[peaks.length];
        for (int k = 0; k < peaks.length; k++) {
            keep[k] = inside(prom.prominences()[k], criteria.prominenceMin, criteria.prominenceMax);
        }
        peaks = select(peaks, keep);
        leftEdges = select(leftEdges, keep);
        rightEdges = select(rightEdges, keep);
        prom = new Prominences(select(prom.prominences(), keep), select(prom.leftBases(), keep),
                select(prom.rightBases(), keep));
        Widths w = widths(x, peaks, criteria.relHeight, prom);
        keep = new boolean[peaks.length];
        for (int k = 0; k < peaks.length; k++) {
            keep[k] = inside(w.widths()[k], criteria.widthMin, criteria.widthMax);
        }
        peaks = select(peaks, keep);
        int n = peaks.length;
        double[] heights = new double[n];
        double[] lt = new double[n];
        double[] rt = new double[n];
        for (int k = 0; k < n; k++) {
            heights[k] = x[peaks[k]];
            lt[k] = x[peaks[k]] - x[peaks[k] - 1];
            rt[k] = x[peaks[k]] - x[peaks[k] + 1];
        }
        leftEdges = select(leftEdges, keep);
        rightEdges = select(rightEdges, keep);
        int[] plateaus = new int[n];
        for (int k = 0; k < n; k++) {
            plateaus[k] = rightEdges[k] - leftEdges[k] + 1;
        }
        return new Peaks(peaks, heights, lt, rt, plateaus, leftEdges, rightEdges, select(prom.prominences(), keep),
                select(prom.leftBases(), keep), select(prom.rightBases(), keep), select(w.widths(), keep),
                select(w.widthHeights(), keep), select(w.leftIps(), keep), select(w.rightIps(), keep));
    }

    /** Prominences and their bases, one entry per peak. */
    public record Prominences(double[] prominences, int[] leftBases, int[] rightBases) {
    }

    /** Widths, their evaluation heights and interpolated crossing positions, one entry per peak. */
    public record Widths(double[] widths, double[] widthHeights, double[] leftIps, double[] rightIps) {
    }

    /**
     * Topographic prominence of given peaks (scipy.signal.peak_prominences).
     *
     * @param x signal
     * @param peaks indices of local maxima in x
     * @param wlen window length in samples centred on each peak (≥ 2), or −1 for the whole signal
     */
    public static Prominences prominences(double[] x, int[] peaks, int wlen) {
        Checks.finite(x, "x");
        checkPeaks(x, peaks);
        int n = peaks.length;
        double[] prom = new double[n];
        int[] lb = new int[n];
        int[] rb = new int[n];
        for (int k = 0; k < n; k++) {
            int p = peaks[k];
            int lo = 0;
            int hi = x.length - 1;
            if (wlen >= 2) {
                lo = Math.max(p - wlen / 2, lo);
                hi = Math.min(p + wlen / 2, hi);
            }
            double top = x[p];
            int base = p;
            double leftMin = top;
            for (int i = p; i >= lo && x[i] <= top; i--) {
                if (x[i] < leftMin) {
                    leftMin = x[i];
                    base = i;
                }
            }
            lb[k] = base;
            base = p;
            double rightMin = top;
            for (int i = p; i <= hi && x[i] <= top; i++) {
                if (x[i] < rightMin) {
                    rightMin = x[i];
                    base = i;
                }
            }
            rb[k] = base;
            prom[k] = top - Math.max(leftMin, rightMin);
        }
        return new Prominences(prom, lb, rb);
    }

    /**
     * Widths of given peaks at x[peak] − relHeight·prominence (scipy.signal.peak_widths), each side
     * searched no further than its base and the crossing interpolated linearly.
     *
     * @param relHeight fraction of the prominence, ≥ 0 (0.5: full width at half prominence)
     * @param prominences from {@link #prominences} for the same peaks
     */
    public static Widths widths(double[] x, int[] peaks, double relHeight, Prominences prominences) {
        Checks.finite(x, "x");
        checkPeaks(x, peaks);
        if (!(relHeight >= 0) || Double.isInfinite(relHeight)) {
            throw new IllegalArgumentException("relHeight = " + relHeight + "; a finite value ≥ 0 is required");
        }
        int n = peaks.length;
        if (prominences == null || prominences.prominences().length != n) {
            throw new IllegalArgumentException("prominences must describe the same " + n + " peaks");
        }
        double[] widths = new double[n];
        double[] heights = new double[n];
        double[] left = new double[n];
        double[] right = new double[n];
        for (int k = 0; k < n; k++) {
            int p = peaks[k];
            int lb = prominences.leftBases()[k];
            int rb = prominences.rightBases()[k];
            if (!(lb >= 0 && lb <= p && p <= rb && rb < x.length)) {
                throw new IllegalArgumentException("bases [" + lb + ", " + rb + "] of peak " + k + " at " + p
                        + " are invalid");
            }
            double h = x[p] - prominences.prominences()[k] * relHeight;
            heights[k] = h;
            int i = p;
            while (lb < i && h < x[i]) {
                i--;
            }
            double lip = i;
            if (x[i] < h) {
                lip += (h - x[i]) / (x[i + 1] - x[i]);
            }
            i = p;
            while (i < rb && h < x[i]) {
                i++;
            }
            double rip = i;
            if (x[i] < h) {
                rip -= (h - x[i]) / (x[i - 1] - x[i]);
            }
            left[k] = lip;
            right[k] = rip;
            widths[k] = rip - lip;
        }
        return new Widths(widths, heights, left, right);
    }

    /**
     * Axis value at a fractional sample index by linear interpolation, e.g. a width's crossing
     * positions in V or cm⁻¹: axis[i] + f·(axis[i+1] − axis[i]).
     */
    public static double axisValue(double[] axis, double index) {
        Checks.minLength(axis, 1, "axis");
        if (!(index >= 0 && index <= axis.length - 1)) {
            throw new IllegalArgumentException("index " + index + " is outside [0, " + (axis.length - 1) + "]");
        }
        int i = (int) Math.floor(index);
        if (i == axis.length - 1) {
            return axis[i];
        }
        return axis[i] + (index - i) * (axis[i + 1] - axis[i]);
    }

    /** Local maxima with their plateau edges: {peaks, leftEdges, rightEdges}. */
    private static int[][] localMaxima(double[] x) {
        int n = x.length;
        int[] peaks = new int[n / 2 + 1];
        int[] le = new int[n / 2 + 1];
        int[] re = new int[n / 2 + 1];
        int count = 0;
        int i = 1;
        int last = n - 1;
        while (i < last) {
            if (x[i - 1] < x[i]) {
                int ahead = i + 1;
                while (ahead < last && x[ahead] == x[i]) {
                    ahead++;
                }
                if (x[ahead] < x[i]) {
                    le[count] = i;
                    re[count] = ahead - 1;
                    peaks[count] = (i + ahead - 1) / 2;
                    count++;
                    i = ahead;
                }
            }
            i++;
        }
        return new int[][] {Arrays.copyOf(peaks, count), Arrays.copyOf(le, count), Arrays.copyOf(re, count)};
    }

    /** Removes lower peaks closer than distance to a higher kept one, highest first. */
    private static boolean[] byDistance(double[] x, int[] peaks, boolean[] candidate, double distance) {
        int[] idx = new int[peaks.length];
        int m = 0;
        for (int k = 0; k < peaks.length; k++) {
            if (candidate[k]) {
                idx[m++] = k;
            }
        }
        Integer[] order = new Integer[m];
        for (int k = 0; k < m; k++) {
            order[k] = k;
        }
        int[] cand = Arrays.copyOf(idx, m);
        // stable ascending sort by height; processed from the end (highest, right-most of equals first)
        Arrays.sort(order, (a, b) -> Double.compare(x[peaks[cand[a]]], x[peaks[cand[b]]]));
        boolean[] keep = new boolean[m];
        Arrays.fill(keep, true);
        for (int r = m - 1; r >= 0; r--) {
            int j = order[r];
            if (!keep[j]) {
                continue;
            }
            int pj = peaks[cand[j]];
            for (int k = j - 1; k >= 0 && pj - peaks[cand[k]] < distance; k--) {
                keep[k] = false;
            }
            for (int k = j + 1; k < m && peaks[cand[k]] - pj < distance; k++) {
                keep[k] = false;
            }
        }
        boolean[] result = new boolean[peaks.length];
        for (int k = 0; k < m; k++) {
            result[cand[k]] = keep[k];
        }
        return result;
    }

    private static boolean inside(double v, double min, double max) {
        return min <= v && v <= max;
    }

    private static void checkPeaks(double[] x, int[] peaks) {
        if (peaks == null) {
            throw new IllegalArgumentException("peaks must not be null");
        }
        for (int k = 0; k < peaks.length; k++) {
            if (peaks[k] < 0 || peaks[k] >= x.length) {
                throw new IllegalArgumentException("peaks[" + k + "] = " + peaks[k] + " is outside [0, " + x.length + ")");
            }
        }
    }

    private static int[] select(int[] a, boolean[] keep) {
        int c = 0;
        int[] out = new int[a.length];
        for (int k = 0; k < a.length; k++) {
            if (keep[k]) {
                out[c++] = a[k];
            }
        }
        return Arrays.copyOf(out, c);
    }

    private static double[] select(double[] a, boolean[] keep) {
        int c = 0;
        double[] out = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            if (keep[k]) {
                out[c++] = a[k];
            }
        }
        return Arrays.copyOf(out, c);
    }
}
