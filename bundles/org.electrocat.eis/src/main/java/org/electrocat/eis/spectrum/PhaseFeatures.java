package org.electrocat.eis.spectrum;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.math.signal.PeakCriteria;
import org.electrocat.math.signal.PeakFinder;
import org.electrocat.math.signal.Peaks;
import org.electrocat.math.signal.SavitzkyGolay;

/**
 * Peaks and inflection points of the Bode phase curve −φ(log f), the features the reference study
 * reads per potential (a single peak splitting into two, an inflection appearing at low frequency
 * and moving with potential). The curve is taken against x = log10 f in ascending order,
 * optionally smoothed by a Savitzky–Golay filter (A. Savitzky, M. J. E. Golay, Anal. Chem. 36 (1964)
 * 1627; valid here because potentiostat sweeps are log-uniform).
 *
 * <ul>
 * <li>Peaks: local maxima of −φ with a topographic prominence of at least {@code minProminence}
 * degrees (scipy.signal.find_peaks semantics, via {@link PeakFinder}), located to sub-sample
 * precision by the vertex of the parabola through the peak and its neighbours.</li>
 * <li>Inflection points: extrema of the slope d(−φ)/d log10 f (three-point derivative for uneven
 * spacing), of either sign, with a prominence of at least {@code minSlopeProminence} degrees per
 * decade, also located by a parabola vertex; the phase there is interpolated linearly.</li>
 * </ul>
 */
public final class PhaseFeatures {

    /** A phase peak. */
    public record Peak(double frequency, double minusPhase, double prominence) {
    }

    /** An inflection point, with the slope d(−φ)/d log10 f in degrees per decade there. */
    public record Inflection(double frequency, double minusPhase, double slope) {
    }

    /** Features of one spectrum, peaks and inflections in ascending frequency. */
    public record Features(List<Peak> peaks, List<Inflection> inflections) {
    }

    private PhaseFeatures() {
    }

    /**
     * Finds the features.
     *
     * @param data               the spectrum
     * @param minProminence      smallest peak prominence in degrees (e.g. 2)
     * @param minSlopeProminence smallest prominence of a slope extremum in degrees per decade (e.g. 5)
     * @param smoothing          Savitzky–Golay window in points (odd, ≥ 5), or 0 for none
     */
    public static Features of(ImpedanceData data, double minProminence, double minSlopeProminence, int smoothing) {
        ImpedanceData a = data.ascending();
        double[] x = new double[a.size()];
        double[] y = new double[a.size()];
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            // a repeated frequency would give a zero step in the derivative: keep its first point
            if (n > 0 && a.frequency()[i] == a.frequency()[i - 1]) {
                continue;
            }
            x[n] = Math.log10(a.frequency()[i]);
            y[n] = -a.phaseDegrees(i);
            n++;
        }
        x = java.util.Arrays.copyOf(x, n);
        y = java.util.Arrays.copyOf(y, n);
        if (smoothing != 0) {
            if (smoothing < 5 || smoothing % 2 == 0) {
                throw new IllegalArgumentException("phase smoothing window " + smoothing
                        + " points; an odd number ≥ 5, or 0 for none, is required");
            }
            if (smoothing <= n) {
                y = SavitzkyGolay.filter(y, smoothing, 2);
            }
        }
        List<Peak> peaks = new ArrayList<>();
        if (n >= 3) {
            Peaks p = PeakFinder.findPeaks(y, PeakCriteria.none().prominence(minProminence));
            for (int k = 0; k < p.count(); k++) {
                int i = p.indices()[k];
                double[] v = vertex(x, y, i);
                peaks.add(new Peak(Math.pow(10, v[0]), v[1], p.prominences()[k]));
            }
        }
        List<Inflection> inflections = new ArrayList<>();
        if (n >= 5) {
            double[] slope = derivative(x, y);
            for (int sign = -1; sign <= 1; sign += 2) {
                double[] s = new double[n];
                for (int i = 0; i < n; i++) {
                    s[i] = sign * slope[i];
                }
                Peaks p = PeakFinder.findPeaks(s, PeakCriteria.none().prominence(minSlopeProminence));
                for (int k = 0; k < p.count(); k++) {
                    int i = p.indices()[k];
                    double[] v = vertex(x, s, i);
                    double phase = interpolate(x, y, v[0]);
                    inflections.add(new Inflection(Math.pow(10, v[0]), phase, sign * v[1]));
                }
            }
            inflections.sort((u, w) -> Double.compare(u.frequency(), w.frequency()));
        }
        return new Features(List.copyOf(peaks), List.copyOf(inflections));
    }

    /** Three-point derivative dy/dx for uneven spacing (one-sided at the ends). */
    static double[] derivative(double[] x, double[] y) {
        int n = x.length;
        double[] d = new double[n];
        d[0] = (y[1] - y[0]) / (x[1] - x[0]);
        d[n - 1] = (y[n - 1] - y[n - 2]) / (x[n - 1] - x[n - 2]);
        for (int i = 1; i < n - 1; i++) {
            double h1 = x[i] - x[i - 1];
            double h2 = x[i + 1] - x[i];
            d[i] = (-h2 / (h1 * (h1 + h2))) * y[i - 1] + ((h2 - h1) / (h1 * h2)) * y[i] + (h1 / (h2 * (h1 + h2))) * y[i + 1];
        }
        return d;
    }

    /** Vertex (x, y) of the parabola through points i−1, i, i+1; the point itself at the ends. */
    static double[] vertex(double[] x, double[] y, int i) {
        if (i <= 0 || i >= x.length - 1) {
            return new double[] {x[i], y[i]};
        }
        double x0 = x[i - 1];
        double x1 = x[i];
        double x2 = x[i + 1];
        double y0 = y[i - 1];
        double y1 = y[i];
        double y2 = y[i + 1];
        double d = (x0 - x1) * (x0 - x2) * (x1 - x2);
        double a = (x2 * (y1 - y0) + x1 * (y0 - y2) + x0 * (y2 - y1)) / d;
        double b = (x2 * x2 * (y0 - y1) + x1 * x1 * (y2 - y0) + x0 * x0 * (y1 - y2)) / d;
        double c = y1 - a * x1 * x1 - b * x1;
        if (!(a < 0)) {
            return new double[] {x1, y1};
        }
        double xv = Math.max(x0, Math.min(x2, -b / (2 * a)));
        return new double[] {xv, a * xv * xv + b * xv + c};
    }

    private static double interpolate(double[] x, double[] y, double at) {
        for (int i = 1; i < x.length; i++) {
            if (at <= x[i]) {
                double t = (at - x[i - 1]) / (x[i] - x[i - 1]);
                return y[i - 1] + t * (y[i] - y[i - 1]);
            }
        }
        return y[y.length - 1];
    }
}
