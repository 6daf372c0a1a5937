package org.electrocat.mechanism.kinetics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.electrocat.api.ProgressMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The integrators against closed-form and published solutions: a first-order chain A → B → C
 * (H. Bateman, Proc. Cambridge Philos. Soc. 15 (1910) 423), the cascade model itself run as a
 * three-step first-order chain, and Robertson's stiff chemical kinetics at t = 40 (reference
 * 0.7158270687193, 9.185534764e-6, 0.2841637457 from E. Hairer, G. Wanner, Solving Ordinary
 * Differential Equations II, 2nd ed., Springer 1996, section IV.10; scipy Radau at rtol 1e-13 gives
 * 0.7158270687194035, 9.185534764557729e-06, 0.2841637457458308).
 */
class OdeTest {

    /** A → B → C with rate constants k1, k2 (s⁻¹). */
    record Chain(double k1, double k2) implements OdeSystem {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public void derivatives(double[] y, double[] d) {
            d[0] = -k1 * y[0];
            d[1] = k1 * y[0] - k2 * y[1];
            d[2] = k2 * y[1];
        }

        @Override
        public void jacobian(double[] y, double[][] j) {
            j[0][0] = -k1;
            j[0][1] = 0;
            j[0][2] = 0;
            j[1][0] = k1;
            j[1][1] = -k2;
            j[1][2] = 0;
            j[2][0] = 0;
            j[2][1] = k2;
            j[2][2] = 0;
        }
    }

    static double[] bateman(double k1, double k2, double a0, double t) {
        double a = a0 * Math.exp(-k1 * t);
        double b = a0 * k1 / (k2 - k1) * (Math.exp(-k1 * t) - Math.exp(-k2 * t));
        return new double[] {a, b, a0 - a - b};
    }

