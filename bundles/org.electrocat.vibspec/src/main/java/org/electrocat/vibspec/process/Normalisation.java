package org.electrocat.vibspec.process;

/**
 * Intensity normalisations of a spectrum:
 *
 * <ul>
 *   <li>{@code max}: y / max(y);</li>
 *   <li>{@code area}: y / ∫y dx over the whole spectrum (trapezoid rule on |dx|, so a decreasing IR
 *       axis gives the same area), making the integral 1 in units of 1/x;</li>
 *   <li>{@code band}: y / max of y inside [bandLow, bandHigh] (an internal-standard band, e.g. the
 *       solvent or the 1045 cm⁻¹ free-nitrate band);</li>
 *   <li>{@code snv}: standard normal variate, (y − mean)/s with s the sample standard deviation
 *       (R. J. Barnes, M. S. Dhanoa, S. J. Lister, Appl. Spectrosc. 43 (1989) 772).</li>
 * </ul>
 */
public final class Normalisation {

    /** The normalisation methods. */
    public enum Method {
        MAX, AREA, BAND, SNV
    }

    private Normalisation() {
    }

    /**
     * Normalises y.
     *
     * @param bandLow  lower x of the band window (BAND only)
     * @param bandHigh upper x of the band window (BAND only)
     * @throws IllegalArgumentException when the divisor is zero, negative (area, band) or not finite,
     *                                  or the band window holds no point
     */
    public static double[] apply(Method method, double[] x, double[] y, double bandLow, double bandHigh) {
        double[] out = new double[y.length];
        switch (method) {
            case MAX: {
                double m = Double.NEGATIVE_INFINITY;
                for (double v : y) {
                    m = Math.max(m, v);
                }
                return scale(y, m, "the maximum");
            }
            case AREA: {
                double a = 0;
                for (int i = 1; i < y.length; i++) {
                    a += 0.5 * (y[i] + y[i - 1]) * Math.abs(x[i] - x[i - 1]);
                }
                if (!(a > 0)) {
                    throw new IllegalArgumentException("the spectrum's area is " + a + ": area normalisation needs a "
                            + "positive area (subtract the baseline first?)");
                }
                return scale(y, a, "the area");
            }
            case BAND: {
                double lo = Math.min(bandLow, bandHigh);
                double hi = Math.max(bandLow, bandHigh);
                double m = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < y.length; i++) {
                    if (x[i] >= lo && x[i] <= hi) {
                        m = Math.max(m, y[i]);
                    }
                }
                if (m == Double.NEGATIVE_INFINITY) {
                    throw new IllegalArgumentException("no point of the spectrum lies in the band window [" + lo + ", "
                            + hi + "]");
                }
                if (!(m > 0)) {
                    throw new IllegalArgumentException("the band maximum in [" + lo + ", " + hi + "] is " + m
                            + ": cannot normalise to it");
                }
                return scale(y, m, "the band maximum");
            }
            case SNV:
            default: {
                int n = y.length;
                if (n < 2) {
                    throw new IllegalArgumentException("SNV needs at least 2 points");
                }
                double mean = 0;
                for (double v : y) {
                    mean += v;
                }
                mean /= n;
                double ss = 0;
                for (double v : y) {
                    ss += (v - mean) * (v - mean);
                }
                double s = Math.sqrt(ss / (n - 1));
                if (!(s > 0)) {
                    throw new IllegalArgumentException("the spectrum is constant: SNV is undefined");
                }
                for (int i = 0; i < n; i++) {
                    out[i] = (y[i] - mean) / s;
                }
                return out;
            }
        }
    }

    private static double[] scale(double[] y, double by, String what) {
        if (by == 0 || !Double.isFinite(by)) {
            throw new IllegalArgumentException(what + " is " + by + ": cannot normalise");
        }
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] / by;
        }
        return out;
    }
}
