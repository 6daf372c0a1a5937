package org.electrocat.mechanism.kinetics;

/**
 * An autonomous system of ordinary differential equations dy/dt = f(y) with its Jacobian
 * ∂f/∂y, as the stiff integrator needs it. Implementations write into the caller's arrays and keep
 * no reference to them, so that integration allocates nothing per step.
 */
public interface OdeSystem {

    /** Number of state variables. */
    int dimension();

    /** Writes f(y) into {@code dydt}. */
    void derivatives(double[] y, double[] dydt);

    /** Writes J[i][j] = ∂f_i/∂y_j at {@code y} into {@code jacobian} (dimension × dimension). */
    void jacobian(double[] y, double[][] jacobian);
}
