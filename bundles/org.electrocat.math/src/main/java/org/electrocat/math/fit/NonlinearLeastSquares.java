package org.electrocat.math.fit;

import java.util.Arrays;
import org.electrocat.math.Checks;

/**
 * Weighted nonlinear least squares, min Σ w_i r_i(p)², by the Levenberg–Marquardt method
 * (K. Levenberg, Q. Appl. Math. 2 (1944) 164; D. W. Marquardt, J. SIAM 11 (1963) 431) in the
 * implementation of J. J. Moré (Lecture Notes in Mathematics 630 (1978) 105): parameters scaled by
 * the running maximum of the Jacobian's column norms, each damped step solved from the QR
 * factorisation of J (never from JᵀJ). The damping λ follows H. B. Nielsen's rule (IMM-REP-1999-05):
 * after a step with gain ratio ρ, λ ← λ·max(1/3, 1 − (2ρ − 1)³); after a rejected step λ ← λ·ν, ν ← 2ν.
 *
 * <p><b>Box bounds</b> are handled by projection with an active set (a projected Levenberg–Marquardt
 * method, cf. C. Kanzow, N. Yamashita, M. Fukushima, J. Comput. Appl. Math. 172 (2004) 375), not
 * by a variable transform: each trial point is clipped into [lower, upper], and a parameter sitting
 * on a bound whose gradient points outward is held for that iteration. The gain ratio uses the
 * clipped step, so the damping logic stays honest. Parameters keep their own scale (no sin/sqrt
 * transform), so covariances are computed directly in the user's parameters; for a parameter that
 * ends on a bound they are only indicative, and {@link FitResult#atBound()} says so.
 *
 * <p><b>Fixed parameters</b> are excluded from the fit and returned unchanged; their standard error
 * is 0 and their correlations NaN.
 *
 * <p><b>Convergence</b> (names and defaults of scipy.optimize.least_squares): {@code ftol} on the
 * relative decrease of χ² with a gain ratio above 1/4, {@code xtol} on every parameter's step
 * relative to its value (|δ_j| ≤ xtol·(xtol + |p_j|)), {@code gtol} on the largest cosine between
 * the weighted residual vector and a Jacobian column (MINPACK's scale-free gradient test).
 *
 * <p><b>Uncertainties</b>: covariance = (JᵀWJ)⁻¹·χ²/(n − p) (scipy curve_fit's default
 * {@code absolute_sigma=False}; disable the scaling when weights are 1/σ² of known σ), inverted by
 * SVD with scipy's threshold so rank deficiency is reported, not hidden; confidence intervals use
 * Student's t with n − p degrees of freedom, n counting points of non-zero weight.
 *
 * <p>An instance keeps its work arrays between calls, so fitting many spectra of one size allocates
 * only the results; it is therefore <b>not thread-safe</b>: use one instance per thread.
 */
public final class NonlinearLeastSquares {

    private final int m;
    private final ResidualFunction residuals;
    private final JacobianFunction jacobian;
    private final FiniteDifference difference;
    private final double[] weights;
    private final double[] lower;
    private final double[] upper;
    private final boolean[] fixed;
    private final String[] names;
    private final int maxIterations;
    private final double ftol;
    private final double xtol;
    private final double gtol;
    private final double confidenceLevel;
    private final boolean scaleCovariance;
    private LevenbergMarquardt engine;

    private NonlinearLeastSquares(Builder b) {
        this.m = b.m;
        this.residuals = b.residuals;
        this.jacobian = b.jacobian;
        this.difference = b.difference;
        this.weights = b.weights;
        this.lower = b.lower;
        this.upper = b.upper;
        this.fixed = b.fixed;
        this.names = b.names;
        this.maxIterations = b.maxIterations;
        this.ftol = b.ftol;
        this.xtol = b.xtol;
        this.gtol = b.gtol;
        this.confidenceLevel = b.confidenceLevel;
        this.scaleCovariance = b.scaleCovariance;
    }

