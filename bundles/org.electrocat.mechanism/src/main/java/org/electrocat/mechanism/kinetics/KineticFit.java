package org.electrocat.mechanism.kinetics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.math.fit.FitResult;
import org.electrocat.math.fit.NonlinearLeastSquares;

/**
 * Fits rate parameters of the {@link CascadeModel} to measured Faradaic efficiencies (and
 * cyclohexanone conversion) at several potentials: residuals r = model − measured in percentage
 * points, the model being the cascade integrated over the electrolysis time at each measured
 * potential; weights 1/u² where uncertainties are given, else 1. Solved by weighted Levenberg–Marquardt
 * with box bounds ({@link NonlinearLeastSquares}, org.electrocat.math), parameters in log10 k and α.
 *
 * <p>The Jacobian is taken by central differences with a fixed step of {@link #STEP} in log10 k and α
 * (both of order one), not a relative one: the residuals come from a numerical integration, whose
 * error ε would be amplified to ε/h by a tiny step. With ODE tolerances of 1e-10 the derivative error
 * stays below 1e-5 relative.
 */
public final class KineticFit {

    /** Finite-difference step in log10 k and α. */
    public static final double STEP = 1e-4;
    /** Bounds of log10 k (k in cm s⁻¹, mA cm⁻², L mol⁻¹ s⁻¹). */
    public static final double LOG_K_MIN = -15, LOG_K_MAX = 4;
    /** Bounds of α. */
    public static final double ALPHA_MIN = 0.02, ALPHA_MAX = 0.98;

    private final MeasuredSelectivity data;
    private final CellConditions cell;
    private final double time;
    private final CascadeSimulator simulator;
    private final ProgressMonitor monitor;
    private final double[] y0;

    /**
     * @param time electrolysis time at which the FE are compared, s
     */
    public KineticFit(MeasuredSelectivity data, CellConditions cell, double time, CascadeSimulator simulator,
            ProgressMonitor monitor) {
        if (!(time > 0) || !Double.isFinite(time)) {
            throw new IllegalArgumentException("electrolysis time must be positive, was " + time + " s");
        }
        this.data = data;
        this.cell = cell;
        this.time = time;
        this.simulator = simulator;
        this.monitor = monitor;
        this.y0 = CascadeModel.initialState(cell);
    }

    /** Model FE (fractions) per product and conversion at each measured potential, in the data's layout. */
    public double[] predict(RateParameters p) {
        double[] out = new double[data.count()];
        fill(p.values(), out, false);
        return out;
    }

    /** Residuals model − measured in percentage points, or the measured values themselves. */
    private void fill(double[] params, double[] out, boolean residuals) {
        RateParameters p = new RateParameters(params);
        double[] times = {0, time};
        int i = 0;
        for (int j = 0; j < data.potentials().length; j++) {
            monitor.checkCancelled();
            Trajectory t = simulator.run(new CascadeModel(p, cell, data.potentials()[j]), data.potentials()[j], y0,
                    times, ProgressMonitor.NONE);
            for (Map.Entry<Product, double[]> e : data.fe().entrySet()) {
                double m = e.getValue()[j];
                if (Double.isFinite(m)) {
                    double model = t.finalFe(e.getKey());
                    out[i++] = residuals ? 100 * (model - m) : model;
                }
            }
            if (data.conversion() != null && Double.isFinite(data.conversion()[j])) {
                double model = t.conversion(1);
                out[i++] = residuals ? 100 * (model - data.conversion()[j]) : model;
            }
        }
    }

