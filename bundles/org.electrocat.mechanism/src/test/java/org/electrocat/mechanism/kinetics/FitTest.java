package org.electrocat.mechanism.kinetics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.math.fit.FitResult;
import org.junit.jupiter.api.Test;

/**
 * Fitting synthetic FE-vs-potential data made by the model from known rate parameters gives the
 * parameters back: exactly (to the solver's tolerance) from noise-free data, and within three
 * standard errors from data with Gaussian noise of known σ (1 percentage point).
 */
class FitTest {

    static final RateParameters TRUE = RateParameters.of(2e-4, 0.15, 2e-3, 0.30, 1e-4, 0.35, 5, 0.30, 1.0);
    static final CellConditions CELL = new CellConditions(1, 30, 0.4, 0, 0.05, 298.15, 0, -0.5, RateLaw.TAFEL, null);
    static final double[] POTENTIALS = {-0.3, -0.4, -0.5, -0.6, -0.7, -0.8, -0.9, -1.0};
    static final double TIME = 3600;

    static CascadeSimulator simulator() {
        return new CascadeSimulator(1e-11, 1e-15, CascadeSimulator.Choice.AUTO);
    }

    /** Synthetic measurements: the model at each potential plus noise of σ (fraction; 0 for none). */
    static MeasuredSelectivity synthetic(double sigma, long seed) {
        Random rnd = new Random(seed);
        Map<Product, double[]> fe = new EnumMap<>(Product.class);
        Map<Product, double[]> u = new EnumMap<>(Product.class);
        double[] conv = new double[POTENTIALS.length];
        double[] convU = new double[POTENTIALS.length];
        for (Product p : Product.values()) {
            fe.put(p, new double[POTENTIALS.length]);
            u.put(p, new double[POTENTIALS.length]);
        }
        CascadeSimulator sim = simulator();
        for (int j = 0; j < POTENTIALS.length; j++) {
            Trajectory t = sim.run(new CascadeModel(TRUE, CELL, POTENTIALS[j]), POTENTIALS[j],
                    CascadeModel.initialState(CELL), new double[] {0, TIME}, ProgressMonitor.NONE);
            for (Product p : Product.values()) {
                fe.get(p)[j] = t.finalFe(p) + sigma * rnd.nextGaussian();
                u.get(p)[j] = sigma > 0 ? sigma : Double.NaN;
            }
            conv[j] = t.conversion(1) + sigma * rnd.nextGaussian();
            convU[j] = sigma > 0 ? sigma : Double.NaN;
        }
        return new MeasuredSelectivity(POTENTIALS, fe, u, conv, convU, List.of());
    }

    static RateParameters start() {
        double[] v = TRUE.values();
        for (int i = 0; i < v.length; i++) {
            v[i] += RateParameters.isAlpha(i) ? (i % 4 == 1 ? 0.05 : -0.05) : (i % 4 == 0 ? 0.3 : -0.3);
        }
        return new RateParameters(v);
    }

    static boolean[] all() {
        boolean[] f = new boolean[RateParameters.COUNT];
        java.util.Arrays.fill(f, true);
        return f;
    }

    @Test
    void noiseFreeDataGiveTheConstantsBack() {
        KineticFit fit = new KineticFit(synthetic(0, 1), CELL, TIME, simulator(), ProgressMonitor.NONE);
        FitResult r = fit.fit(start(), all(), false);
        assertTrue(r.converged(), r.toString());
        double[] truth = TRUE.values();
        for (int i = 0; i < truth.length; i++) {
            assertEquals(truth[i], r.parameter(i), 1e-5, RateParameters.NAMES.get(i) + "\n" + r);
        }
        assertTrue(r.chiSquare() < 1e-8, r.toString());
    }

    @Test
    void noisyDataGiveTheConstantsWithinTheirErrors() {
        double sigma = 0.01; // 1 percentage point
        KineticFit fit = new KineticFit(synthetic(sigma, 20240611L), CELL, TIME, simulator(), ProgressMonitor.NONE);
        FitResult r = fit.fit(start(), all(), true);
        assertTrue(r.converged(), r.toString());
        double[] truth = TRUE.values();
        for (int i = 0; i < truth.length; i++) {
            double se = r.standardError(i);
            // NH2OH -> NH3 matters only at the most negative potentials: its SE is large (~0.8 decade), honestly
            assertTrue(se > 0 && Double.isFinite(se), RateParameters.NAMES.get(i) + ": SE " + se + "\n" + r);
            assertEquals(truth[i], r.parameter(i), 3 * se, RateParameters.NAMES.get(i) + "\n" + r);
        }
        // with σ known, χ²/ν should be about 1 (48 points, 9 parameters: 39 ± 8.8 for χ²)
        assertTrue(r.reducedChiSquare() > 0.4 && r.reducedChiSquare() < 1.8, r.toString());
    }
}
