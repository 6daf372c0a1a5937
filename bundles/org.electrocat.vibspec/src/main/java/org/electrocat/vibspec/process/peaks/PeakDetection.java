package org.electrocat.vibspec.process.peaks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.electrocat.math.signal.PeakCriteria;
import org.electrocat.math.signal.PeakFinder;
import org.electrocat.math.signal.Peaks;

/**
 * Band detection on a spectrum with the semantics of scipy.signal.find_peaks (shared
 * {@link PeakFinder}), but with thresholds in the spectrum's own units: prominence in intensity
 * units, minimum width and distance in x units (cm⁻¹), converted to samples with the mean point
 * spacing. A prominence of 0 means automatic: 5 × the noise σ, estimated robustly from the second
 * differences (σ ≈ 1.4826·MAD(Δ²y)/√6, which a smooth band barely affects). Bands pointing down
 * (transmittance dips, consumption in difference spectra) are found by detecting on −y.
 */
public final class PeakDetection {

    /**
     * A detected band.
     *
     * @param index      sample index
     * @param position   x at the maximum (x units)
     * @param height     y at the maximum (negative for downward bands)
     * @param prominence prominence (intensity units, positive)
     * @param fwhm       width at half prominence (x units)
     * @param downward   true for a band pointing down
     */
    public record Band(int index, double position, double height, double prominence, double fwhm, boolean downward) {
    }

    private PeakDetection() {
    }

    /**
     * Detects bands.
     *
     * @param prominence minimum prominence (intensity units); 0 for automatic
     * @param minWidth   minimum FWHM (x units); 0 for none
     * @param distance   minimum distance between bands (x units); 0 for none
     * @param downward   detect dips instead of maxima
     * @return bands in ascending index order
     */
    public static List<Band> detect(double[] x, double[] y, double prominence, double minWidth, double distance,
            boolean downward) {
        int n = y.length;
        if (n < 3) {
            return List.of();
        }
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("intensity " + (i + 1) + " is " + y[i]
                        + ": remove NaN/infinite values before detecting bands");
            }
            s[i] = downward ? -y[i] : y[i];
        }
        double spacing = Math.abs(x[n - 1] - x[0]) / (n - 1);
        double prom = prominence > 0 ? prominence : 5 * noise(y);
        PeakCriteria c = PeakCriteria.none().prominence(prom > 0 ? prom : Double.MIN_NORMAL);
        if (minWidth > 0 && spacing > 0) {
            c = c.width(minWidth / spacing);
        }
        if (distance > 0 && spacing > 0) {
            c = c.distance(Math.max(1, distance / spacing));
        }
        Peaks p = PeakFinder.findPeaks(s, c);
        int[] idx = p.indices();
        double[] prominences = p.prominences();
        double[] left = p.leftIps();
        double[] right = p.rightIps();
        List<Band> out = new ArrayList<>();
        for (int k = 0; k < idx.length; k++) {
            double w = Math.abs(PeakFinder.axisValue(x, right[k]) - PeakFinder.axisValue(x, left[k]));
            out.add(new Band(idx[k], x[idx[k]], y[idx[k]], prominences[k], w, downward));
        }
        return out;
    }

    /** Robust noise σ from second differences: 1.4826·median|Δ²y − median|/√6. */
    public static double noise(double[] y) {
        int n = y.length;
        if (n < 5) {
            return 0;
        }
        double[] d = new double[n - 2];
        for (int i = 1; i < n - 1; i++) {
            d[i - 1] = y[i + 1] - 2 * y[i] + y[i - 1];
        }
        double[] s = d.clone();
        Arrays.sort(s);
        double med = s[s.length / 2];
        for (int i = 0; i < d.length; i++) {
            s[i] = Math.abs(d[i] - med);
        }
        Arrays.sort(s);
        return 1.4826 * s[s.length / 2] / Math.sqrt(6);
    }
}
