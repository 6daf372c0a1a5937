package org.electrocat.math.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NonlinearLeastSquaresTest {

    private static double[] grid(double from, double step, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from + step * i;
        }
        return x;
    }

    /** y = A·exp(−t/τ) + c. */
    private static double decay(double[] p, double t) {
        return p[0] * Math.exp(-t / p[1]) + p[2];
    }

    private static ResidualFunction decayResiduals(double[] t, double[] y) {
        return (p, r) -> {
            for (int i = 0; i < t.length; i++) {
                r[i] = decay(p, t[i]) - y[i];
            }
        };
    }

    private static final double[] DECAY = {2.5, 1.7, 0.3};

    @Test
    void recoversNoiseFreeExponentialDecay() {
        double[] t = grid(0, 0.25, 41);
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            y[i] = decay(DECAY, t[i]);
        }
        FitResult fd = NonlinearLeastSquares.builder(t.length, decayResiduals(t, y)).build().fit(1, 1, 0);
        assertTrue(fd.converged(), fd.message());
        assertArrayEquals(DECAY, fd.parameters(), 1e-8);
        JacobianFunction jac = (p, j) -> {
            for (int i = 0; i < t.length; i++) {
                double e = Math.exp(-t[i] / p[1]);
                j[i][0] = e;
                j[i][1] = p[0] * e * t[i] / (p[1] * p[1]);
                j[i][2] = 1;
            }
        };
        FitResult an = NonlinearLeastSquares.builder(t.length, decayResiduals(t, y)).jacobian(jac).build()
                .fit(1, 1, 0);
        assertTrue(an.converged(), an.message());
        assertArrayEquals(DECAY, an.parameters(), 1e-11);
        assertTrue(an.chiSquare() < 1e-20, "chi2 " + an.chiSquare());
    }

    @Test
    void recoversNoiseFreeGaussianWithCentralDifferences() {
        // y = a·exp(−(x−μ)²/(2σ²)), a = 3, μ = 1.2, σ = 0.7
        double[] x = grid(-3, 0.1, 81);
        double[] truth = {3, 1.2, 0.7};
        ResidualFunction f = (p, r) -> {
            for (int i = 0; i < x.length; i++) {
                double u = (x[i] - p[1]) / p[2];
                double yi = truth[0] * Math.exp(-Math.pow((x[i] - truth[1]) / truth[2], 2) / 2);
                r[i] = p[0] * Math.exp(-u * u / 2) - yi;
            }
        };
        FitResult res = NonlinearLeastSquares.builder(x.length, f).finiteDifference(FiniteDifference.CENTRAL)
                .build().fit(2, 0.5, 1.5);
        assertTrue(res.converged(), res.message());
        assertArrayEquals(truth, res.parameters(), 1e-9);
    }

    @Test
    void straightLineStandardErrorsEqualClosedFormRegression() {
        // OLS closed form: b = Sxy/Sxx, a = ȳ − b·x̄, s² = SSR/(n−2), SE_b = s/√Sxx, SE_a = s·√(1/n + x̄²/Sxx)
        int n = 20;
        double[] x = grid(0, 0.5, n);
        double[] y = new double[n];
        Random rnd = new Random(42);
        for (int i = 0; i < n; i++) {
            y[i] = 2 + 0.5 * x[i] + 0.3 * rnd.nextGaussian();
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double b = sxy / sxx;
        double a = my - b * mx;
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            ssr += Math.pow(y[i] - a - b * x[i], 2);
        }
        double s = Math.sqrt(ssr / (n - 2));
        double seB = s / Math.sqrt(sxx);
        double seA = s * Math.sqrt(1.0 / n + mx * mx / sxx);

        ResidualFunction line = (p, r) -> {
            for (int i = 0; i < n; i++) {
                r[i] = p[0] + p[1] * x[i] - y[i];
            }
        };
        // forward differences carry ~1e-8 relative error into J, hence into the solution
        FitResult fd = NonlinearLeastSquares.builder(n, line).build().fit(0, 0);
        assertEquals(a, fd.parameter(0), 1e-7);
        assertEquals(b, fd.parameter(1), 1e-7);
        assertEquals(seB, fd.standardError(1), 1e-6 * seB);
        FitResult res = NonlinearLeastSquares.builder(n, line).jacobian((p, j) -> {
            for (int i = 0; i < n; i++) {
                j[i][0] = 1;
                j[i][1] = x[i];
            }
        }).ftol(1e-14).xtol(1e-14).gtol(1e-14).build().fit(0, 0);
        assertTrue(res.converged(), res.message());
        // ftol stops once the χ² decrease (second order in the step) is ~1e-14 relative
        assertEquals(a, res.parameter(0), 1e-10);
        assertEquals(b, res.parameter(1), 1e-10);
        assertEquals(seA, res.standardError(0), 1e-7 * seA);
        assertEquals(seB, res.standardError(1), 1e-7 * seB);
        assertEquals(ssr, res.chiSquare(), 1e-10 * ssr);
        assertEquals(18, res.degreesOfFreedom());
        // t(0.975, 18) = 2.10092204024096 (statistical tables; scipy.stats.t.ppf(0.975, 18))
        assertEquals(b + 2.10092204024096 * seB, res.confidenceUpper()[1], 1e-7 * seB);
        // corr(a, b) = −x̄/√(x̄² + Sxx/n) for a straight line
        assertEquals(-mx / Math.sqrt(mx * mx + sxx / n), res.correlation()[0][1], 1e-7);
    }

    @Test
    void noisyDecayStandardErrorsAreCalibrated() {
        // 200 seeded data sets: the 95 % intervals must cover the truth ~95 % of the time (binomial SD
        // 1.5 %), and no estimate may lie more than 4.5 SE from it (chance ~1e-5 per estimate)
        double[] t = grid(0, 0.1, 101);
        double sigma = 0.02;
        int sets = 200;
        int[] covered = new int[3];
        double worst = 0;
        double meanRedChi2 = 0;
        double[] y = new double[t.length];
        NonlinearLeastSquares solver = NonlinearLeastSquares.builder(t.length, decayResiduals(t, y)).build();
        for (long seed = 1; seed <= sets; seed++) {
            Random rnd = new Random(seed);
            for (int i = 0; i < t.length; i++) {
                y[i] = decay(DECAY, t[i]) + sigma * rnd.nextGaussian();
            }
            FitResult res = solver.fit(1, 1, 0);
            assertTrue(res.converged(), res.message());
            for (int j = 0; j < 3; j++) {
                worst = Math.max(worst, Math.abs(res.parameter(j) - DECAY[j]) / res.standardError(j));
                if (res.confidenceLower()[j] <= DECAY[j] && DECAY[j] <= res.confidenceUpper()[j]) {
                    covered[j]++;
                }
            }
            meanRedChi2 += res.reducedChiSquare() / sets;
        }
        // E[χ²/ν] = σ²; the mean of 200 has relative SD √(2/98)/√200 = 1 %
        assertEquals(sigma * sigma, meanRedChi2, 0.05 * sigma * sigma);
        assertTrue(worst < 4.5, "an estimate lies " + worst + " SE from the truth");
        for (int j = 0; j < 3; j++) {
            double coverage = covered[j] / (double) sets;
            assertTrue(coverage > 0.90 && coverage < 0.99, "parameter " + j + " coverage " + coverage);
        }
    }

    @Test
    void nistMisra1aCertifiedValues() {
        // NIST StRD nonlinear regression, Misra1a (lower difficulty): y = b1·(1 − exp(−b2·x)), start 1
        double[] y = {10.07, 14.73, 17.94, 23.93, 29.61, 35.18, 40.02, 44.82, 50.76, 55.05, 61.01, 66.40, 75.47, 81.78};
        double[] x = {77.6, 114.9, 141.1, 190.8, 239.9, 289.0, 332.8, 378.4, 434.8, 477.3, 536.8, 593.1, 689.1, 760.0};
        ResidualFunction f = (b, r) -> {
            for (int i = 0; i < x.length; i++) {
                r[i] = b[0] * (1 - Math.exp(-b[1] * x[i])) - y[i];
            }
        };
        JacobianFunction jac = (b, j) -> {
            for (int i = 0; i < x.length; i++) {
                double e = Math.exp(-b[1] * x[i]);
                j[i][0] = 1 - e;
                j[i][1] = b[0] * x[i] * e;
            }
        };
        FitResult res = NonlinearLeastSquares.builder(x.length, f).jacobian(jac).ftol(1e-15).xtol(1e-15).gtol(1e-15)
                .build().fit(500, 1e-4);
        assertTrue(res.converged(), res.message());
        // certified: b1 = 2.3894212918E+02 ± 2.7070075241E+00, b2 = 5.5015643181E-04 ± 7.2668688436E-06,
        // residual sum of squares 1.2455138894E-01
        assertEquals(2.3894212918E+02, res.parameter(0), 1e-9 * 239);
        assertEquals(5.5015643181E-04, res.parameter(1), 1e-9 * 5.5e-4);
        assertEquals(2.7070075241E+00, res.standardError(0), 1e-8 * 2.7);
        assertEquals(7.2668688436E-06, res.standardError(1), 1e-8 * 7.27e-6);
        assertEquals(1.2455138894E-01, res.chiSquare(), 1e-10);
        // finite differences from the same start agree to about 7 digits
        FitResult fd = NonlinearLeastSquares.builder(x.length, f).build().fit(500, 1e-4);
        assertEquals(2.3894212918E+02, fd.parameter(0), 1e-6 * 239);
        assertEquals(2.7070075241E+00, fd.standardError(0), 1e-5 * 2.7);
    }

    @Test
    void rosenbrockFromTheStandardStart() {
        // Moré, Garbow, Hillstrom (1981) problem 1: r = (10(x2 − x1²), 1 − x1), x0 = (−1.2, 1), minimum (1, 1)
        FitResult res = NonlinearLeastSquares.builder(2, (p, r) -> {
            r[0] = 10 * (p[1] - p[0] * p[0]);
            r[1] = 1 - p[0];
        }).build().fit(-1.2, 1);
        assertTrue(res.converged(), res.message());
        assertArrayEquals(new double[] {1, 1}, res.parameters(), 1e-7);
    }

    @Test
    void boundsAreNeverViolatedAndMatchScipy() {
        double[] t = grid(0, 0.25, 41);
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            y[i] = decay(DECAY, t[i]);
        }
        // references: scipy.optimize.least_squares(method='trf', ftol=xtol=gtol=1e-15) on the same
        // noise-free data from x0 = (1, 1, 1); the truth (τ = 1.7, c = 0.3) lies outside each box
        double[][] lows = {{0, 0.1, 0.5}, {0, 0.1, -5}};
        double[][] highs = {{10, 5, 5}, {10, 1.5, 5}};
        double[][] expected = {{2.4053120339822955, 1.3046738920681327, 0.5},
            {2.560964849860683, 1.5, 0.3383603186682282}};
        boolean[][] onBound = {{false, false, true}, {false, true, false}};
        for (int k = 0; k < 2; k++) {
            double[] lo = lows[k];
            double[] hi = highs[k];
            boolean[] violated = new boolean[1];
            ResidualFunction f = (p, r) -> {
                for (int j = 0; j < 3; j++) {
                    violated[0] |= p[j] < lo[j] || p[j] > hi[j];
                }
                decayResiduals(t, y).evaluate(p, r);
            };
            for (FiniteDifference d : FiniteDifference.values()) {
                FitResult res = NonlinearLeastSquares.builder(t.length, f).bounds(lo, hi).finiteDifference(d)
                        .ftol(1e-14).xtol(1e-14).build().fit(1, 1, 1);
                assertFalse(violated[0], "a trial point left the box");
                assertTrue(res.converged(), res.message());
                assertArrayEquals(expected[k], res.parameters(), 1e-7, "case " + k + " " + d);
                assertArrayEquals(onBound[k], res.atBound());
            }
        }
    }

    @Test
    void fixedParameterStaysFixedAndOthersFit() {
        double[] t = grid(0, 0.25, 41);
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            y[i] = decay(DECAY, t[i]);
        }
        double[] seen = {Double.NaN, 0};
        ResidualFunction f = (p, r) -> {
            if (p[2] != 0.3) {
                seen[1]++;
            }
            decayResiduals(t, y).evaluate(p, r);
        };
        FitResult res = NonlinearLeastSquares.builder(t.length, f).fixed(false, false, true)
                .parameterNames("A", "tau", "c").build().fit(1, 1, 0.3);
        assertEquals(0, seen[1], "the fixed parameter was changed during the fit");
        assertTrue(res.converged(), res.message());
        assertArrayEquals(DECAY, res.parameters(), 1e-8);
        assertEquals(0.0, res.standardError(2));
        assertEquals(0.3, res.confidenceLower()[2]);
        assertEquals(0.3, res.confidenceUpper()[2]);
        assertTrue(Double.isNaN(res.correlation()[0][2]));
        assertEquals(1.0, res.correlation()[1][1]);
        assertEquals(41 - 2, res.degreesOfFreedom());
        assertTrue(res.toString().contains("c") && res.toString().contains("fixed"), res.toString());
    }

    @Test
    void weightedLineMatchesWeightedNormalEquations() {
        // weights 1/σ_i²; with absolute σ the covariance is (XᵀWX)⁻¹, a 2×2 inverse done by hand
        int n = 12;
        double[] x = grid(1, 1, n);
        double[] y = new double[n];
        double[] w = new double[n];
        Random rnd = new Random(9);
        for (int i = 0; i < n; i++) {
            double sigma = 0.1 * (1 + i);
            w[i] = 1 / (sigma * sigma);
            y[i] = -1 + 3 * x[i] + sigma * rnd.nextGaussian();
        }
        double s = 0;
        double sx = 0;
        double sxx = 0;
        double sy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            s += w[i];
            sx += w[i] * x[i];
            sxx += w[i] * x[i] * x[i];
            sy += w[i] * y[i];
            sxy += w[i] * x[i] * y[i];
        }
        double det = s * sxx - sx * sx;
        double a = (sxx * sy - sx * sxy) / det;
        double b = (s * sxy - sx * sy) / det;
        FitResult res = NonlinearLeastSquares.builder(n, (p, r) -> {
            for (int i = 0; i < n; i++) {
                r[i] = p[0] + p[1] * x[i] - y[i];
            }
        }).weights(w).scaleCovariance(false).ftol(1e-14).xtol(1e-14).gtol(1e-14).build().fit(0, 1);
        assertEquals(a, res.parameter(0), 1e-8);
        assertEquals(b, res.parameter(1), 1e-8);
        assertEquals(Math.sqrt(sxx / det), res.standardError(0), 1e-7 * Math.sqrt(sxx / det));
        assertEquals(Math.sqrt(s / det), res.standardError(1), 1e-7 * Math.sqrt(s / det));
        assertEquals(-sx / det, res.covariance()[0][1], 1e-7 * Math.abs(sx / det));
    }

    @Test
    void reportsRankDeficiency() {
        // y = (a + b)·x: only a + b is identifiable
        double[] x = grid(1, 1, 10);
        FitResult res = NonlinearLeastSquares.builder(10, (p, r) -> {
            for (int i = 0; i < 10; i++) {
                r[i] = (p[0] + p[1]) * x[i] - 2 * x[i] - 0.01 * Math.sin(i);
            }
        }).build().fit(0.5, 0.5);
        assertEquals(1, res.rank());
        assertTrue(res.message().contains("rank 1 < 2"), res.message());
    }

    @Test
    void reusedSolverGivesIdenticalResults() {
        double[] t = grid(0, 0.25, 41);
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            y[i] = decay(DECAY, t[i]) + 0.01 * Math.cos(7 * i);
        }
        NonlinearLeastSquares solver = NonlinearLeastSquares.builder(t.length, decayResiduals(t, y)).build();
        FitResult first = solver.fit(1, 1, 0);
        solver.fit(5, 3, 1);
        FitResult again = solver.fit(1, 1, 0);
        assertArrayEquals(first.parameters(), again.parameters(), 0.0);
        assertArrayEquals(first.standardErrors(), again.standardErrors(), 0.0);
        assertEquals(first.iterations(), again.iterations());
    }

    @Test
    void rejectsBadInputsWithNamedArguments() {
        ResidualFunction f = (p, r) -> {
            for (int i = 0; i < 5; i++) {
                r[i] = i == 3 ? Math.log(p[0] - 1) : p[0];
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NonlinearLeastSquares.builder(5, f).build().fit(0.5));
        assertTrue(e.getMessage().contains("residual[3]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NonlinearLeastSquares.builder(5, f)
                .bounds(new double[] {2}, new double[] {3}).parameterNames("R1").build().fit(1.5));
        assertTrue(e.getMessage().contains("R1") && e.getMessage().contains("bounds"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NonlinearLeastSquares.builder(5, f).build()
                .fit(Double.NaN));
        assertTrue(e.getMessage().startsWith("initial[0]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NonlinearLeastSquares.builder(5, f)
                .weights(new double[] {1, 1, -1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> NonlinearLeastSquares.builder(5, f)
                .weights(new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> NonlinearLeastSquares.builder(5, f)
                .bounds(new double[] {3}, new double[] {2}));
        assertThrows(IllegalArgumentException.class, () -> NonlinearLeastSquares.builder(5, f).fixed(true, false)
                .build().fit(2));
        assertThrows(IllegalArgumentException.class, () -> NonlinearLeastSquares.builder(0, f));
    }
}
