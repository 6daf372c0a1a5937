package org.electrocat.echem.numeric;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.math.signal.PeakCriteria;
import org.electrocat.math.signal.PeakFinder;
import org.electrocat.math.signal.Peaks;

/**
 * Peaks of a sampled curve y(x) (e.g. reduction peaks of a sweep, with y = −j) with a straight
 * baseline under each peak: position, height above the baseline and area.
 *
 * <p>Method: the local maxima and their topographic prominences and bases come from
 * {@link PeakFinder} (scipy.signal.find_peaks / peak_prominences semantics; a flat top is
 * represented by its middle sample). What is specific to voltammetry is added here: the linear
 * baseline is anchored {@link #ANCHOR_HALF_WIDTHS} half-widths (at half prominence) on either side
 * of the maximum, or at the prominence bases when nearer (4 half-widths of a Gaussian are 4.7σ:
 * 99.9997 % of its area); the peak height is y − baseline at the maximum and the area is
 * ∫(y − baseline) dx between the anchors by the trapezoid rule. Maxima not above their baseline
 * are dropped. The position is refined with the vertex of the parabola through the maximum and its
 * two neighbours. Non-finite samples are left out before the search (the sweep is searched as if
 * they were not recorded). {@link #inWindow} uses a baseline through two user-chosen x values
 * instead (the classical hand-drawn baseline).
 */
public final class BaselinePeaks {

    /**
     * One peak.
     *
     * @param index     sample of the maximum
     * @param position  x of the maximum, parabola-refined
     * @param height    y − baseline at the maximum
     * @param area      ∫(y − baseline) dx between the bases (positive for a peak), in x·y units
     * @param prominence topographic prominence
     * @param leftBase  sample of the left baseline anchor
     * @param rightBase sample of the right baseline anchor
     * @param baseSlope slope of the baseline
     * @param baseIntercept intercept of the baseline
     */
    public record Peak(int index, double position, double height, double area, double prominence, int leftBase,
            int rightBase, double baseSlope, double baseIntercept) {
    }

    /** Distance of the automatic baseline anchors from the maximum, in half-widths at half prominence. */
    public static final int ANCHOR_HALF_WIDTHS = 4;

    private BaselinePeaks() {
    }

