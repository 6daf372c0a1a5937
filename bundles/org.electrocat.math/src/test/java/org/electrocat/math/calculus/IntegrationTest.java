package org.electrocat.math.calculus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntegrationTest {

    private static double[] grid(int n, double to) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = to * i / (n - 1);
        }
        return x;
    }

    /** An irregular but monotone grid on [0, to]: x = to·(u + 0.3·sin(2πu)/(2π)), dx/du = 1 + 0.3·cos(2πu) > 0. */
    private static double[] irregular(int n, double to) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double u = i / (double) (n - 1);
            x[i] = to * (u + 0.3 * Math.sin(2 * Math.PI * u) / (2 * Math.PI));
        }
        return x;
    }

    private static double[] map(double[] x, java.util.function.DoubleUnaryOperator f) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return y;
    }

    @Test
    void trapezoidIsExactForLinesAndSecondOrderForSine() {
        double[] x = irregular(17, 3);
        assertEquals(2 * 3 + 0.5 * 9, Integration.trapezoid(map(x, t -> 2 + t), x), 1e-13); // ∫0^3 (2 + t) dt
        // ∫0^π sin = 2; uniform trapezoid error is π·h²/12·(mean |sin''|) ≈ h²/6
        for (int n : new int[] {11, 101, 1001}) {
            double[] g = grid(n, Math.PI);
            double h = Math.PI / (n - 1);
            double err = Math.abs(Integration.trapezoid(map(g, Math::sin), g) - 2);
            assertTrue(err < h * h / 5 && err > h * h / 7, "n=" + n + " error " + err);
            assertEquals(Integration.trapezoid(map(g, Math::sin), g), Integration.trapezoid(map(g, Math::sin), h), 1e-14);
        }
    }

    @Test
    void trapezoidFollowsTheSignOfDx() {
        // a cathodic sweep: x decreasing gives the negative area, as numpy.trapezoid
        double[] x = {1.0, 0.5, 0.0};
        double[] y = {2.0, 2.0, 2.0};
        assertEquals(-2.0, Integration.trapezoid(y, x), 0);
    }

    @Test
    void cumulativeTrapezoidOfCosineIsSine() {
        double[] x = irregular(2001, 2 * Math.PI);
        double[] c = Integration.cumulativeTrapezoid(map(x, Math::cos), x, 0);
        assertEquals(x.length, c.length);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Math.sin(x[i]), c[i], 2e-6);
        }
        double[] noInitial = Integration.cumulativeTrapezoid(map(x, Math::cos), x);
        assertEquals(x.length - 1, noInitial.length);
        assertEquals(c[5], noInitial[4], 0);
        // exact for a line: 3 + ∫0^x (1 + 2t) dt = 3 + x + x²
        double[] lx = {0, 0.5, 1.5, 2};
        assertArrayEquals(new double[] {3, 3.75, 6.75, 9}, Integration.cumulativeTrapezoid(map(lx, t -> 1 + 2 * t), lx, 3),
                1e-14);
    }

    @Test
    void simpsonIsExactForQuadraticsOnAnyGridAndCubicsOnUniformOddGrids() {
        java.util.function.DoubleUnaryOperator q = t -> 1 - 2 * t + 3 * t * t;
        double exactQ = 2 - 4 + 8; // ∫0^2 (1 − 2t + 3t²) dt
        for (int n : new int[] {3, 4, 7, 8, 12}) {
            double[] x = irregular(n, 2);
            assertEquals(exactQ, Integration.simpson(map(x, q), x), 1e-12, "n=" + n);
        }
        double[] u = grid(9, 2);
        assertEquals(4 - 8.0 / 3 + 2, Integration.simpson(map(u, t -> t * t * t - t * t + 1), u), 1e-13); // ∫0^2 t³−t²+1
        // decreasing x integrates to the negative
        double[] x = irregular(7, 2);
        double[] rx = new double[7];
        double[] ry = new double[7];
        for (int i = 0; i < 7; i++) {
            rx[i] = x[6 - i];
            ry[i] = q.applyAsDouble(rx[i]);
        }
        assertEquals(-exactQ, Integration.simpson(ry, rx), 1e-12);
    }

    @Test
    void simpsonMatchesScipyAndConvergesFourthOrder() {
        // scipy.integrate.simpson(y, x=x), y = exp(x/2)·sin(3x) on x below: 1.6621866482266796 (8 points, even),
        // 0.4204526109065817 (first 7 points)
        double[] x = {0.0, 0.3, 0.7, 1.2, 1.5, 2.1, 2.6, 3.0};
        double[] y = map(x, t -> Math.exp(0.5 * t) * Math.sin(3 * t));
        assertEquals(1.6621866482266796, Integration.simpson(y, x), 1e-14);
        assertEquals(0.4204526109065817, Integration.simpson(java.util.Arrays.copyOf(y, 7), java.util.Arrays.copyOf(x, 7)),
                1e-14);
        // ∫0^π sin = 2 with error O(h⁴): halving h cuts the error ~16×
        double e1 = Math.abs(Integration.simpson(map(grid(21, Math.PI), Math::sin), grid(21, Math.PI)) - 2);
        double e2 = Math.abs(Integration.simpson(map(grid(41, Math.PI), Math::sin), grid(41, Math.PI)) - 2);
        assertTrue(e1 / e2 > 14 && e1 / e2 < 18, "ratio " + e1 / e2);
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Integration.trapezoid(new double[] {1, Double.NaN}, new double[] {0, 1}));
        assertTrue(e.getMessage().startsWith("y[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Integration.trapezoid(new double[] {1, 2}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> Integration.trapezoid(new double[] {1, 2}, 0.0));
        e = assertThrows(IllegalArgumentException.class,
                () -> Integration.simpson(new double[] {1, 2, 3, 4}, new double[] {0, 1, 0.5, 2}));
        assertTrue(e.getMessage().contains("monotonic"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Integration.simpson(new double[] {1, 2, 3}, new double[] {0, 1, 1}));
    }

    @Test
    void rangeAbsoluteAndErrorEstimate() {
        // a constant current over [1, 5] of a longer record: I·t exactly
        double[] t = {0, 1, 2, 3, 4, 5, 6};
        double[] i = {9, -2.5, -2.5, -2.5, -2.5, -2.5, Double.NaN};
        assertEquals(-10.0, Integration.trapezoid(i, t, 1, 6), 0);
        assertEquals(10.0, Integration.trapezoidAbs(i, t, 1, 6), 0);
        assertEquals(0.0, Integration.trapezoidErrorEstimate(i, t, 1, 6, true), 0);
        assertArrayEquals(new double[] {1, 3.5, 6, 8.5, 11}, Integration.cumulativeTrapezoidAbs(i, t, 1, 6, 1), 0);
        // y = −1 .. +1 over Δx = 1: |y| area is two triangles of 1/4; the plain trapezoid gives 0
        assertEquals(0.5, Integration.trapezoidAbs(new double[] {-1, 1}, new double[] {0, 1}, 0, 2), 1e-16);
        assertEquals(0.0, Integration.trapezoid(new double[] {-1, 1}, new double[] {0, 1}, 0, 2), 0);
        // ∫0^2π |sin x| dx = 4; Richardson's estimate brackets the true error within a factor 3
        int n = 2001;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = 2 * Math.PI * k / (n - 1);
            y[k] = Math.sin(x[k]);
        }
        double v = Integration.trapezoidAbs(y, x, 0, n);
        double err = Math.abs(v - 4);
        double est = Integration.trapezoidErrorEstimate(y, x, 0, n, true);
        assertTrue(err < 1e-5 && est > err / 3 && est < err * 3, "estimate " + est + " vs true " + err);
        // ∫0^1 x² = 1/3: trapezoid error h²/6·... the estimate equals the true error for a quadratic
        double[] q = new double[11];
        double[] qx = new double[11];
        for (int k = 0; k < 11; k++) {
            qx[k] = k / 10.0;
            q[k] = qx[k] * qx[k];
        }
        double tq = Integration.trapezoid(q, qx, 0, 11);
        assertEquals(Math.abs(tq - 1.0 / 3), Integration.trapezoidErrorEstimate(q, qx, 0, 11, false), 1e-15);
        assertTrue(Double.isNaN(Integration.trapezoidErrorEstimate(q, qx, 0, 4, false)), "under 5 samples");
        assertThrows(IllegalArgumentException.class, () -> Integration.trapezoid(i, t, 1, 7));
        assertThrows(IllegalArgumentException.class, () -> Integration.trapezoidAbs(i, t, 0, 8));
    }
}