    static double[] times(double end, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = end * i / (n - 1);
        }
        return t;
    }

    @ParameterizedTest
    @EnumSource(value = CascadeSimulator.Choice.class, names = {"ROSENBROCK", "DORMAND_PRINCE"})
    void batemanChainToOnePartIn1e8(CascadeSimulator.Choice choice) {
        Chain c = new Chain(0.7, 0.2);
        double[] t = times(20, 41);
        // Rosenbrock23 is second order: its global error is ~100× rtol here, so it needs rtol 1e-13 for 1e-8
        CascadeSimulator.Result r = new CascadeSimulator(1e-13, 1e-18, choice).integrate(c, new double[] {1, 0, 0}, t,
                ProgressMonitor.NONE);
        for (int i = 1; i < t.length; i++) {
            double[] exact = bateman(0.7, 0.2, 1, t[i]);
            for (int k = 0; k < 3; k++) {
                assertEquals(exact[k], r.states()[i][k], 1e-8 * Math.abs(exact[k]),
                        choice + " species " + k + " at t = " + t[i]);
            }
        }
    }

    @Test
    void cascadeModelIsAThreeStepBatemanChain() {
        // Tafel kinetics at E = E_ref, no HER (1e-30 mA/cm2), oxime formation off (1e-30 L/mol/s):
        // NO3- -> NO2- -> NH2OH -> NH3 with a·k = (1 cm2 / 20 mL)·k
        CellConditions cell = new CellConditions(1, 20, 0.4, 0, 0.05, 298.15, 0, -0.5, RateLaw.TAFEL, null);
        RateParameters p = RateParameters.of(2e-2, 0.5, 6e-3, 0.5, 3e-2, 0.5, 1e-30, 0.5, 1e-30);
        CascadeModel m = new CascadeModel(p, cell, -0.5);
        double[] l = {2e-2 / 20, 6e-3 / 20, 3e-2 / 20};
        assertEquals(l[0], m.forwardRateConstants()[0], 1e-18);
        double[] t = times(7200, 25);
        Trajectory tr = new CascadeSimulator(1e-12, 1e-16, CascadeSimulator.Choice.AUTO).run(m, -0.5,
                CascadeModel.initialState(cell), t, ProgressMonitor.NONE);
        for (int i = 1; i < t.length; i++) {
            double[] x = new double[4];
            for (int n = 0; n < 3; n++) {
                // Bateman: N_n = N0·Π_{i<n} λ_i·Σ_i e^{-λ_i t}/Π_{j≠i}(λ_j − λ_i), n = 0..2
                double prod = 1;
                for (int k = 0; k < n; k++) {
                    prod *= l[k];
                }
                double sum = 0;
                for (int a = 0; a <= n; a++) {
                    double den = 1;
                    for (int b = 0; b <= n; b++) {
                        if (b != a) {
                            den *= l[b] - l[a];
                        }
                    }
                    sum += Math.exp(-l[a] * t[i]) / den;
                }
                x[n] = 0.4 * prod * sum;
            }
            x[3] = 0.4 - x[0] - x[1] - x[2];
            double[] y = tr.states()[i];
            assertEquals(x[0], y[CascadeModel.NO3], 1e-8 * x[0]);
            assertEquals(x[1], y[CascadeModel.NO2], 1e-8 * x[1]);
            assertEquals(x[2], y[CascadeModel.NH2OH], 1e-8 * x[2]);
            assertEquals(x[3], y[CascadeModel.NH3], 1e-8 * x[3]);
            // electrons: 2 per NO3- reduced, 4 more per NO2- reduced, 2 more per NH2OH reduced
            double q = 2 * (0.4 - x[0]) + 4 * (x[2] + x[3]) + 2 * x[3];
            assertEquals(q, y[CascadeModel.CHARGE], 1e-8 * q);
            double sum = 0;
            for (Product pr : Product.values()) {
                sum += tr.fe(pr, i);
            }
            assertEquals(1, sum, 1e-10, "Faradaic efficiencies must add up to 1");
        }
    }

    /** Robertson's problem, the classic stiff test. */
    record Robertson() implements OdeSystem {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public void derivatives(double[] y, double[] d) {
            d[0] = -0.04 * y[0] + 1e4 * y[1] * y[2];
            d[1] = 0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] * y[1];
            d[2] = 3e7 * y[1] * y[1];
        }

        @Override
        public void jacobian(double[] y, double[][] j) {
            j[0][0] = -0.04;
            j[0][1] = 1e4 * y[2];
            j[0][2] = 1e4 * y[1];
            j[1][0] = 0.04;
            j[1][1] = -1e4 * y[2] - 6e7 * y[1];
            j[1][2] = -1e4 * y[1];
            j[2][0] = 0;
            j[2][1] = 6e7 * y[1];
            j[2][2] = 0;
        }
    }

    @Test
    void robertsonIsSolvedByTheStiffIntegratorAndDetectedAsStiff() {
        double[] y0 = {1, 0, 0};
        // at y0 the Jacobian norm is only 0.08; a little later the fast y2 modes dominate
        assertTrue(CascadeSimulator.stiffness(new Robertson(), y0, 40) < CascadeSimulator.STIFFNESS_THRESHOLD);
        assertTrue(CascadeSimulator.stiffness(new Robertson(), new double[] {0.8, 2e-5, 0.2}, 40) > CascadeSimulator.STIFFNESS_THRESHOLD);
        CascadeSimulator.Result r = new CascadeSimulator(1e-6, 1e-12, CascadeSimulator.Choice.ROSENBROCK)
                .integrate(new Robertson(), y0, new double[] {0, 40}, ProgressMonitor.NONE);
        assertEquals(0.7158270687194035, r.states()[1][0], 1e-6 * 0.716);
        assertEquals(9.185534764557729e-06, r.states()[1][1], 1e-6 * 9.19e-6);
        assertEquals(0.2841637457458308, r.states()[1][2], 1e-6 * 0.284);
        CascadeSimulator.Result dp = new CascadeSimulator(1e-6, 1e-12, CascadeSimulator.Choice.DORMAND_PRINCE)
                .integrate(new Robertson(), y0, new double[] {0, 40}, ProgressMonitor.NONE);
        assertEquals(0.7158270687194035, dp.states()[1][0], 1e-5);
        // the explicit method is limited by stability, not accuracy: ~270 000 evaluations against ~1 300 steps
        assertTrue(r.steps() < 2000, "Rosenbrock steps " + r.steps());
        assertTrue(dp.steps() > 50 * 3 * r.steps(), "Dormand-Prince evaluations " + dp.steps());
    }
}
