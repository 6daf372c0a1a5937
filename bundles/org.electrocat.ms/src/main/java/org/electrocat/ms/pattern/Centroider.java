package org.electrocat.ms.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * Centroids of the peaks of a profile spectrum. A peak is a local maximum at least
 * {@code minRelativeHeight} of the spectrum's largest point; its centroid is the intensity-weighted
 * mean m/z of the contiguous points at or above half its height (the "centroid at 50 %" of
 * instrument software), its height the vertex of a parabola through the apex and its neighbours, its
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
        double floor = minRelativeHeight * max;
        int n = y.length;
        for (int i = 1; i < n - 1; i++) {
            if (!(y[i] > y[i - 1] && y[i] >= y[i + 1]) || y[i] < floor) {
                continue;
            }
            double half = y[i] / 2;
            int l = i;
            while (l > 0 && y[l - 1] >= half && y[l - 1] <= y[l]) {
                l--;
            }
            int r = i;
            while (r < n - 1 && y[r + 1] >= half && y[r + 1] <= y[r]) {
                r++;
            }
            double sw = 0;
            double swx = 0;
            for (int k = l; k <= r; k++) {
                sw += y[k];
                swx += y[k] * x[k];
            }
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
            peaks.add(new Peak(swx / sw, apexHeight(x, y, i), area, right - left));
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