    /**
     * Starts a problem description.
     *
     * @param residualCount number of residuals m (data points; 2× for complex data stacked as re, im)
     * @param residuals the model as residuals
     */
    public static Builder builder(int residualCount, ResidualFunction residuals) {
        return new Builder(residualCount, residuals);
    }

    /**
     * Fits from an initial guess.
     *
     * @param initial starting parameters (finite, inside the bounds); fixed parameters keep these values
     * @return the fit; check {@link FitResult#converged()}
     * @throws IllegalArgumentException on inconsistent lengths, an initial guess outside the bounds,
     *         or residuals that are not finite at the initial guess
     */
    public FitResult fit(double... initial) {
        Checks.finite(initial, "initial");
        int p = initial.length;
        if (p == 0) {
            throw new IllegalArgumentException("initial is empty; at least one parameter is required");
        }
        checkLength(lower, p, "lower bounds");
        checkLength(upper, p, "upper bounds");
        if (fixed != null && fixed.length != p) {
            throw new IllegalArgumentException("fixed has " + fixed.length + " flags but initial has " + p + " parameters");
        }
        if (names != null && names.length != p) {
            throw new IllegalArgumentException("parameterNames has " + names.length + " names but initial has " + p
                    + " parameters");
        }
        double[] lo = lower != null ? lower : filled(p, Double.NEGATIVE_INFINITY);
        double[] hi = upper != null ? upper : filled(p, Double.POSITIVE_INFINITY);
        boolean[] fx = fixed != null ? fixed.clone() : new boolean[p];
        for (int j = 0; j < p; j++) {
            // a parameter boxed to a single value is fixed at it
            fx[j] |= lo[j] == hi[j];
        }
        for (int j = 0; j < p; j++) {
            if (fx[j]) {
                continue;
            }
            if (!(initial[j] >= lo[j] && initial[j] <= hi[j])) {
                throw new IllegalArgumentException("initial[" + j + "]" + label(j) + " = " + initial[j]
                        + " is outside its bounds [" + lo[j] + ", " + hi[j] + "]");
            }
        }
        if (engine == null || engine.parameterCount() != p) {
            engine = new LevenbergMarquardt(m, p, jacobian != null);
        }
        LevenbergMarquardt.Settings s = new LevenbergMarquardt.Settings(residuals, jacobian, difference, weights, lo,
                hi, fx, maxIterations, ftol, xtol, gtol);
        LevenbergMarquardt.Outcome o = engine.run(s, initial);
        return FitStatistics.result(engine, s, o, confidenceLevel, scaleCovariance, names);
    }

    private String label(int j) {
        return names == null ? "" : " (" + names[j] + ")";
    }

    private static void checkLength(double[] a, int p, String name) {
        if (a != null && a.length != p) {
            throw new IllegalArgumentException(name + " have " + a.length + " values but initial has " + p + " parameters");
        }
    }

    private static double[] filled(int p, double v) {
        double[] a = new double[p];
        Arrays.fill(a, v);
        return a;
    }

    /** Description of a fit problem; every setting has the default stated on its method. */
    public static final class Builder {
        private final int m;
        private final ResidualFunction residuals;
        private JacobianFunction jacobian;
        private FiniteDifference difference = FiniteDifference.FORWARD;
        private double[] weights;
        private double[] lower;
        private double[] upper;
        private boolean[] fixed;
        private String[] names;
        private int maxIterations = 200;
        private double ftol = 1e-8;
        private double xtol = 1e-8;
        private double gtol = 1e-8;
        private double confidenceLevel = 0.95;
        private boolean scaleCovariance = true;

        private Builder(int m, ResidualFunction residuals) {
            if (m < 1) {
                throw new IllegalArgumentException("residualCount = " + m + "; at least one residual is required");
            }
            if (residuals == null) {
                throw new IllegalArgumentException("residuals function must not be null");
            }
            this.m = m;
            this.residuals = residuals;
        }

        /** Analytic Jacobian of the unweighted residuals; default none (finite differences). */
        public Builder jacobian(JacobianFunction j) {
            this.jacobian = j;
            return this;
        }

