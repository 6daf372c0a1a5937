package org.electrocat.eis.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.electrocat.eis.circuit.Circuit;
import org.electrocat.eis.spectrum.ImpedanceData;
import org.junit.jupiter.api.Test;

/**
 * CNLS fits of synthetic spectra with known parameters and seeded noise: recovery within the
 * standard errors, the standard errors' coverage over many noise draws (the 95 % intervals must
 * hold the true value about 95 % of the time), constants, bounds and the parameter syntax.
 */
class CircuitFitterTest {

    /** Log-spaced frequencies from hi to lo Hz, as a potentiostat sweeps. */
    static double[] sweep(double hi, double lo, int n) {
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = hi * Math.pow(lo / hi, i / (n - 1.0));
        }
        return f;
    }

    /** The circuit's spectrum with relative Gaussian noise σ·|Z| on both parts (seeded). */
    static ImpedanceData synthetic(Circuit c, double[] p, double[] f, double sigma, long seed) {
        double[] re = new double[f.length];
        double[] im = new double[f.length];
        c.impedance(f, p, re, im);
        Random rnd = new Random(seed);
        for (int i = 0; i < f.length; i++) {
            double m = Math.hypot(re[i], im[i]);
            re[i] += sigma * m * rnd.nextGaussian();
            im[i] += sigma * m * rnd.nextGaussian();
        }
        return ImpedanceData.of("synthetic", f, re, im);
    }

    @Test
    void randlesCpeWarburgRecoveredWithinStandardErrors() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-W1");
        double[] truth = {15, 250, 2e-5, 0.85, 30};
        ImpedanceData d = synthetic(c, truth, sweep(1e5, 1e-2, 60), 0.005, 42);
        CircuitFitter fitter = CircuitFitter.builder(c).build();
        double[] start = InitialGuess.complete(c, d, nan(5), fitter.lower(), fitter.upper());
        CircuitFit fit = fitter.fit(d, start);
        assertTrue(fit.converged(), fit.toString());
        for (int j = 0; j < truth.length; j++) {
            double se = fit.solver().standardError(j);
            assertTrue(se > 0 && se < 0.1 * truth[j], fit.toString());
            assertEquals(truth[j], fit.parameters()[j], 3 * se, c.parameterNames().get(j) + "\n" + fit);
        }
        // modulus weighting with 0.5 % noise on each part: reduced χ² ≈ 0.005²
        assertEquals(2.5e-5, fit.reducedChiSquare(), 1e-5);
        assertEquals(0.005, fit.relativeRms(), 0.0015);
    }

    @Test
    void confidenceIntervalsCoverTheTruthAboutNinetyFivePercent() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)");
        double[] truth = {20, 500, 1e-5, 0.9};
        double[] f = sweep(1e5, 0.1, 50);
        CircuitFitter fitter = CircuitFitter.builder(c).build();
        int inside = 0;
        int total = 0;
        for (long seed = 1; seed <= 200; seed++) {
            ImpedanceData d = synthetic(c, truth, f, 0.01, seed);
            CircuitFit fit = fitter.fit(d, InitialGuess.complete(c, d, nan(4), fitter.lower(), fitter.upper()));
            assertTrue(fit.converged(), fit.toString());
            double[] lo = fit.solver().confidenceLower();
            double[] hi = fit.solver().confidenceUpper();
            for (int j = 0; j < 4; j++) {
                total++;
                inside += truth[j] >= lo[j] && truth[j] <= hi[j] ? 1 : 0;
            }
        }
        double coverage = inside / (double) total;
        // binomial sd of the coverage over 800 intervals ≈ 0.008
        assertEquals(0.95, coverage, 0.03, "coverage " + coverage);
    }

    @Test
    void unitAndProportionalWeightingAlsoRecoverParameters() {
        Circuit c = Circuit.parse("R0-p(R1,C1)-p(R2,C2)");
        double[] truth = {10, 100, 1e-6, 400, 1e-3};
        ImpedanceData d = synthetic(c, truth, sweep(1e6, 1e-2, 70), 0.002, 7);
        for (Weighting w : Weighting.values()) {
            CircuitFitter fitter = CircuitFitter.builder(c).weighting(w).build();
            CircuitFit fit = fitter.fit(d, InitialGuess.complete(c, d, nan(5), fitter.lower(), fitter.upper()));
            double[] p = fit.parameters();
            double[] se = fit.solver().standardErrors();
            // the two RC pairs are interchangeable: order them by time constant as the truth is
            if (p[1] * p[2] > p[3] * p[4]) {
                swap(p, 1, 3);
                swap(p, 2, 4);
                swap(se, 1, 3);
                swap(se, 2, 4);
            }
            for (int j = 0; j < truth.length; j++) {
                assertEquals(truth[j], p[j], 4 * se[j], w + " " + c.parameterNames().get(j) + "\n" + fit);
            }
        }
    }

    @Test
    void constantsAndBoundsFromText() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)");
        double[] truth = {20, 500, 1e-5, 0.9};
        ImpedanceData d = synthetic(c, truth, sweep(1e5, 0.1, 50), 0.001, 3);
        double[] constants = ParameterText.values(c, "constants", "R0=20");
        double[][] bounds = ParameterText.ranges(c, "bounds", "CPE1_1=..0.85, R1=1 Ohm..10 kOhm");
        boolean[] fixed = new boolean[4];
        fixed[0] = true;
        CircuitFitter fitter = CircuitFitter.builder(c).bounds(bounds[0], bounds[1]).fixed(fixed).build();
        double[] given = ParameterText.values(c, "initial", "R1=0.4 kOhm, CPE1_0=2e-5");
        given[0] = constants[0];
        double[] start = InitialGuess.complete(c, d, given, fitter.lower(), fitter.upper());
        assertEquals(400, start[1], 0);
        assertEquals(0.85, start[3], 0, "guess 0.9 moved inside the bound");
        CircuitFit fit = fitter.fit(d, start);
        assertEquals(20, fit.parameter("R0"), 0);
        assertEquals(0, fit.standardError("R0"), 0);
        assertEquals(0.85, fit.parameter("CPE1_1"), 1e-12, "truth 0.9 lies beyond the bound");
        assertTrue(fit.solver().atBound()[3]);
        assertArrayEquals(new double[] {1, 1e4}, new double[] {fitter.lower()[1], fitter.upper()[1]});
    }

    @Test
    void parameterTextErrorsNameTheProblem() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)");
        assertEquals("initial: unknown parameter 'R2'; circuit R0-p(R1,CPE1) has [R0, R1, CPE1_0, CPE1_1]",
                assertThrows(IllegalArgumentException.class, () -> ParameterText.values(c, "initial", "R2=5"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterText.values(c, "initial", "[1, 2]"))
                .getMessage().contains("one value per parameter (4"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterText.values(c, "initial", "R1=5 F"))
                .getMessage().contains("not a unit of Ohm"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterText.ranges(c, "bounds", "R1=5"))
                .getMessage().contains("not a range"));
        assertArrayEquals(new double[] {10, 100, 1e-5, 0.9},
                ParameterText.values(c, "initial", "[10, 100, 1e-5, 0.9]"));
        assertEquals(2000, ParameterText.values(c, "initial", "R1=2 kOhm")[1], 0);
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
