package org.electrocat.math.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinearFitTest {

    // NIST StRD linear regression "Norris" (lower difficulty), y = B0 + B1·x, 36 observations
    private static final double[] NORRIS_X = {0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6, 777.0,
        558.2, 0.4, 0.6, 775.5, 666.9, 338.0, 447.5, 11.6, 556.0, 228.1, 995.8, 887.6, 120.2, 0.3, 0.3, 556.8,
        339.1, 887.2, 999.0, 779.0, 11.1, 118.3, 229.2, 669.1, 448.9, 0.5};
    private static final double[] NORRIS_Y = {0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1, 778.9,
        559.2, 0.3, 0.1, 778.1, 668.8, 339.3, 448.9, 10.8, 557.7, 228.3, 998.0, 888.8, 119.6, 0.3, 0.6, 557.6,
        339.3, 888.0, 998.5, 778.9, 10.2, 117.6, 228.9, 668.4, 449.2, 0.2};

    private static void assertRel(double expected, double actual, double rel) {
        assertEquals(expected, actual, Math.abs(expected) * rel);
    }

    @Test
    void nistNorrisCertifiedValues() {
        LinearFitResult r = LinearFit.fit(NORRIS_X, NORRIS_Y);
        // certified values (NIST StRD, 15 significant digits)
        assertRel(-0.262323073774029, r.intercept(), 1e-12);
        assertRel(0.232818234301152, r.interceptStandardError(), 1e-12);
        assertRel(1.00211681802045, r.slope(), 1e-13);
        assertRel(0.429796848199937E-03, r.slopeStandardError(), 1e-12);
        assertRel(0.884796396144373, r.residualStandardDeviation(), 1e-12);
        assertRel(0.999993745883712, r.rSquared(), 1e-14);
        assertRel(26.6173985294224, r.sumOfSquaredResiduals(), 1e-12);
        assertEquals(36, r.n());
        assertEquals(34, r.degreesOfFreedom());
    }

    @Test
    void nistNoInterceptCertifiedValues() {
        // NoInt1: x = 60..70, y = 130..140, y = B1·x
        double[] x = new double[11];
        double[] y = new double[11];
        for (int i = 0; i < 11; i++) {
            x[i] = 60 + i;
            y[i] = 130 + i;
        }
        LinearFitResult r = LinearFit.fitThroughOrigin(x, y);
        assertRel(2.07438016528926, r.slope(), 1e-13);
        assertRel(0.165289256198347E-01, r.slopeStandardError(), 1e-12);
        assertRel(3.56753034006338, r.residualStandardDeviation(), 1e-12);
        assertRel(0.999365492298663, r.rSquared(), 1e-14);
        assertEquals(10, r.degreesOfFreedom());
        assertEquals(0.0, r.intercept());
        // NoInt2: x = 4, 5, 6; y = 3, 4, 4
        LinearFitResult r2 = LinearFit.fitThroughOrigin(new double[] {4, 5, 6}, new double[] {3, 4, 4});
        assertRel(0.727272727272727, r2.slope(), 1e-13);
        assertRel(0.420827318078432E-01, r2.slopeStandardError(), 1e-12);
        assertRel(0.369274472937998, r2.residualStandardDeviation(), 1e-12);
        assertRel(0.993348115299335, r2.rSquared(), 1e-14);
    }

    @Test
    void weightedFitMatchesMatrixSolution() {
        // reference: numpy, beta = solve(XᵀWX, XᵀWy), C = s²·inv(XᵀWX), s² = Σw r²/(n−2)
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] y = {2.1, 3.9, 6.2, 7.8, 10.1, 12.3, 13.8, 16.2};
        double[] w = {1, 2, 1, 3, 1, 2, 1, 4};
        LinearFitResult r = LinearFit.fitWeighted(x, y, w);
        assertRel(-0.12668810289389398, r.intercept(), 1e-12);
        assertRel(2.0355305466237947, r.slope(), 1e-13);
        assertRel(0.1647019601048181, r.interceptStandardError(), 1e-12);
        assertRel(0.029486380853627384, r.slopeStandardError(), 1e-12);
        assertRel(-0.004405196389615495, r.covariance(), 1e-12);
        assertRel(0.9987425448783287, r.rSquared(), 1e-14);
        assertRel(0.2685258075581542, r.residualStandardDeviation(), 1e-12);
    }

    @Test
    void integerWeightsEqualRepeatedPoints() {
        // weight k on a point gives the same line as k copies of it
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {1.2, 1.9, 3.3, 3.8, 5.4};
        double[] w = {1, 3, 2, 1, 2};
        double[] xr = {1, 2, 2, 2, 3, 3, 4, 5, 5};
        double[] yr = {1.2, 1.9, 1.9, 1.9, 3.3, 3.3, 3.8, 5.4, 5.4};
        LinearFitResult a = LinearFit.fitWeighted(x, y, w);
        LinearFitResult b = LinearFit.fit(xr, yr);
        assertEquals(b.slope(), a.slope(), 1e-13);
        assertEquals(b.intercept(), a.intercept(), 1e-13);
        assertEquals(b.sumOfSquaredResiduals(), a.sumOfSquaredResiduals(), 1e-13);
        // a zero weight removes a point, including from n and ν
        LinearFitResult c = LinearFit.fitWeighted(new double[] {1, 2, 3, 99}, new double[] {2, 4, 6.5, -7},
                new double[] {1, 1, 1, 0});
        LinearFitResult d = LinearFit.fit(new double[] {1, 2, 3}, new double[] {2, 4, 6.5});
        assertEquals(d.slope(), c.slope(), 1e-14);
        assertEquals(3, c.n());
        assertEquals(d.slopeStandardError(), c.slopeStandardError(), 1e-14);
    }

    @Test
    void exactLineAndAbsoluteSigma() {
        LinearFitResult r = LinearFit.fit(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7});
        assertEquals(2, r.slope(), 1e-15);
        assertEquals(1, r.intercept(), 1e-15);
        assertEquals(0, r.slopeStandardError(), 1e-15);
        assertEquals(1, r.rSquared(), 1e-15);
        assertEquals(0.5, r.solveForX(2), 1e-15);
        // σ = 0.5 at all points (w = 4): absolute SE(b) = σ/√Sxx = 0.5/√5
        LinearFitResult a = LinearFit.fit(new double[] {0, 1, 2, 3}, new double[] {1, 3.1, 4.9, 7},
                new double[] {4, 4, 4, 4}, false, true);
        assertEquals(0.5 / Math.sqrt(5), a.slopeStandardError(), 1e-15);
        // t(0.975, 2) = 4.30265272974946 (statistical tables)
        // (Commons Math inverts the t CDF to ~1e-9 absolute accuracy)
        assertEquals(4.30265272974946 * a.slopeStandardError(), a.slopeConfidenceHalfWidth(0.95), 1e-9);
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinearFit.fit(new double[] {1, Double.NaN, 3}, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().startsWith("x[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LinearFit.fit(new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("y"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> LinearFit.fit(new double[] {2, 2, 2}, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("same value"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LinearFit.fit(new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> LinearFit.fitWeighted(new double[] {1, 2, 3}, new double[] {1, 2, 3}, new double[] {1, -1, 1}));
        assertThrows(IllegalArgumentException.class, () -> LinearFit.fitThroughOrigin(new double[] {0, 0},
                new double[] {1, 2}));
    }

    @Test
    void rangeFitEqualsFitOfTheSlice() {
        double[] x = {9, 0, 10, 20, 40, 60, 80, -3};
        double[] y = {7, 0.005, 0.121, 0.232, 0.468, 0.690, 0.911, Double.NaN};
        LinearFitResult r = LinearFit.fit(x, y, 1, 7);
        LinearFitResult s = LinearFit.fit(java.util.Arrays.copyOfRange(x, 1, 7), java.util.Arrays.copyOfRange(y, 1, 7));
        assertEquals(s, r);
        // scipy.stats.linregress on the slice
        assertRel(0.011348421052631577, r.slope(), 1e-14);
        assertRel(0.002856270741452615, r.interceptStandardError(), 1e-12);
        assertEquals(6, r.n());
        assertThrows(IllegalArgumentException.class, () -> LinearFit.fit(x, y, 2, 8));
        assertThrows(IllegalArgumentException.class, () -> LinearFit.fit(x, y, 5, 9));
    }

    @Test
    void inversePredictionUnweightedAndWeighted() {
        // unweighted, m = 1: Miller & Miller eq. 5.9 evaluated with numpy
        LinearFitResult u = LinearFit.fit(new double[] {0, 10, 20, 40, 60, 80},
                new double[] {0.005, 0.121, 0.232, 0.468, 0.690, 0.911});
        double[] inv = u.inversePrediction(0.35, 1);
        assertRel(30.197569798719968, inv[0], 1e-13);
        assertRel(0.4180891711995472, inv[1], 1e-12);
        // weighted: the Miller & Miller §5.10 example (absorbance with SDs 0.001 .. 0.022, w = 1/s²);
        // reference by numpy: WLS from the normal equations, covariance s²(XᵀWX)⁻¹, and
        // Var(x0) = (s²/w0 + Var a + x0² Var b + 2 x0 Cov(a,b)) / b² (delta method)
        double[] sd = {0.001, 0.004, 0.010, 0.013, 0.017, 0.022};
        double[] w = new double[sd.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 / (sd[i] * sd[i]);
        }
        LinearFitResult f = LinearFit.fitWeighted(new double[] {0, 2, 4, 6, 8, 10},
                new double[] {0.009, 0.158, 0.301, 0.472, 0.577, 0.739}, w);
        assertRel(0.07375996623705021, f.slope(), 1e-13);
        assertRel(0.009083907773170433, f.intercept(), 1e-12);
        assertRel(1.0606741690863575, f.residualStandardDeviation(), 1e-12);
        double[] lo = f.inversePrediction(0.1, 1 / (0.004 * 0.004));
        assertRel(1.2325940054614843, lo[0], 1e-12);
        assertRel(0.06089878737098307, lo[1], 1e-12);
        double[] hi = f.inversePrediction(0.6, 1 / (0.017 * 0.017));
        assertRel(8.011338973878322, hi[0], 1e-12);
        assertRel(0.26935188662135123, hi[1], 1e-12);
        // scale invariance: all weights (w0 included) times 7 give the same s_x0
        double[] w7 = w.clone();
        for (int i = 0; i < w7.length; i++) {
            w7[i] *= 7;
        }
        double[] hi7 = LinearFit.fitWeighted(new double[] {0, 2, 4, 6, 8, 10},
                new double[] {0.009, 0.158, 0.301, 0.472, 0.577, 0.739}, w7).inversePrediction(0.6, 7 / (0.017 * 0.017));
        assertRel(hi[1], hi7[1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> f.inversePrediction(0.6, 0));
    }
}
