package org.electrocat.eis.fit;

import java.util.Arrays;
import org.electrocat.eis.circuit.Circuit;
import org.electrocat.eis.spectrum.ImpedanceData;
import org.electrocat.math.fit.FitResult;
import org.electrocat.math.fit.NonlinearLeastSquares;

/**
 * Complex nonlinear least squares (CNLS) fit of an equivalent circuit to an impedance spectrum
 * (J. R. Macdonald, J. Schoonman, A. P. Lehnen, J. Electroanal. Chem. 131 (1982) 77; B. A. Boukamp,
 * Solid State Ionics 20 (1986) 31): the real and imaginary residuals are stacked,
 * r = [(Z'_fit − Z')/σ', (Z''_fit − Z'')/σ''], and χ² = Σ r² is minimised by the shared
 * Levenberg–Marquardt solver ({@link NonlinearLeastSquares}) with bounds and fixed parameters,
 * using the circuit's analytic Jacobian. σ comes from the {@link Weighting}. Because the weights
 * are relative, the covariance is scaled by χ²/ν (ν = 2n − p_free), as impedance.py (scipy
 * curve_fit, {@code absolute_sigma=False}) does; standard errors and 95 % Student-t confidence
 * intervals follow from it.
 *
 * <p>Defaults as impedance.py: every parameter ≥ 0, CPE α ≤ 1 (override with {@link Builder#bounds}).
 * Stopping: ftol = xtol = 1e-10 and gtol = 1e-10, at most 1000 iterations.
 *
 * <p>One fitter serves many spectra of any size (batch fits): the solver and its work arrays are
 * kept between calls, so a fitter is <b>not thread-safe</b>; use one per thread.
 */
public final class CircuitFitter {

    private final Circuit circuit;
    private final Weighting weighting;
    private final double[] lower;
    private final double[] upper;
    private final boolean[] fixed;
    private final int maxIterations;
    private final Circuit.Workspace ws;
    // the spectrum being fitted (swapped per call)
    private double[] omega;
    private double[] lnOmega;
    private double[] dataRe;
    private double[] dataIm;
    private double[] invSigma;
    private NonlinearLeastSquares solver;
    private int solverSize = -1;

    private CircuitFitter(Builder b) {
        this.circuit = b.circuit;
        this.weighting = b.weighting;
        this.lower = b.lower;
        this.upper = b.upper;
        this.fixed = b.fixed;
        this.maxIterations = b.maxIterations;
        this.ws = circuit.newWorkspace();
    }

    /** Starts a fitter for the circuit (modulus weighting, impedance.py's default bounds). */
    public static Builder builder(Circuit circuit) {
        return new Builder(circuit);
    }

    /** The circuit. */
    public Circuit circuit() {
        return circuit;
    }

    /** The weighting. */
    public Weighting weighting() {
        return weighting;
    }

    /** Lower bounds (a copy). */
    public double[] lower() {
        return lower.clone();
    }

    /** Upper bounds (a copy). */
    public double[] upper() {
        return upper.clone();
    }

    /**
     * Fits the circuit to a spectrum.
     *
     * @param data    the measured spectrum (at least as many points as free parameters / 2)
     * @param initial starting values, one per parameter, inside the bounds; fixed parameters keep them
     * @throws IllegalArgumentException when the initial guess is outside the bounds or gives a non-finite impedance
     */
    public CircuitFit fit(ImpedanceData data, double[] initial) {
        int p = circuit.parameterCount();
        if (initial.length != p) {
            throw new IllegalArgumentException("initial guess has " + initial.length + " values; circuit "
                    + circuit.text() + " has " + p + " parameters " + circuit.parameterNames());
        }
        int n = data.size();
        load(data);
        int m = 2 * n;
        if (solver == null || solverSize != m) {
            solver = NonlinearLeastSquares.builder(m, this::residuals).jacobian(this::jacobian)
                    .bounds(lower, upper).fixed(fixed).parameterNames(circuit.parameterNames().toArray(String[]::new))
                    .maxIterations(maxIterations).ftol(1e-10).xtol(1e-10).gtol(1e-10).build();
            solverSize = m;
        }
        FitResult r = solver.fit(initial);
        double[] fitRe = new double[n];
        double[] fitIm = new double[n];
        circuit.impedance(data.frequency(), r.parameters(), fitRe, fitIm);
        return new CircuitFit(circuit, data, weighting, r, fitRe, fitIm);
    }

