package org.electrocat.bench.inputs;

import java.util.SplittableRandom;

/**
 * Impedance spectra of R0-p(R1,CPE1) with 0.5 % proportional complex noise, and the starting points
 * of their fits. Layout of the flat array: f (n values, 100 kHz → 10 mHz, log spaced), then per
 * spectrum Re Z (n), Im Z (n), start (R0, R1, Q, α), truth (R0, R1, Q, α). Units: Hz, Ω, F·s^(α−1).
 */
public final class EisSpectra {

    /** Values per spectrum after the frequency block. */
    public static int stride(int n) {
        return 2 * n + 8;
    }

    private EisSpectra() {
    }

    /** Z of R0-p(R1,CPE1) at angular frequency w: {re, im}. */
    static double[] model(double r0, double r1, double q, double alpha, double w) {
        // CPE admittance Q(jω)^α = Q ω^α (cos απ/2 + j sin απ/2)
        double wa = q * Math.pow(w, alpha);
        double yr = 1 / r1 + wa * Math.cos(alpha * Math.PI / 2);
        double yi = wa * Math.sin(alpha * Math.PI / 2);
        double d = yr * yr + yi * yi;
        return new double[] {r0 + yr / d, -yi / d};
    }

    static double[] generate(int count, int n) {
        double[] out = new double[n + count * stride(n)];
        for (int k = 0; k < n; k++) {
            out[k] = 1e5 * Math.pow(1e-7, k / (double) (n - 1));
        }
        SplittableRandom rnd = new SplittableRandom(2024);
        for (int s = 0; s < count; s++) {
            double[] truth = {rnd.nextDouble(5, 50), Math.pow(10, rnd.nextDouble(Math.log10(50), Math.log10(5000))),
                Math.pow(10, rnd.nextDouble(-6, -4)), rnd.nextDouble(0.75, 0.98)};
            double[] start = {truth[0] * rnd.nextDouble(0.5, 2), truth[1] * rnd.nextDouble(0.5, 2),
                truth[2] * rnd.nextDouble(0.5, 2), 0.85};
            int at = n + s * stride(n);
            for (int k = 0; k < n; k++) {
                double[] z = model(truth[0], truth[1], truth[2], truth[3], 2 * Math.PI * out[k]);
                double mod = Math.hypot(z[0], z[1]);
                out[at + k] = z[0] + 0.005 * mod * rnd.nextGaussian();
                out[at + n + k] = z[1] + 0.005 * mod * rnd.nextGaussian();
            }
            System.arraycopy(start, 0, out, at + 2 * n, 4);
            System.arraycopy(truth, 0, out, at + 2 * n + 4, 4);
        }
        return out;
    }
}
