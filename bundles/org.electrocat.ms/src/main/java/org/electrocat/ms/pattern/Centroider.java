package org.electrocat.ms.pattern;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.math.signal.PeakCriteria;
import org.electrocat.math.signal.PeakFinder;

/**
 * Centroids of the peaks of a profile spectrum. A peak is a local maximum at least
 * {@code minRelativeHeight} of the spectrum's largest point; its centroid is the first moment of the
 * part of the peak above half its height, {@code ∫x(y − h/2)dx / ∫(y − h/2)dx} over the linearly
 * interpolated profile (the "centroid at 50 %" of instrument software; weighting by the height above
 * the cut, not by y, makes it insensitive to where the samples fall), its height the vertex of a parabola through the apex and its neighbours, its
 * FWHM from linear interpolation at the half-height crossings and its area the trapezoid sum between
 * the neighbouring minima.
 */
public final class Centroider {

    /** One centroided peak. */
    public record Peak(double mz, double height, double area, double fwhm) {
    }

    private Centroider() {
    }

    /**
     * Centroids the peaks of {@code (x, y)}.
     *
     * @param minRelativeHeight smallest peak height as a fraction of the largest point, e.g. 0.001
     */
    public static List<Peak> centroid(double[] x, double[] y, double minRelativeHeight) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("centroiding: " + x.length + " m/z values but " + y.length
                    + " intensities");
        }
        List<Peak> peaks = new ArrayList<>();
        double max = 0;
        for (double v : y) {
            if (v > max) {
                max = v;
            }
        }
        if (!(max > 0)) {
            return peaks;
        }
        int n = y.length;
        // local maxima with scipy.signal.find_peaks semantics (flat tops give their middle point)
        for (int i : PeakFinder.findPeaks(y, PeakCriteria.none().height(minRelativeHeight * max)).indices()) {
            double half = y[i] / 2;
            int l = i;
            while (l > 0 && y[l - 1] >= half && y[l - 1] <= y[l]) {
                l--;
            }
            int r = i;
            while (r < n - 1 && y[r + 1] >= half && y[r + 1] <= y[r]) {
                r++;
            }
            double[] moment = halfHeightMoments(x, y, l, r, half);
            double left = l > 0 && y[l - 1] < half ? interpolate(x[l - 1], y[l - 1], x[l], y[l], half) : x[l];
            double right = r < n - 1 && y[r + 1] < half ? interpolate(x[r + 1], y[r + 1], x[r], y[r], half) : x[r];
            int a = i;
            while (a > 0 && y[a - 1] < y[a]) {
                a--;
            }
            int b = i;
            while (b < n - 1 && y[b + 1] <= y[b]) {
                b++;
            }
            double area = 0;
            for (int k = a; k < b; k++) {
                area += 0.5 * (y[k] + y[k + 1]) * (x[k + 1] - x[k]);
            }
            peaks.add(new Peak(moment[1] / moment[0], apexHeight(x, y, i), area, right - left));
        }
        return peaks;
    }

    /** Peaks of a stick (already centroided) spectrum: every point above the floor. */
    public static List<Peak> sticks(double[] x, double[] y, double minRelativeHeight) {
        List<Peak> peaks = new ArrayList<>();
        double max = 0;
        for (double v : y) {
            max = Math.max(max, v);
        }
        for (int i = 0; i < x.length; i++) {
            if (y[i] > 0 && y[i] >= minRelativeHeight * max) {
                peaks.add(new Peak(x[i], y[i], y[i], Double.NaN));
            }
        }
        return peaks;
    }

    /** Zeroth and first moment of max(0, y − cut) over the linear interpolation of points l−1 … r+1. */
    private static double[] halfHeightMoments(double[] x, double[] y, int l, int r, double cut) {
        double m0 = 0;
        double m1 = 0;
        int from = Math.max(0, l - 1);
        int to = Math.min(x.length - 1, r + 1);
        for (int k = from; k < to; k++) {
            double x0 = x[k];
            double x1 = x[k + 1];
            double w0 = y[k] - cut;
            double w1 = y[k + 1] - cut;
            if (w0 <= 0 && w1 <= 0) {
                continue;
            }
            if (w0 < 0) { // clip at the crossing
                x0 = x0 + (x1 - x0) * (-w0) / (w1 - w0);
                w0 = 0;
            } else if (w1 < 0) {
                x1 = x0 + (x1 - x0) * w0 / (w0 - w1);
                w1 = 0;
            }
            double dx = x1 - x0;
            m0 += 0.5 * (w0 + w1) * dx;
            m1 += dx * (x0 * (2 * w0 + w1) + x1 * (w0 + 2 * w1)) / 6;
        }
        if (m0 <= 0) {
            return new double[] {1, x[(l + r) / 2]};
        }
        return new double[] {m0, m1};
    }

    private static double interpolate(double x0, double y0, double x1, double y1, double level) {
        return y1 == y0 ? x1 : x0 + (level - y0) * (x1 - x0) / (y1 - y0);
    }

    private static double apexHeight(double[] x, double[] y, int i) {
        double y0 = y[i - 1];
        double y1 = y[i];
        double y2 = y[i + 1];
        double denom = y0 - 2 * y1 + y2;
        if (denom >= 0) {
            return y1;
        }
        double d = 0.5 * (y0 - y2) / denom;
        return y1 - 0.25 * (y0 - y2) * d;
    }
}
