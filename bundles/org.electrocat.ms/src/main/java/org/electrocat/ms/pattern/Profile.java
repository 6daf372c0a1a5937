package org.electrocat.ms.pattern;

/**
 * The profile an instrument of resolving power R would record for an isotope pattern: every stick
 * convolved with a Gaussian peak of full width at half maximum FWHM = (m/z)/R, R taken at the
 * pattern's centroid (the FWHM varies by under 1 % across one envelope). The sticks are first spread
 * onto a grid of FWHM/{@code pointsPerFwhm} spacing by linear interpolation between the two nearest
 * nodes (which keeps each stick's centroid exactly), then the grid is convolved with the sampled
 * Gaussian kernel, so the cost is O(peaks + grid × kernel) even for millions of fine-structure peaks.
 * Peak heights are in probability units (an isolated stick of probability p gives a peak of height p).
 */
public final class Profile {

    /** Largest grid (points) a profile may have. */
    public static final int MAX_POINTS = 5_000_000;

    private Profile() {
    }

    /**
     * Gaussian profile at resolving power {@code resolvingPower} (FWHM definition).
     *
     * @param pointsPerFwhm grid density, ≥ 4 (10 is plenty for centroiding)
     */
    public static ProfileSpectrum atResolvingPower(IsotopePattern pattern, double resolvingPower, int pointsPerFwhm) {
        if (!(resolvingPower > 0) || Double.isInfinite(resolvingPower)) {
            throw new IllegalArgumentException("resolving power must be positive and finite, was " + resolvingPower);
        }
        return withFwhm(pattern, Math.abs(pattern.centroidMz()) / resolvingPower, pointsPerFwhm);
    }

    /** Gaussian profile with a fixed FWHM / (m/z units). */
    public static ProfileSpectrum withFwhm(IsotopePattern pattern, double fwhm, int pointsPerFwhm) {
        if (!(fwhm > 0) || Double.isInfinite(fwhm)) {
            throw new IllegalArgumentException("FWHM must be positive and finite, was " + fwhm);
        }
        if (pointsPerFwhm < 4 || pointsPerFwhm > 1000) {
            throw new IllegalArgumentException("points per FWHM must be 4 to 1000, was " + pointsPerFwhm);
        }
        if (pattern.size() == 0) {
            return new ProfileSpectrum(new double[0], new double[0], fwhm);
        }
        double[] mz = pattern.mzValues();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : mz) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double step = fwhm / pointsPerFwhm;
        double sigma = fwhm / (2 * Math.sqrt(2 * Math.log(2)));
        int half = (int) Math.ceil(4.5 * sigma / step);
        double start = lo - half * step;
        long points = (long) Math.ceil((hi - lo) / step) + 2L * half + 2;
        if (points > MAX_POINTS) {
            throw new IllegalArgumentException("profile would need " + points + " points (m/z " + lo + " to " + hi
                    + " at FWHM " + fwhm + "); lower the resolving power or the coverage");
        }
        int n = (int) points;
        double[] binned = new double[n];
        double[] p = pattern.probabilityArray();
        for (int i = 0; i < mz.length; i++) {
            double pos = (mz[i] - start) / step;
            int left = (int) Math.floor(pos);
            double frac = pos - left;
            binned[left] += p[i] * (1 - frac);
            binned[left + 1] += p[i] * frac;
        }
        double[] kernel = new double[2 * half + 1];
        for (int k = -half; k <= half; k++) {
            double x = k * step / sigma;
            kernel[k + half] = Math.exp(-0.5 * x * x);
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double b = binned[i];
            if (b == 0) {
                continue;
            }
            int from = Math.max(0, i - half);
            int to = Math.min(n - 1, i + half);
            for (int j = from; j <= to; j++) {
                y[j] += b * kernel[j - i + half];
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = start + i * step;
        }
        return new ProfileSpectrum(x, y, fwhm);
    }
}
