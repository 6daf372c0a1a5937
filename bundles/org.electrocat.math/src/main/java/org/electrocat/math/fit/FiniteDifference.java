package org.electrocat.math.fit;

/**
 * Finite-difference scheme used when no analytic Jacobian is given. Steps are relative to each
 * parameter's magnitude, h_j = s·|p_j| (or s·|initial p_j|, or s if both are zero), so parameters
 * of 1e-12 F and 1e9 Ω are both differentiated at their own scale; scipy's floor max(1, |p_j|)
 * is deliberately not used, since it makes h larger than a 1e-12 parameter itself. Steps that would
 * leave the box bounds are taken to the other side (one-sided).
 */
public enum FiniteDifference {
    /** r(p + h e_j) − r(p), s = √ε ≈ 1.5e-8: one evaluation per parameter (scipy '2-point'). */
    FORWARD(Math.sqrt(Math.ulp(1.0))),
    /** r(p + h e_j) − r(p − h e_j), s = ε^(1/3) ≈ 6e-6: two evaluations, error O(h²) (scipy '3-point'). */
    CENTRAL(Math.cbrt(Math.ulp(1.0)));

    private final double relativeStep;

    FiniteDifference(double relativeStep) {
        this.relativeStep = relativeStep;
    }

    /** The relative step s. */
    public double relativeStep() {
        return relativeStep;
    }
}
