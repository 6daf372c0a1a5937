package org.electrocat.math.calculus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * References: analytic cases, and scipy 1.17.1 CubicSpline(x, y, bc_type='natural') and
 * PchipInterpolator(x, y) (default extrapolation: the end polynomials) on
 * x = [0, 0.3, 0.7, 1.2, 1.5, 2.1, 2.6, 3.0], y = exp(x/2)·sin(3x), evaluated at {@link #XQ}.
 */
class InterpolationTest {

    private static final double[] X = {0.0, 0.3, 0.7, 1.2, 1.5, 2.1, 2.6, 3.0};
    private static final double[] XQ = {-0.2, 0.1, 0.5, 1.0, 1.37, 2.0, 2.9, 3.2};
    private static final double[] CS = {-0.6363520522932321, 0.327062436463439, 1.2712049321559336,
        0.21350050823853886, -1.6445518580811058, -0.7259799841159572, 2.5711332434833416, 0.5066562931401122};
    private static final double[] CS_D = {2.9447893196842148, 3.2113816291889035, 0.9488805908262449,
        -4.7127939182644685, -4.2445716891320275, 6.993405394060367, -6.881589834477421, -5.262159127527163};
    private static final double[] PC = {-0.7532385774339133, 0.3849936597285687, 1.1318222769792539,
        0.20685835748125597, -1.6956396823373383, -0.4416793815565191, 2.6807538324816047, -0.7349775289281583};
    private static final double[] PC_D = {3.1870963583857588, 3.616217472971197, 0.8592210806162865,
        -5.353122398401292, -4.94706183591145, 4.938207643254789, -6.943100872736492, -16.216889494899693};

    private static double[] y(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.exp(0.5 * x[i]) * Math.sin(3 * x[i]);
        }
        return y;
    }

    private static double[] derivatives(Interpolant f, double[] xs) {
        double[] d = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            d[i] = f.derivative(xs[i]);
        }
        return d;
    }

    @Test
    void naturalSplineMatchesScipy() {
        Interpolant s = Interpolation.naturalCubicSpline(X, y(X), Extrapolation.EXTEND);
        assertArrayEquals(CS, s.values(XQ), 1e-13);
        assertArrayEquals(CS_D, derivatives(s, XQ), 1e-12);
        // scipy CubicSpline.integrate(0.1, 2.9)
        assertEquals(1.4858204974545268, s.integral(0.1, 2.9), 1e-13);
    }

    @Test
    void pchipMatchesScipy() {
        Interpolant p = Interpolation.pchip(X, y(X), Extrapolation.EXTEND);
        assertArrayEquals(PC, p.values(XQ), 1e-13);
        assertArrayEquals(PC_D, derivatives(p, XQ), 1e-12);
        assertEquals(1.591367534430198, p.integral(0.1, 2.9), 1e-13);
    }

    @Test
    void splineHasZeroEndCurvatureAndContinuousDerivatives() {
        Interpolant s = Interpolation.naturalCubicSpline(X, y(X), Extrapolation.EXTEND);
        double h = 1e-5;
        // second derivative by central difference of the analytic first derivative
        assertEquals(0, (s.derivative(X[0] + h) - s.derivative(X[0])) / h, 1e-3);
        assertEquals(0, (s.derivative(3.0) - s.derivative(3.0 - h)) / h, 1e-3);
        for (int k = 1; k < X.length - 1; k++) {
            assertEquals(s.derivative(X[k] - 1e-12), s.derivative(X[k] + 1e-12), 1e-9, "C1 at knot " + k);
            double left = (s.derivative(X[k]) - s.derivative(X[k] - h)) / h;
            double right = (s.derivative(X[k] + h) - s.derivative(X[k])) / h;
            assertEquals(left, right, 1e-3, "C2 at knot " + k);
        }
    }

    @Test
    void splineConvergesToSineFourthOrder() {
        double[] errs = new double[2];
        for (int r = 0; r < 2; r++) {
            int n = r == 0 ? 41 : 81;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = 2 * Math.PI * i / (n - 1);
                y[i] = Math.sin(x[i]);
            }
            Interpolant s = Interpolation.naturalCubicSpline(x, y, Extrapolation.ERROR);
            // interior only: sin'' = 0 at 0 and 2π, so natural ends are consistent anyway
            for (double t = 0.5; t < 5.8; t += 0.0137) {
                errs[r] = Math.max(errs[r], Math.abs(s.value(t) - Math.sin(t)));
            }
        }
        assertTrue(errs[0] < 2e-6, "error " + errs[0]);
        assertTrue(errs[0] / errs[1] > 12, "convergence ratio " + errs[0] / errs[1]);
    }

    @Test
    void pchipIsMonotoneWhereTheSplineOvershoots() {
        // a step: monotone data must give a monotone PCHIP; the spline rings
        double[] x = {0, 1, 2, 3, 4, 5, 6};
        double[] y = {0, 0, 0, 1, 1, 1, 1};
        Interpolant p = Interpolation.pchip(x, y, Extrapolation.ERROR);
        Interpolant s = Interpolation.naturalCubicSpline(x, y, Extrapolation.ERROR);
        double prev = -1;
        boolean splineOvershoots = false;
        for (double t = 0; t <= 6; t += 0.01) {
            double v = p.value(t);
            assertTrue(v >= prev - 1e-15 && v >= 0 && v <= 1, "PCHIP not monotone at " + t);
            prev = v;
            splineOvershoots |= s.value(t) > 1.01 || s.value(t) < -0.01;
        }
        assertTrue(splineOvershoots);
    }

    @Test
    void linearInterpolationAndEveryExtrapolationPolicy() {
        double[] x = {1, 2, 4};
        double[] y = {10, 20, 0};
        Interpolant nearest = Interpolation.linear(x, y, Extrapolation.NEAREST);
        assertEquals(15, nearest.value(1.5), 1e-15);
        assertEquals(10, nearest.value(3), 1e-15);
        assertEquals(10, nearest.value(-5), 0);
        assertEquals(0, nearest.value(9), 0);
        assertEquals(0, nearest.derivative(9), 0);
        assertEquals(-10, nearest.derivative(3), 1e-15);
        assertEquals(5, Interpolation.linear(x, y, Extrapolation.EXTEND).value(0.5), 1e-15);
        assertEquals(-10, Interpolation.linear(x, y, Extrapolation.EXTEND).value(5), 1e-15);
        assertTrue(Double.isNaN(Interpolation.linear(x, y, Extrapolation.NAN).value(0.5)));
        assertTrue(Double.isNaN(nearest.value(Double.NaN)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Interpolation.linear(x, y, Extrapolation.ERROR).value(4.5));
        assertTrue(e.getMessage().contains("4.5") && e.getMessage().contains("[1.0, 4.0]"), e.getMessage());
        // numpy.interp(1.37, X, y(X)) = -1.5220851443806604
        assertEquals(-1.5220851443806604, Interpolation.linear(X, y(X), Extrapolation.NEAREST).value(1.37), 1e-15);
        // ∫1^4: trapezoids 15 + 20
        assertEquals(35, nearest.integral(1, 4), 1e-13);
        assertEquals(-35, nearest.integral(4, 1), 1e-13);
    }

    @Test
    void allMethodsAreExactForLinearData() {
        double[] x = {0, 0.5, 2, 3.5, 4};
        double[] y = {1, 2, 5, 8, 9};
        for (Interpolant f : new Interpolant[] {Interpolation.linear(x, y, Extrapolation.EXTEND),
            Interpolation.naturalCubicSpline(x, y, Extrapolation.EXTEND), Interpolation.pchip(x, y, Extrapolation.EXTEND)}) {
            for (double t = -1; t <= 5; t += 0.25) {
                assertEquals(1 + 2 * t, f.value(t), 1e-13);
                assertEquals(2, f.derivative(t), 1e-12);
            }
        }
    }

    @Test
    void rejectsBadData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Interpolation.pchip(new double[] {0, 2, 1}, new double[] {1, 2, 3}, Extrapolation.NAN));
        assertTrue(e.getMessage().contains("strictly increase"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Interpolation.linear(new double[] {0, 1}, new double[] {1, Double.NaN}, Extrapolation.NAN));
        assertThrows(IllegalArgumentException.class,
                () -> Interpolation.naturalCubicSpline(new double[] {0}, new double[] {1}, Extrapolation.NAN));
        assertThrows(IllegalArgumentException.class,
                () -> Interpolation.linear(new double[] {0, 1}, new double[] {1, 2, 3}, Extrapolation.NAN));
        assertThrows(IllegalArgumentException.class,
                () -> Interpolation.linear(new double[] {0, 1}, new double[] {1, 2}, null));
        assertThrows(IllegalArgumentException.class,
                () -> Interpolation.linear(new double[] {0, 1}, new double[] {1, 2}, Extrapolation.EXTEND).integral(0, 2));
    }

    @Test
    void firstCrossingOnAnUnsortedPath() {
        // a triangle sweep 0 → 1 → 0 with y = 10·sample index: x = 0.25 is first met between samples 0 and 1
        double[] x = {0, 0.5, 1, 0.5, 0};
        double[] y = {0, 10, 20, 30, 40};
        assertEquals(5.0, Interpolation.atFirstCrossing(x, y, 0, 5, 0.25), 1e-15);
        // from sample 2 on the path runs backwards: 0.25 lies between samples 3 and 4
        assertEquals(35.0, Interpolation.atFirstCrossing(x, y, 2, 5, 0.25), 1e-15);
        assertEquals(20.0, Interpolation.atFirstCrossing(x, y, 0, 5, 1.0), 0);
        // a NaN reading is passed over: the next bracketing pair is used
        double[] g = {0, Double.NaN, 20, 30, 40};
        assertEquals(35.0, Interpolation.atFirstCrossing(x, g, 0, 5, 0.25), 1e-15);
        assertTrue(Double.isNaN(Interpolation.atFirstCrossing(x, y, 0, 5, 2)));
    }
}
