package org.electrocat.bench.inputs;

import java.util.SplittableRandom;

/**
 * Pd 3d regions (328 → 348 eV binding energy, 0.1 eV steps for 201 points): metallic Pd 3d5/2 near
 * 335.1 eV and PdO near 336.9 eV, each a spin–orbit doublet (3d3/2 at +5.26 eV with 2/3 of the
 * area, same width) of GL(30) product lines, on a Shirley-type step (the background rises by 10 % of
 * the summed heights in proportion to the peak area below each energy) plus counting (√I) noise.
 * Layout: the energies (n values), then one row of n intensities (counts) per spectrum.
 */
public final class XpsSpectra {

    /** Spin–orbit splitting of Pd 3d, eV. */
    public static final double SPLITTING = 5.26;
    /** Area (and, for equal widths, height) ratio 3d3/2 : 3d5/2. */
    public static final double RATIO = 2.0 / 3.0;
    /** Start positions of the two doublets' major lines, eV. */
    public static final double[] STARTS = {335.1, 336.9};

    private XpsSpectra() {
    }

    static double[] generate(int count, int n) {
        double[] out = new double[n * (count + 1)];
        for (int i = 0; i < n; i++) {
            out[i] = 328 + 20.0 * i / (n - 1);
        }
        SplittableRandom rnd = new SplittableRandom(335);
        double[] peaks = new double[n];
        for (int s = 0; s < count; s++) {
            java.util.Arrays.fill(peaks, 0);
            double sumHeights = 0;
            for (double start : STARTS) {
                double pos = start + rnd.nextDouble(-0.3, 0.3);
                double fwhm = rnd.nextDouble(1.0, 1.5);
                double h = start < 336 ? rnd.nextDouble(2000, 8000) : rnd.nextDouble(500, 3000);
                sumHeights += h;
                for (int i = 0; i < n; i++) {
                    peaks[i] += h * (gl30(out[i], pos, fwhm) + RATIO * gl30(out[i], pos + SPLITTING, fwhm));
                }
            }
            double total = 0;
            for (int i = 1; i < n; i++) {
                total += 0.5 * (peaks[i] + peaks[i - 1]);
            }
            double lo = rnd.nextDouble(400, 600);
            double cum = 0;
            int row = n * (s + 1);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    cum += 0.5 * (peaks[i] + peaks[i - 1]);
                }
                double clean = lo + 0.1 * sumHeights * cum / total + peaks[i];
                out[row + i] = clean + Math.sqrt(clean) * rnd.nextGaussian();
            }
        }
        return out;
    }

    /** GL(30) product line of unit height (CasaXPS's GL(m) with m = 0.3). */
    static double gl30(double x, double x0, double fwhm) {
        double u = (x - x0) / fwhm;
        return Math.exp(-4 * Math.log(2) * 0.7 * u * u) / (1 + 4 * 0.3 * u * u);
    }
}
