package org.electrocat.math.fit;

import java.util.Locale;

/**
 * Outcome of a {@link NonlinearLeastSquares} fit: parameters in the model's own units with standard
 * errors, confidence intervals and correlations, goodness of fit and how the iteration ended.
 * Accessors return copies, so a result can be shared freely.
 *
 * <p>Conventions: χ² = Σ w_i r_i² (weighted sum of squares); reduced χ² = χ²/ν with ν = n − p
 * degrees of freedom (n points of non-zero weight, p free parameters). Fixed parameters have
 * standard error 0, an interval of zero width and NaN correlations. When ν ≤ 0 the uncertainties
 * are NaN.
 */
public final class FitResult {

    private final double[] parameters;
    private final double[] standardErrors;
    private final double[] lower;
    private final double[] upper;
    private final double confidenceLevel;
    private final double[][] covariance;
    private final double[][] correlation;
    private final double chiSquare;
    private final int degreesOfFreedom;
    private final double[] residuals;
    private final boolean[] fixed;
    private final boolean[] atBound;
    private final int rank;
    private final int iterations;
    private final int evaluations;
    private final boolean converged;
    private final String message;
    private final String[] names;

    FitResult(double[] parameters, double[] standardErrors, double[] lower, double[] upper, double confidenceLevel,
            double[][] covariance, double[][] correlation, double chiSquare, int degreesOfFreedom,
            double[] residuals, boolean[] fixed, boolean[] atBound, int rank, int iterations, int evaluations,
            boolean converged, String message, String[] names) {
        this.parameters = parameters;
        this.standardErrors = standardErrors;
        this.lower = lower;
        this.upper = upper;
        this.confidenceLevel = confidenceLevel;
        this.covariance = covariance;
        this.correlation = correlation;
        this.chiSquare = chiSquare;
        this.degreesOfFreedom = degreesOfFreedom;
        this.residuals = residuals;
        this.fixed = fixed;
        this.atBound = atBound;
        this.rank = rank;
        this.iterations = iterations;
        this.evaluations = evaluations;
        this.converged = converged;
        this.message = message;
        this.names = names;
    }

    /** Best-fit parameters (fixed ones at their given values), in the model's units. */
    public double[] parameters() {
        return parameters.clone();
    }

    /** Parameter j. */
    public double parameter(int j) {
        return parameters[j];
    }

    /** Standard errors √C_jj, same units as the parameters. */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** Standard error of parameter j. */
    public double standardError(int j) {
        return standardErrors[j];
    }

    /** Lower ends of the two-sided confidence intervals p_j − t·SE_j (Student t, ν dof). */
    public double[] confidenceLower() {
        return lower.clone();
    }

    /** Upper ends of the confidence intervals p_j + t·SE_j. */
    public double[] confidenceUpper() {
        return upper.clone();
    }

    /** Confidence level of the intervals (e.g. 0.95). */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** Parameter covariance matrix (p×p; zero rows/columns for fixed parameters). */
    public double[][] covariance() {
        return deepCopy(covariance);
    }

    /** Correlation matrix C_ij/√(C_ii C_jj); NaN in rows/columns of fixed parameters. */
    public double[][] correlation() {
        return deepCopy(correlation);
    }

    /** χ² = Σ w_i r_i² at the solution (the weights' units times the residuals' units squared). */
    public double chiSquare() {
        return chiSquare;
    }

    /** χ²/ν; NaN when ν ≤ 0. */
    public double reducedChiSquare() {
        return degreesOfFreedom > 0 ? chiSquare / degreesOfFreedom : Double.NaN;
    }

    /** Degrees of freedom ν = n − p. */
    public int degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /** Unweighted residuals r_i at the solution, in the data's units. */
    public double[] residuals() {
        return residuals.clone();
    }

    /** Which parameters were fixed (given, or with equal lower and upper bound). */
    public boolean[] fixed() {
        return fixed.clone();
    }

    /** Which free parameters ended on a bound; their uncertainties are only indicative. */
    public boolean[] atBound() {
        return atBound.clone();
    }

    /** Numerical rank of the weighted Jacobian of the free parameters at the solution. */
    public int rank() {
        return rank;
    }

    /** Iterations (Jacobian evaluations) used. */
    public int iterations() {
        return iterations;
    }

    /** Residual-function evaluations used, finite-difference ones included. */
    public int evaluations() {
        return evaluations;
    }

    /** True if a convergence test (ftol, xtol, gtol or zero residual) was met. */
    public boolean converged() {
        return converged;
    }

    /** Why the iteration stopped, plus any warning about the covariance. */
    public String message() {
        return message;
    }

    /** Parameter j's name, or "p" + j when none were given. */
    public String name(int j) {
        return names != null ? names[j] : "p" + j;
    }

    /** A readable table: name, value ± SE, interval, flags; then χ² and the message. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < parameters.length; j++) {
            sb.append(String.format(Locale.ROOT, "%-10s %14.7g ± %-12.4g [%.6g, %.6g]%s%s%n", name(j), parameters[j],
                    standardErrors[j], lower[j], upper[j], fixed[j] ? " fixed" : "", atBound[j] ? " at bound" : ""));
        }
        sb.append(String.format(Locale.ROOT, "chi2 = %.6g, reduced chi2 = %.6g (dof %d), %d iterations; %s%s",
                chiSquare, reducedChiSquare(), degreesOfFreedom, iterations, converged ? "converged: " : "NOT converged: ",
                message));
        return sb.toString();
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
