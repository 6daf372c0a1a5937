package org.electrocat.math.fit;

/**
 * Analytic Jacobian of a {@link ResidualFunction}: J_ij = ∂r_i/∂p_j of the unweighted residuals.
 * Columns of fixed parameters are ignored. Writes into the caller's matrix, as the residuals do.
 */
@FunctionalInterface
public interface JacobianFunction {

    /**
     * Evaluates the Jacobian.
     *
     * @param parameters all parameters, fixed ones included
     * @param jacobian receives J, one row per residual and one column per parameter
     */
    void evaluate(double[] parameters, double[][] jacobian);
}