    /** Peaks in samples {@code [from, to)} with prominence at least {@code minProminence}, highest first. */
    public static List<Peak> find(double[] x, double[] y, int from, int to, double minProminence) {
        int[] keep = new int[Math.max(0, to - from)];
        int m = 0;
        for (int i = from; i < to; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                keep[m++] = i;
            }
        }
        double[] xs = new double[m];
        double[] ys = new double[m];
        for (int k = 0; k < m; k++) {
            xs[k] = x[keep[k]];
            ys[k] = y[keep[k]];
        }
        List<Peak> out = new ArrayList<>();
        if (m < 3) {
            return out;
        }
        Peaks found = PeakFinder.findPeaks(ys, PeakCriteria.none().prominence(minProminence));
        int[] idx = found.indices();
        int[] lb = found.leftBases();
        int[] rb = found.rightBases();
        double[] prom = found.prominences();
        for (int k = 0; k < idx.length; k++) {
            int a = anchor(xs, ys, idx[k], lb[k], -1, prom[k]);
            int b = anchor(xs, ys, idx[k], rb[k], +1, prom[k]);
            Peak pk = withBaseline(xs, ys, idx[k], a, b, prom[k]);
            if (pk.height() > 0 && pk.area() > 0) { // a maximum below its own baseline (convex background) is no peak
                out.add(new Peak(keep[pk.index()], pk.position(), pk.height(), pk.area(), pk.prominence(),
                        keep[pk.leftBase()], keep[pk.rightBase()], pk.baseSlope(), pk.baseIntercept()));
            }
        }
        out.sort((p, q) -> Double.compare(q.prominence(), p.prominence()));
        return out;
    }

    /**
     * The baseline anchor on one side: {@value #ANCHOR_HALF_WIDTHS} half-widths (at half prominence)
     * away from the maximum, but not beyond the base; a far base on a sloping background would
     * otherwise give a baseline that cuts through the curve.
     */
    private static int anchor(double[] x, double[] y, int i, int base, int step, double prominence) {
        double half = y[i] - prominence / 2;
        int k = i;
        while (k != base && y[k] > half) {
            k += step;
        }
        double reach = ANCHOR_HALF_WIDTHS * Math.abs(x[k] - x[i]);
        int a = k;
        while (a != base && Math.abs(x[a] - x[i]) < reach) {
            a += step;
        }
        return a;
    }

    /**
     * The highest point between the samples where x first reaches {@code x1} and {@code x2}, with the
     * baseline through y at those two samples; {@code null} when the window is not inside the data.
     */
    public static Peak inWindow(double[] x, double[] y, int from, int to, double x1, double x2) {
        int a = nearest(x, from, to, x1);
        int b = nearest(x, from, to, x2);
        if (a < 0 || b < 0 || Math.abs(b - a) < 2) {
            return null;
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        int max = lo;
        double slope = (y[hi] - y[lo]) / (x[hi] - x[lo]);
        double icpt = y[lo] - slope * x[lo];
        for (int i = lo; i <= hi; i++) {
            if (y[i] - (icpt + slope * x[i]) > y[max] - (icpt + slope * x[max])) {
                max = i;
            }
        }
        if (max == lo || max == hi) {
            return null;
        }
        Peak p = withBaseline(x, y, max, lo, hi, Double.NaN);
        return new Peak(p.index(), p.position(), p.height(), p.area(), p.height(), lo, hi, slope, icpt);
    }

    private static int nearest(double[] x, int from, int to, double x0) {
        int best = -1;
        double d = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double di = Math.abs(x[i] - x0);
            if (di < d) {
                d = di;
                best = i;
            }
        }
        return best;
    }

    private static Peak withBaseline(double[] x, double[] y, int i, int left, int right, double prominence) {
        double slope = x[right] != x[left] ? (y[right] - y[left]) / (x[right] - x[left]) : 0;
        double icpt = y[left] - slope * x[left];
        double pos = vertex(x, y, i, slope, icpt);
        double height = y[i] - (icpt + slope * x[i]);
        double area = 0;
        for (int k = left; k < right; k++) {
            double r0 = y[k] - (icpt + slope * x[k]);
            double r1 = y[k + 1] - (icpt + slope * x[k + 1]);
            area += 0.5 * (r0 + r1) * Math.abs(x[k + 1] - x[k]);
        }
        return new Peak(i, pos, height, area, prominence, left, right, slope, icpt);
    }

    /**
     * x of the vertex of the parabola through samples i−1, i, i+1 of y minus the baseline (a sloped
     * baseline would otherwise shift the vertex); x[i] when degenerate.
     */
    static double vertex(double[] x, double[] y, int i, double slope, double icpt) {
        double x0 = x[i - 1];
        double x1 = x[i];
        double x2 = x[i + 1];
        double y0 = y[i - 1] - (icpt + slope * x0);
        double y1 = y[i] - (icpt + slope * x1);
        double y2 = y[i + 1] - (icpt + slope * x2);
        double d = (x0 - x1) * (x0 - x2) * (x1 - x2);
        if (d == 0) {
            return x1;
        }
        double a = (x2 * (y1 - y0) + x1 * (y0 - y2) + x0 * (y2 - y1)) / d;
        double b = (x2 * x2 * (y0 - y1) + x1 * x1 * (y2 - y0) + x0 * x0 * (y1 - y2)) / d;
        if (a >= 0) {
            return x1;
        }
        double v = -b / (2 * a);
        // keep the refinement between the neighbours
        return Math.max(Math.min(v, Math.max(x0, x2)), Math.min(x0, x2));
    }
}
