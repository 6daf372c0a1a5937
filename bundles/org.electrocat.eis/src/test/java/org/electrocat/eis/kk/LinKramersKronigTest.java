package org.electrocat.eis.kk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.electrocat.eis.circuit.Circuit;
import org.electrocat.eis.spectrum.ImpedanceData;
import org.junit.jupiter.api.Test;

/**
 * Lin-KK: a clean spectrum passes, one corrupted by drift during the sweep is flagged, and M, µ and
 * residuals agree with an independent numpy implementation (numpy.linalg.lstsq on the same
 * weighted design matrix, script in the class comment below).
 *
 * <p>Reference script (numpy 2.4): τ as Schönleber, columns [1, 1/(1+jωτ_k), jω], weights 1/|Z|,
 * {@code x = lstsq(vstack([A.real*w, A.imag*w]), r_[Z.real*w, Z.imag*w])}; for {@code real}
 * the first M+1 columns on the real rows, then L on the imaginary remainder; M from 1 until
 * µ ≤ 0.85.
 */
class LinKramersKronigTest {

    private static final Circuit CELL = Circuit.parse("R0-p(R1,CPE1)-Ws1");

    /** 60 points, 100 kHz → 10 mHz. */
    private static double[] sweep() {
        double[] f = new double[60];
        for (int i = 0; i < 60; i++) {
            f[i] = 1e5 * Math.pow(1e-2 / 1e5, i / 59.0);
        }
        return f;
    }

    /**
     * The cell's spectrum with R1 growing by {@code drift} (relative) over the sweep: each point
     * takes max(1 s, two periods), so the slow low-frequency points see most of the change.
     */
    static ImpedanceData cell(double drift, double noise, long seed) {
        double[] f = sweep();
        int n = f.length;
        double[] t = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += Math.max(1.0, 2 / f[i]);
            t[i] = total;
        }
        double[] re = new double[n];
        double[] im = new double[n];
        double[] one = new double[1];
        double[] oneIm = new double[1];
        Random rnd = new Random(seed);
        for (int i = 0; i < n; i++) {
            double r1 = 250 * (1 + drift * t[i] / total);
            CELL.impedance(new double[] {f[i]}, new double[] {15, r1, 2e-5, 0.85, 40, 5}, one, oneIm);
            double m = Math.hypot(one[0], oneIm[0]);
            re[i] = one[0] + noise * m * rnd.nextGaussian();
            im[i] = oneIm[0] + noise * m * rnd.nextGaussian();
        }
        return ImpedanceData.of("cell", f, re, im);
    }

    @Test
    void cleanSpectrumPassesAndDriftIsFlagged() {
        for (long seed = 1; seed <= 5; seed++) {
            KkResult clean = LinKramersKronig.test(cell(0, 0.001, seed), 0.85, 50,
                    LinKramersKronig.FitType.COMPLEX, false);
            assertTrue(clean.muReached());
            assertEquals(0, clean.outliers(0.01).length, "clean spectrum, seed " + seed);
            assertTrue(clean.rms() < 0.0015, "rms " + clean.rms());
            KkResult drifted = LinKramersKronig.test(cell(0.10, 0.001, seed), 0.85, 50,
                    LinKramersKronig.FitType.COMPLEX, false);
            assertTrue(drifted.outliers(0.01).length >= 4, "10 % drift, seed " + seed + ": "
                    + drifted.outliers(0.01).length + " points beyond 1 %");
            assertTrue(drifted.rms() > 3 * clean.rms(), drifted.rms() + " vs " + clean.rms());
            // the real-part test flags it too
            KkResult real = LinKramersKronig.test(cell(0.10, 0.001, seed), 0.85, 50, LinKramersKronig.FitType.REAL,
                    false);
            assertTrue(real.outliers(0.01).length >= 4);
        }
    }

    @Test
    void matchesNumpyReference() {
        ImpedanceData d = cell(0.10, 0, 0);
        KkResult complex = LinKramersKronig.test(d, 0.85, 50, LinKramersKronig.FitType.COMPLEX, false);
        // numpy: complex 19 0.8237922153793085 max|res| 0.035229588617550114 rr[50] -0.006064610950662225 ri[50] 0.00916114583045428
        assertEquals(19, complex.elements());
        assertEquals(0.8237922153793085, complex.mu(), 1e-7);
        assertEquals(0.035229588617550114, maxAbs(complex), 1e-8);
        assertEquals(-0.006064610950662225, complex.residualsRe()[50], 1e-9);
        assertEquals(0.00916114583045428, complex.residualsIm()[50], 1e-9);
        KkResult real = LinKramersKronig.test(d, 0.85, 50, LinKramersKronig.FitType.REAL, false);
        // numpy: real 30 0.8446021957781553 max|res| 0.0684239570177231 rr[50] 1.5145924026455847e-05 ri[50] 0.01845137120405126
        assertEquals(30, real.elements());
        assertEquals(0.8446021957781553, real.mu(), 1e-6);
        assertEquals(0.0684239570177231, maxAbs(real), 1e-7);
        assertEquals(0.01845137120405126, real.residualsIm()[50], 1e-8);
    }

    @Test
    void fixedMAndMuCriterionNotReached() {
        ImpedanceData d = cell(0, 0, 0);
        KkResult three = LinKramersKronig.fit(d, 3, LinKramersKronig.FitType.COMPLEX, false);
        assertEquals(3, three.elements());
        assertEquals(1 / (2 * Math.PI * 1e5), three.tau()[0], 1e-18);
        assertEquals(1 / (2 * Math.PI * 1e-2), three.tau()[2], 1e-9);
        assertEquals(Math.sqrt(three.tau()[0] * three.tau()[2]), three.tau()[1], 1e-12);
        // with only 5 RC elements allowed the criterion cannot be met on this spectrum
        KkResult capped = LinKramersKronig.test(d, 0.85, 5, LinKramersKronig.FitType.COMPLEX, false);
        assertFalse(capped.muReached());
        assertEquals(5, capped.elements());
    }

    private static double maxAbs(KkResult r) {
        double m = 0;
        for (double v : r.residualsRe()) {
            m = Math.max(m, Math.abs(v));
        }
        for (double v : r.residualsIm()) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
