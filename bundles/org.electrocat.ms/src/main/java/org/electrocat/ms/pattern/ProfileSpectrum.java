package org.electrocat.ms.pattern;

/**
 * A profile spectrum on an m/z grid: intensity against m/z, both owned by the record (do not change
 * them afterwards).
 *
 * @param mz        m/z values, ascending
 * @param intensity intensities, same length
 * @param fwhm      peak full width at half maximum used to compute it / (m/z units), or NaN for measured data
 */
public record ProfileSpectrum(double[] mz, double[] intensity, double fwhm) {

    public ProfileSpectrum {
        if (mz.length != intensity.length) {
            throw new IllegalArgumentException("profile: " + mz.length + " m/z values but " + intensity.length
                    + " intensities");
        }
    }

    /** Largest intensity (0 for an empty profile). */
    public double max() {
        double m = 0;
        for (double v : intensity) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** Intensities scaled so the largest is {@code top} (a new array). */
    public double[] scaledTo(double top) {
        double m = max();
        double[] y = new double[intensity.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = m > 0 ? intensity[i] * top / m : 0;
        }
        return y;
    }
}