    /** Weights 1/u² (u in percentage points) in the residual layout; 1 where no uncertainty is given. */
    public double[] weights() {
        double[] w = new double[data.count()];
        int i = 0;
        for (int j = 0; j < data.potentials().length; j++) {
            for (Map.Entry<Product, double[]> e : data.fe().entrySet()) {
                if (Double.isFinite(e.getValue()[j])) {
                    double[] u = data.feU().get(e.getKey());
                    w[i++] = u != null && Double.isFinite(u[j]) ? 1 / (100 * u[j] * 100 * u[j]) : 1;
                }
            }
            if (data.conversion() != null && Double.isFinite(data.conversion()[j])) {
                double[] u = data.conversionU();
                w[i++] = u != null && Double.isFinite(u[j]) ? 1 / (100 * u[j] * 100 * u[j]) : 1;
            }
        }
        return w;
    }

    /** Which measured quantity each residual is, e.g. {@code FE CHOX at -0.600 V}. */
    public List<String> residualLabels() {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < data.potentials().length; j++) {
            for (Map.Entry<Product, double[]> e : data.fe().entrySet()) {
                if (Double.isFinite(e.getValue()[j])) {
                    out.add(e.getKey().label() + "@" + j);
                }
            }
            if (data.conversion() != null && Double.isFinite(data.conversion()[j])) {
                out.add("conversion@" + j);
            }
        }
        return out;
    }

    /**
     * Fits.
     *
     * @param initial       starting parameters (also the values of fixed ones)
     * @param free          which of the {@link RateParameters#COUNT} parameters are fitted
     * @param absoluteSigma true when the uncertainties are standard deviations to trust as such
     *                      (covariance (JᵀWJ)⁻¹); false scales it by the reduced χ²
     */
    public FitResult fit(RateParameters initial, boolean[] free, boolean absoluteSigma) {
        int m = data.count();
        int nFree = 0;
        for (boolean f : free) {
            nFree += f ? 1 : 0;
        }
        if (nFree == 0) {
            throw new IllegalArgumentException("no rate parameter is free to fit");
        }
        if (m <= nFree) {
            throw new IllegalArgumentException(m + " measured values cannot determine " + nFree
                    + " free parameters; fix some (parameter 'fit') or measure more potentials");
        }
        double[] lower = new double[RateParameters.COUNT];
        double[] upper = new double[RateParameters.COUNT];
        boolean[] fixed = new boolean[RateParameters.COUNT];
        double[] start = initial.values();
        for (int i = 0; i < RateParameters.COUNT; i++) {
            boolean alpha = RateParameters.isAlpha(i);
            lower[i] = alpha ? ALPHA_MIN : LOG_K_MIN;
            upper[i] = alpha ? ALPHA_MAX : LOG_K_MAX;
            fixed[i] = !free[i];
            start[i] = Math.min(upper[i], Math.max(lower[i], start[i]));
        }
        double[] work = new double[m];
        double[] plus = new double[RateParameters.COUNT];
        double[] rp = new double[m];
        double[] rm = new double[m];
        NonlinearLeastSquares solver = NonlinearLeastSquares.builder(m, (p, r) -> fill(p, r, true))
                .jacobian((p, jac) -> {
                    for (int k = 0; k < RateParameters.COUNT; k++) {
                        if (fixed[k]) {
                            continue;
                        }
                        System.arraycopy(p, 0, plus, 0, plus.length);
                        double hi = Math.min(upper[k], p[k] + STEP);
                        double lo = Math.max(lower[k], p[k] - STEP);
                        plus[k] = hi;
                        fill(plus, rp, true);
                        plus[k] = lo;
                        fill(plus, rm, true);
                        for (int i = 0; i < m; i++) {
                            jac[i][k] = (rp[i] - rm[i]) / (hi - lo);
                        }
                    }
                })
                .weights(weights()).bounds(lower, upper).fixed(fixed)
                .parameterNames(RateParameters.NAMES.stream().map(n -> RateParameters.isAlpha(
                        RateParameters.NAMES.indexOf(n)) ? n : "log10 " + n).toArray(String[]::new))
                .scaleCovariance(!absoluteSigma).maxIterations(100).build();
        fill(start, work, true);
        return solver.fit(start);
    }
}
