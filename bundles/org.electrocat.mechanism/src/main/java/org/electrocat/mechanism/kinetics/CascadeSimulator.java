package org.electrocat.mechanism.kinetics;

import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.electrocat.api.ProgressMonitor;

/**
 * Integrates an {@link OdeSystem} over given output times with the integrator its stiffness calls
 * for: Commons Math's Dormand–Prince 8(5,3) (E. Hairer, S. P. Nørsett, G. Wanner, Solving Ordinary
 * Differential Equations I, 2nd ed., Springer 1993, section II.10) for non-stiff problems, and the
 * L-stable {@link Rosenbrock23} for stiff ones (commons-math 3.6 has no stiff integrator).
 *
 * <p>{@link Choice#AUTO} estimates the stiffness as t_end·‖J(y₀)‖∞ (an upper bound of the fastest
 * rate times the time span) and takes the Rosenbrock method above {@link #STIFFNESS_THRESHOLD}: the
 * explicit method's stability bound |h·λ| ≲ 4 then costs about t·λ evaluations, more than the
 * Rosenbrock steps (each a Jacobian, an LU and three evaluations) at the same tolerance; if
 * Dormand–Prince still exhausts its evaluation budget (stiffness that appears later), it falls back
 * to Rosenbrock.
 */
public final class CascadeSimulator {

    /** Integrator choice. */
    public enum Choice {
        /** By the stiffness estimate. */
        AUTO,
        /** Always {@link Rosenbrock23}. */
        ROSENBROCK,
        /** Always Dormand–Prince 8(5,3). */
        DORMAND_PRINCE
    }

    /** t_end·‖J‖∞ above which AUTO takes the stiff integrator. */
    public static final double STIFFNESS_THRESHOLD = 1e5;
    /** Derivative evaluations Dormand–Prince may spend on one integration. */
    public static final int MAX_EVALUATIONS = 2_000_000;

    private final double rtol;
    private final double atol;
    private final Choice choice;

    /**
     * @param rtol   relative tolerance
     * @param atol   absolute tolerance, in the state's units
     * @param choice integrator choice
     */
    public CascadeSimulator(double rtol, double atol, Choice choice) {
        if (!(rtol > 0 && rtol < 1) || !(atol > 0)) {
            throw new IllegalArgumentException("tolerances must be positive (rtol < 1), were " + rtol + ", " + atol);
        }
        this.rtol = rtol;
        this.atol = atol;
        this.choice = choice;
    }

    /** Stiffness estimate t_span·‖J(y)‖∞. */
    public static double stiffness(OdeSystem s, double[] y, double span) {
        int n = s.dimension();
        double[][] j = new double[n][n];
        s.jacobian(y, j);
        double norm = 0;
        for (double[] row : j) {
            double sum = 0;
            for (double v : row) {
                sum += Math.abs(v);
            }
            norm = Math.max(norm, sum);
        }
        return norm * span;
    }

    /** Integrates the cascade at one potential. */
    public Trajectory run(CascadeModel model, double potential, double[] y0, double[] times, ProgressMonitor monitor) {
        Result r = integrate(model, y0, times, monitor);
        return new Trajectory(potential, times.clone(), r.states, r.integrator, r.steps);
    }

    /** States at the output times and what computed them. */
    public record Result(double[][] states, String integrator, int steps) {
    }

    /**
     * Integrates any system.
     *
     * @param times increasing, times[0] the start where the state is y0
     */
    public Result integrate(OdeSystem system, double[] y0, double[] times, ProgressMonitor monitor) {
        if (times.length < 2) {
            throw new IllegalArgumentException("need a start and at least one output time");
        }
        boolean stiff = switch (choice) {
            case ROSENBROCK -> true;
            case DORMAND_PRINCE -> false;
            case AUTO -> stiffness(system, y0, times[times.length - 1] - times[0]) > STIFFNESS_THRESHOLD;
        };
        if (!stiff) {
            try {
                return dormandPrince(system, y0, times, monitor);
            } catch (MaxCountExceededException e) {
                if (choice == Choice.DORMAND_PRINCE) {
                    throw new IllegalStateException("Dormand-Prince needed more than " + MAX_EVALUATIONS
                            + " evaluations: the system is stiff; use the Rosenbrock integrator", e);
                }
            }
        }
        Rosenbrock23 r = new Rosenbrock23(system, rtol, atol);
        double[][] states = r.integrate(y0, times, monitor);
        return new Result(states, "rosenbrock23", r.steps());
    }

    private Result dormandPrince(OdeSystem s, double[] y0, double[] times, ProgressMonitor monitor) {
        double span = times[times.length - 1] - times[0];
        DormandPrince853Integrator dp = new DormandPrince853Integrator(1e-12 * Math.max(span, 1), span, atol, rtol);
        dp.setMaxEvaluations(MAX_EVALUATIONS);
        FirstOrderDifferentialEquations eq = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return s.dimension();
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                s.derivatives(y, yDot);
            }
        };
        double[][] out = new double[times.length][];
        double[] y = y0.clone();
        out[0] = y.clone();
        int evaluations = 0;
        for (int i = 1; i < times.length; i++) {
            if (!(times[i] >= times[i - 1])) {
                throw new IllegalArgumentException("output times must increase: " + times[i - 1] + ", " + times[i]);
            }
            if (times[i] > times[i - 1]) {
                dp.integrate(eq, times[i - 1], y, times[i], y);
                evaluations += dp.getEvaluations();
            }
            out[i] = y.clone();
            monitor.checkCancelled();
        }
        return new Result(out, "dormand-prince-853", evaluations);
    }
}
