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
}
