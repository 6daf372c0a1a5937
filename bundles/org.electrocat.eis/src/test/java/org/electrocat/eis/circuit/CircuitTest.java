package org.electrocat.eis.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.electrocat.eis.testing.Cx;
import org.junit.jupiter.api.Test;

/**
 * Circuit strings: parameter naming as impedance.py, impedances against textbook formulas
 * evaluated with an independent complex class, the analytic Jacobian against central finite
 * differences, and syntax errors with positions.
 */
class CircuitTest {

    private static final Cx J = Cx.of(0, 1);

    @Test
    void namesFollowImpedancePy() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-W1");
        assertEquals(List.of("R0", "R1", "CPE1_0", "CPE1_1", "W1"), c.parameterNames());
        assertEquals("Ohm", c.unit(1));
        assertEquals("1", c.unit(3));
        Circuit nested = Circuit.parse(" R0 - p(R1, C1) - p(R2-Wo1, C2) ");
        assertEquals(List.of("R0", "R1", "C1", "R2", "Wo1_0", "Wo1_1", "C2"), nested.parameterNames());
    }

    @Test
    void randlesWithCpeAndWarburgMatchesTextbook() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-W1");
        double[] p = {12.5, 230, 3.1e-5, 0.83, 41};
        double[] f = {1e-2, 0.37, 15, 2.2e3, 1e5};
        double[] re = new double[f.length];
        double[] im = new double[f.length];
        c.impedance(f, p, re, im);
        for (int k = 0; k < f.length; k++) {
            double w = 2 * Math.PI * f[k];
            Cx cpe = J.times(w).pow(p[3]).times(p[2]).inv();
            Cx warburg = Cx.of(1, -1).times(p[4] / Math.sqrt(w));
            Cx z = Cx.real(p[0]).plus(Cx.parallel(Cx.real(p[1]), cpe)).plus(warburg);
            assertEquals(z.re(), re[k], 1e-12 * z.abs(), "Re at " + f[k]);
            assertEquals(z.im(), im[k], 1e-12 * z.abs(), "Im at " + f[k]);
        }
    }

    @Test
    void everyElementMatchesItsFormula() {
        Circuit c = Circuit.parse("R1-C2-L3-CPE4-W5-Wo6-Ws7-K8");
        double[] p = {5, 2e-6, 3e-7, 4e-4, 0.7, 9, 120, 0.8, 60, 2.5, 33, 1e-3};
        for (double f : new double[] {1e-3, 0.5, 40, 7e3, 3e6}) {
            double w = 2 * Math.PI * f;
            Cx s6 = J.times(w * p[7]).sqrt();
            Cx s7 = J.times(w * p[9]).sqrt();
            Cx z = Cx.real(p[0])
                    .plus(J.times(w * p[1]).inv())
                    .plus(J.times(w * p[2]))
                    .plus(J.times(w).pow(p[4]).times(p[3]).inv())
                    .plus(Cx.of(1, -1).times(p[5] / Math.sqrt(w)))
                    .plus(s6.times(s6.tanh()).inv().times(p[6]))
                    .plus(s7.tanh().div(s7).times(p[8]))
                    .plus(Cx.real(p[10]).div(Cx.real(1).plus(J.times(w * p[11]))));
            double[] re = new double[1];
            double[] im = new double[1];
            c.impedance(new double[] {f}, p, re, im);
            assertEquals(z.re(), re[0], 1e-11 * z.abs(), "Re at " + f);
            assertEquals(z.im(), im[0], 1e-11 * z.abs(), "Im at " + f);
        }
    }

    @Test
    void finiteWarburgLimitsAndNoOverflow() {
        // Ws -> Z0 (resistive) at low frequency; Wo -> Z0/(jωτ) + Z0/3 (capacitive); both -> Z0/sqrt(jωτ) at high
        double z0 = 50;
        double tau = 2;
        double[] re = new double[1];
        double[] im = new double[1];
        Circuit.parse("Ws1").impedance(new double[] {1e-9}, new double[] {z0, tau}, re, im);
        assertEquals(z0, re[0], 1e-6);
        Circuit.parse("Wo1").impedance(new double[] {1e-9}, new double[] {z0, tau}, re, im);
        assertEquals(z0 / 3, re[0], 1e-6);
        double w = 2 * Math.PI * 1e-9;
        assertEquals(-z0 / (w * tau), im[0], 1e-9 * z0 / (w * tau));
        for (String el : new String[] {"Wo1", "Ws1"}) {
            double f = 1e7; // ωτ ≈ 1.3e8: tanh must not overflow
            Circuit.parse(el).impedance(new double[] {f}, new double[] {z0, 1e3}, re, im);
            Cx semi = J.times(2 * Math.PI * f * 1e3).sqrt().inv().times(z0);
            assertEquals(semi.re(), re[0], 1e-12 * semi.abs(), el);
            assertEquals(semi.im(), im[0], 1e-12 * semi.abs(), el);
        }
    }

    @Test
    void analyticJacobianMatchesCentralDifferences() {
        Circuit c = Circuit.parse("R0-p(R1-Wo1,C1)-p(R2,CPE2)-L1-Ws3-p(K4,W5)");
        double[] p = {8, 150, 40, 0.7, 3e-6, 75, 2e-4, 0.78, 1e-7, 25, 0.05, 90, 4e-3, 20};
        Circuit.Workspace ws = c.newWorkspace();
        for (double f : new double[] {2e-3, 0.9, 33, 4e3, 2e5}) {
            double w = 2 * Math.PI * f;
            c.evaluate(w, Math.log(w), p, ws, true);
            double[] gr = ws.gradRe.clone();
            double[] gi = ws.gradIm.clone();
            double zAbs = Math.hypot(ws.re, ws.im);
            for (int j = 0; j < p.length; j++) {
                double h = 1e-6 * p[j];
                double[] q = p.clone();
                q[j] = p[j] + h;
                c.evaluate(w, Math.log(w), q, ws, false);
                double pr = ws.re;
                double pi = ws.im;
                q[j] = p[j] - h;
                c.evaluate(w, Math.log(w), q, ws, false);
                double dr = (pr - ws.re) / (2 * h);
                double di = (pi - ws.im) / (2 * h);
                double scale = zAbs / Math.abs(p[j]);
                assertEquals(dr, gr[j], 1e-6 * scale, c.parameterNames().get(j) + " Re at f = " + f);
                assertEquals(di, gi[j], 1e-6 * scale, c.parameterNames().get(j) + " Im at f = " + f);
            }
        }
    }

    @Test
    void syntaxErrorsCarryPositions() {
        assertPosition("R0-p(R1,CPE1", 13, "close p(");
        assertPosition("R0-X1", 4, "unknown element 'X'");
        assertPosition("R0-p(R1,R0)", 9, "used twice");
        assertPosition("R0-p(R1)", 8, "two branches");
        assertPosition("R-R1", 2, "numeric suffix");
        assertPosition("R0--R1", 4, "expected an element");
        assertPosition("R0-", 4, "end of the circuit");
        assertPosition("R0)", 3, "without a matching");
        assertPosition("R0 R1", 4, "joined by '-'");
        assertPosition("", 1, "empty");
        CircuitSyntaxException e = assertThrows(CircuitSyntaxException.class, () -> Circuit.parse("R0-p(R1,CPE1"));
        assertTrue(e.getMessage().contains("\n  R0-p(R1,CPE1\n              ^"), e.getMessage());
    }

    private static void assertPosition(String circuit, int position, String text) {
        CircuitSyntaxException e = assertThrows(CircuitSyntaxException.class, () -> Circuit.parse(circuit), circuit);
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }
}