        /** Finite-difference scheme when no Jacobian is given; default {@link FiniteDifference#FORWARD}. */
        public Builder finiteDifference(FiniteDifference d) {
            if (d == null) {
                throw new IllegalArgumentException("finiteDifference must not be null");
            }
            this.difference = d;
            return this;
        }

        /**
         * Per-residual weights w_i ≥ 0 (1/σ_i² for known standard deviations σ_i); default all 1.
         * Points of zero weight do not count towards the degrees of freedom.
         */
        public Builder weights(double[] w) {
            Checks.finite(w, "weights");
            if (w.length != m) {
                throw new IllegalArgumentException("weights has " + w.length + " values but there are " + m + " residuals");
            }
            for (int i = 0; i < m; i++) {
                if (w[i] < 0) {
                    throw new IllegalArgumentException("weights[" + i + "] = " + w[i] + " is negative");
                }
            }
            this.weights = w.clone();
            return this;
        }

        /**
         * Box bounds lower_j ≤ p_j ≤ upper_j, in the parameters' own units; ±infinity for none.
         * Default unbounded.
         */
        public Builder bounds(double[] lowerBounds, double[] upperBounds) {
            Checks.sameLength(lowerBounds, "lower bounds", upperBounds, "upper bounds");
            for (int j = 0; j < lowerBounds.length; j++) {
                if (Double.isNaN(lowerBounds[j]) || Double.isNaN(upperBounds[j]) || lowerBounds[j] > upperBounds[j]) {
                    throw new IllegalArgumentException("bounds of parameter " + j + " are [" + lowerBounds[j] + ", "
                            + upperBounds[j] + "]; lower ≤ upper and no NaN required");
                }
            }
            this.lower = lowerBounds.clone();
            this.upper = upperBounds.clone();
            return this;
        }

        /** Flags of parameters held at their initial value; default none fixed. */
        public Builder fixed(boolean... fixedFlags) {
            if (fixedFlags == null) {
                throw new IllegalArgumentException("fixed must not be null");
            }
            this.fixed = fixedFlags.clone();
            return this;
        }

        /** Names for messages and {@link FitResult#toString()}; default none. */
        public Builder parameterNames(String... parameterNames) {
            this.names = parameterNames == null ? null : parameterNames.clone();
            return this;
        }

        /** Maximum number of iterations (Jacobian evaluations); default 200. */
        public Builder maxIterations(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxIterations = " + n + "; at least 1 required");
            }
            this.maxIterations = n;
            return this;
        }

        /** Relative χ² decrease tolerance; default 1e-8 (scipy). 0 disables the test. */
        public Builder ftol(double v) {
            this.ftol = tolerance(v, "ftol");
            return this;
        }

        /** Relative parameter step tolerance; default 1e-8 (scipy). 0 disables the test. */
        public Builder xtol(double v) {
            this.xtol = tolerance(v, "xtol");
            return this;
        }

        /** Gradient (cosine) tolerance; default 1e-8 (scipy). 0 disables the test. */
        public Builder gtol(double v) {
            this.gtol = tolerance(v, "gtol");
            return this;
        }

        /** Two-sided confidence level of the intervals, in (0, 1); default 0.95. */
        public Builder confidenceLevel(double level) {
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("confidenceLevel = " + level + "; a value in (0, 1) is required");
            }
            this.confidenceLevel = level;
            return this;
        }

        /**
         * Whether the covariance is scaled by the reduced χ² (true, default: the weights are only
         * relative) or taken as (JᵀWJ)⁻¹ (false: weights are 1/σ² of known σ).
         */
        public Builder scaleCovariance(boolean scale) {
            this.scaleCovariance = scale;
            return this;
        }

        /** The solver; reusable for many fits of the same problem size. */
        public NonlinearLeastSquares build() {
            return new NonlinearLeastSquares(this);
        }

        private static double tolerance(double v, String name) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " = " + v + "; a finite value ≥ 0 is required");
            }
            return v;
        }
    }
}
