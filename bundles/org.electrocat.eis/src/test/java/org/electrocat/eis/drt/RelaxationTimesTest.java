package org.electrocat.eis.drt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.electrocat.eis.circuit.Circuit;
import org.electrocat.eis.spectrum.ImpedanceData;
import org.junit.jupiter.api.Test;

/**
 * DRT: two ideal Voigt elements have a DRT of two delta functions at their τ with weights equal to
 * their resistances, so the regularised DRT must show two peaks there (within a grid step) whose
 * areas give back R1 and R2, and R∞ = R0; NNLS agrees with scipy.optimize.nnls.
 */
class RelaxationTimesTest {

    @Test
    void twoVoigtElementsGiveTwoPeaksWithTheirResistances() {
        Circuit c = Circuit.parse("R0-K1-K2");
        double[] p = {10, 100, 1e-3, 50, 1e-1};
        int n = 61;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = 1e5 * Math.pow(10, -i / 10.0);
        }
        double[] re = new double[n];
        double[] im = new double[n];
        c.impedance(f, p, re, im);
        RelaxationTimes.Drt d = RelaxationTimes.compute(ImpedanceData.of("two RC", f, re, im),
                new RelaxationTimes.Settings(1e-3, 10, 2, false));
        assertEquals(2, d.peaks().size(), d.peaks().toString());
        assertEquals(-3, Math.log10(d.peaks().get(0).tau()), 0.1);
        assertEquals(-1, Math.log10(d.peaks().get(1).tau()), 0.1);
        assertEquals(100, d.peaks().get(0).resistance(), 3);
        assertEquals(50, d.peaks().get(1).resistance(), 1.5);
        assertEquals(150, d.polarisation(), 1.5);
        assertEquals(10, d.rInf(), 0.5);
        assertTrue(d.rms() < 0.01, "rms " + d.rms());
    }

    @Test
    void nnlsMatchesScipy() {
        double[][] a = {{1, 2, 0.5}, {0.3, 1, 2}, {2, 0.1, 1}, {1, 1, 1}, {0.5, -1, 2}};
        double[] b = {1, -2, 3, 0.5, -1};
        // scipy.optimize.nnls(A, b) -> [1.00946372, 0, 0], residual norm 2.9646976534979332
        assertArrayEquals(new double[] {1.00946372, 0, 0}, NonNegativeLeastSquares.solve(a, b, 30), 1e-8);
    }
}
