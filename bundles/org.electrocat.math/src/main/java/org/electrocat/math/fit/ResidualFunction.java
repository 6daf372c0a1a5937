package org.electrocat.math.fit;

/**
 * The model of a least-squares fit, as residuals r_i(p) = model_i(p) − y_i (either sign works; the
 * fit minimises Σ w_i r_i²). Implementations write into the caller's array and must not keep
 * references to either argument, so the solver can evaluate without allocating.
 */
@FunctionalInterface
public interface ResidualFunction {

    /**
     * Evaluates the residuals.
     *
     * @param parameters all parameters, fixed ones included, in the order of the initial guess
     * @param residuals receives r_i, length = the residual count given to the solver
     */
    void evaluate(double[] parameters, double[] residuals);
}