    private void load(ImpedanceData data) {
        int n = data.size();
        if (omega == null || omega.length != n) {
            omega = new double[n];
            lnOmega = new double[n];
            invSigma = new double[2 * n];
        }
        double[] f = data.frequency();
        for (int i = 0; i < n; i++) {
            omega[i] = 2 * Math.PI * f[i];
            lnOmega[i] = Math.log(omega[i]);
        }
        dataRe = data.re();
        dataIm = data.im();
        weighting.inverseSigma(dataRe, dataIm, invSigma);
    }

    private void residuals(double[] p, double[] r) {
        int n = omega.length;
        for (int i = 0; i < n; i++) {
            circuit.evaluate(omega[i], lnOmega[i], p, ws, false);
            r[i] = (ws.re - dataRe[i]) * invSigma[i];
            r[n + i] = (ws.im - dataIm[i]) * invSigma[n + i];
        }
    }

    private void jacobian(double[] p, double[][] jac) {
        int n = omega.length;
        int np = p.length;
        for (int i = 0; i < n; i++) {
            circuit.evaluate(omega[i], lnOmega[i], p, ws, true);
            double[] rowRe = jac[i];
            double[] rowIm = jac[n + i];
            double sr = invSigma[i];
            double si = invSigma[n + i];
            for (int j = 0; j < np; j++) {
                rowRe[j] = ws.gradRe[j] * sr;
                rowIm[j] = ws.gradIm[j] * si;
            }
        }
    }

    /** Fitter settings; defaults stated on each method. */
    public static final class Builder {
        private final Circuit circuit;
        private Weighting weighting = Weighting.MODULUS;
        private final double[] lower;
        private final double[] upper;
        private boolean[] fixed;
        private int maxIterations = 1000;

        private Builder(Circuit circuit) {
            this.circuit = circuit;
            int p = circuit.parameterCount();
            lower = new double[p];
            upper = new double[p];
            fixed = new boolean[p];
            for (Circuit.Element e : circuit.elements()) {
                for (int k = 0; k < e.type().parameterCount(); k++) {
                    lower[e.firstParameter() + k] = e.type().defaultLower(k);
                    upper[e.firstParameter() + k] = e.type().defaultUpper(k);
                }
            }
        }

        /** Weighting; default {@link Weighting#MODULUS}. */
        public Builder weighting(Weighting w) {
            this.weighting = w;
            return this;
        }

        /**
         * Overrides bounds where the arrays are not NaN (others keep the defaults).
         *
         * @param lo lower bounds by parameter index, NaN for "default"
         * @param hi upper bounds likewise
         */
        public Builder bounds(double[] lo, double[] hi) {
            for (int j = 0; j < lower.length; j++) {
                if (!Double.isNaN(lo[j])) {
                    lower[j] = lo[j];
                }
                if (!Double.isNaN(hi[j])) {
                    upper[j] = hi[j];
                }
                if (lower[j] > upper[j]) {
                    throw new IllegalArgumentException("bounds of " + circuit.parameterNames().get(j) + " are ["
                            + lower[j] + ", " + upper[j] + "]: empty");
                }
            }
            return this;
        }

        /** Parameters held at their initial value; default none. */
        public Builder fixed(boolean[] flags) {
            if (flags.length != lower.length) {
                throw new IllegalArgumentException("fixed has " + flags.length + " flags for " + lower.length
                        + " parameters");
            }
            this.fixed = flags.clone();
            return this;
        }

        /** Iteration limit; default 1000. */
        public Builder maxIterations(int n) {
            this.maxIterations = n;
            return this;
        }

        public CircuitFitter build() {
            return new CircuitFitter(this);
        }
    }

    @Override
    public String toString() {
        return "CircuitFitter[" + circuit.text() + ", " + weighting.id() + ", lower " + Arrays.toString(lower)
                + ", upper " + Arrays.toString(upper) + "]";
    }
}
