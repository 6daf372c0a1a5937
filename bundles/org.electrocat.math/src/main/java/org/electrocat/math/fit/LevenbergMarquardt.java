package org.electrocat.math.fit;

/**
 * The iteration behind {@link NonlinearLeastSquares} (see there for the method and references),
 * with every work array allocated once per problem size. Jacobians are stored column-major,
 * weighted (rows times √w_i), and hold only the free parameters' columns.
 */
final class LevenbergMarquardt {

    /** One problem: the model, its weights, bounds, fixed flags and stopping rules. */
    record Settings(ResidualFunction residuals, JacobianFunction jacobian, FiniteDifference difference,
            double[] weights, double[] lower, double[] upper, boolean[] fixed, int maxIterations, double ftol,
            double xtol, double gtol) {
    }

    /** How the iteration ended. */
    record Outcome(boolean converged, String message, int iterations, int evaluations) {
    }

    /** Most trial steps per iteration: ν doubles each time, so λ has grown by 2^(k²/2) by then. */
    private static final int MAX_TRIALS = 64;

    final int m;
    final int p;
    // state, read by FitStatistics after a run
    final double[] x;
    final double[] r;
    final double[] sqrtW;
    final double[] jac;
    final int[] free;
    int nFree;
    double cost;
    private boolean jacobianCurrent;
    // work
    private final double[] xTrial;
    private final double[] rTrial;
    private final double[] rw;
    private final double[][] jacFull;
    private final double[] fdPlus;
    private final double[] fdMinus;
    private final double[] typical;
    private final double[] a;
    private final double[] rdiag;
    private final double[] qtb;
    private final double[] scale;
    private final double[] colNorm;
    private final double[] grad;
    private final int[] active;
    private final double[] dampDiag;
    private final double[] delta;
    private final double[] step;
    private final double[] t;
    private final double[] e;
    private final double[] z;

    LevenbergMarquardt(int m, int p, boolean analytic) {
        this.m = m;
        this.p = p;
        x = new double[p];
        r = new double[m];
        sqrtW = new double[m];
        jac = new double[m * p];
        free = new int[p];
        xTrial = new double[p];
        rTrial = new double[m];
        rw = new double[m];
        jacFull = analytic ? new double[m][p] : null;
        fdPlus = new double[m];
        fdMinus = new double[m];
        typical = new double[p];
        a = new double[m * p];
        rdiag = new double[p];
        qtb = new double[m];
        scale = new double[p];
        colNorm = new double[p];
        grad = new double[p];
        active = new int[p];
        dampDiag = new double[p];
        delta = new double[p];
        step = new double[p];
        t = new double[p * p];
        e = new double[p];
        z = new double[p];
    }

    int parameterCount() {
        return p;
    }

    Outcome run(Settings s, double[] initial) {
        System.arraycopy(initial, 0, x, 0, p);
        for (int i = 0; i < m; i++) {
            sqrtW[i] = s.weights() == null ? 1.0 : Math.sqrt(s.weights()[i]);
        }
        nFree = 0;
        for (int j = 0; j < p; j++) {
            typical[j] = initial[j] != 0 ? Math.abs(initial[j]) : 1.0;
            if (!s.fixed()[j]) {
                free[nFree++] = j;
            }
        }
        jacobianCurrent = false;
        s.residuals().evaluate(x, r);
        int evals = 1;
        cost = cost(r);
        if (!Double.isFinite(cost)) {
            throw new IllegalArgumentException("residuals are not finite at the initial parameters: " + firstBad(r));
        }
        if (nFree == 0) {
            return new Outcome(true, "all parameters fixed; nothing to fit", 0, evals);
        }
        double lambda = 1e-3;
        double nu = 2;
        for (int c = 0; c < nFree; c++) {
            scale[c] = 0;
        }
        for (int iter = 1; iter <= s.maxIterations(); iter++) {
            int jacEvals = jacobian(s, x, r);
            if (jacEvals < 0) {
                return new Outcome(false, "Jacobian not finite at iteration " + iter, iter, evals - jacEvals - 1);
            }
            evals += jacEvals;
            jacobianCurrent = true;
            double rnorm = Math.sqrt(cost);
            for (int i = 0; i < m; i++) {
                rw[i] = sqrtW[i] * r[i];
            }
            int na = 0;
            double gmax = 0;
            for (int c = 0; c < nFree; c++) {
                double ss = 0;
                double g = 0;
                for (int i = 0; i < m; i++) {
                    double v = jac[c * m + i];
                    ss += v * v;
                    g += v * rw[i];
                }
                colNorm[c] = Math.sqrt(ss);
                scale[c] = Math.max(scale[c], colNorm[c]);
                grad[c] = g;
                int j = free[c];
                // a parameter on a bound whose descent direction (−g) points outside is held
                boolean heldLow = x[j] <= s.lower()[j] && g > 0;
                boolean heldHigh = x[j] >= s.upper()[j] && g < 0;
                if (!heldLow && !heldHigh) {
                    active[na++] = c;
                    if (colNorm[c] > 0 && rnorm > 0) {
                        gmax = Math.max(gmax, Math.abs(g) / (colNorm[c] * rnorm));
                    }
                }
            }
            if (cost == 0) {
                return new Outcome(true, "residuals are exactly zero", iter, evals);
            }
            if (na == 0) {
                return new Outcome(true, "every free parameter is held at a bound by its gradient", iter, evals);
            }
            if (gmax <= s.gtol()) {
                return new Outcome(true, "gtol: gradient cosine " + gmax + " <= " + s.gtol(), iter, evals);
            }
            for (int k = 0; k < na; k++) {
                System.arraycopy(jac, active[k] * m, a, k * m, m);
            }
            System.arraycopy(rw, 0, qtb, 0, m);
            DenseQr.factor(a, m, na, rdiag, qtb);
            double qtbNorm2 = 0;
            for (int k = 0; k < Math.min(m, na); k++) {
                qtbNorm2 += qtb[k] * qtb[k];
            }
            boolean accepted = false;
            for (int trial = 0; trial < MAX_TRIALS && !accepted; trial++) {
                double sl = Math.sqrt(lambda);
                for (int k = 0; k < na; k++) {
                    double d = scale[active[k]];
                    dampDiag[k] = sl * (d > 0 ? d : 1.0);
                }
                DenseQr.dampedSolve(a, m, na, rdiag, qtb, dampDiag, delta, t, e, z);
                System.arraycopy(x, 0, xTrial, 0, p);
                boolean small = true;
                for (int k = 0; k < na; k++) {
                    int j = free[active[k]];
                    double v = Math.min(s.upper()[j], Math.max(s.lower()[j], x[j] + delta[k]));
                    xTrial[j] = v;
                    step[k] = v - x[j];
                    small &= Math.abs(step[k]) <= s.xtol() * (s.xtol() + Math.abs(x[j]));
                }
                s.residuals().evaluate(xTrial, rTrial);
                evals++;
                double trialCost = cost(rTrial);
                double actual = cost - trialCost;
                double predicted = qtbNorm2 - DenseQr.linearisedCost(a, m, na, rdiag, qtb, step);
                if (Double.isFinite(trialCost) && actual > 0) {
                    double rho = predicted > 0 ? actual / predicted : 0.5;
                    double previous = cost;
                    System.arraycopy(xTrial, 0, x, 0, p);
                    System.arraycopy(rTrial, 0, r, 0, m);
                    cost = trialCost;
                    jacobianCurrent = false;
                    double f = 2 * rho - 1;
                    lambda *= Math.max(1.0 / 3, 1 - f * f * f);
                    nu = 2;
                    accepted = true;
                    if (actual <= s.ftol() * previous && rho > 0.25) {
                        return new Outcome(true, "ftol: relative chi-square decrease below " + s.ftol(), iter, evals);
                    }
                    if (small) {
                        return new Outcome(true, "xtol: relative parameter step below " + s.xtol(), iter, evals);
                    }
                } else {
                    if (small) {
                        return new Outcome(true, "xtol: relative parameter step below " + s.xtol()
                                + " and no further decrease of chi-square", iter, evals);
                    }
                    lambda *= nu;
                    nu *= 2;
                }
            }
            if (!accepted) {
                return new Outcome(false, "no step reduced chi-square after " + MAX_TRIALS + " damping increases",
                        iter, evals);
            }
        }
        return new Outcome(false, "maximum iterations (" + s.maxIterations() + ") reached", s.maxIterations(), evals);
    }

    /**
     * Makes {@link #jac} the weighted Jacobian at the current point (recomputing it only if the
     * last accepted step moved the parameters); false if it is not finite there.
     */
    boolean currentJacobian(Settings s) {
        if (jacobianCurrent || nFree == 0) {
            return true;
        }
        jacobianCurrent = jacobian(s, x, r) >= 0;
        return jacobianCurrent;
    }

    /** Weighted Jacobian of the free parameters at xp; returns evaluations used, or −1−used if not finite. */
    private int jacobian(Settings s, double[] xp, double[] r0) {
        int used = 0;
        if (s.jacobian() != null) {
            s.jacobian().evaluate(xp, jacFull);
            for (int c = 0; c < nFree; c++) {
                int j = free[c];
                for (int i = 0; i < m; i++) {
                    jac[c * m + i] = sqrtW[i] * jacFull[i][j];
                }
            }
        } else {
            boolean central = s.difference() == FiniteDifference.CENTRAL;
            for (int c = 0; c < nFree; c++) {
                int j = free[c];
                double xj = xp[j];
                double lo = s.lower()[j];
                double hi = s.upper()[j];
                double size = xj != 0 ? Math.abs(xj) : typical[j];
                double h = s.difference().relativeStep() * size;
                if (central && xj - h >= lo && xj + h <= hi) {
                    xp[j] = xj + h;
                    double hp = xp[j] - xj;
                    s.residuals().evaluate(xp, fdPlus);
                    xp[j] = xj - h;
                    double hm = xj - xp[j];
                    s.residuals().evaluate(xp, fdMinus);
                    used += 2;
                    double inv = 1.0 / (hp + hm);
                    for (int i = 0; i < m; i++) {
                        jac[c * m + i] = sqrtW[i] * (fdPlus[i] - fdMinus[i]) * inv;
                    }
                } else {
                    double hf = FiniteDifference.FORWARD.relativeStep() * size;
                    // step into the bounds: forward unless that leaves the box on the upper side
                    double target = xj + hf <= hi ? xj + hf : xj - hf;
                    if (target < lo) {
                        target = hi - xj >= xj - lo ? hi : lo;
                    }
                    xp[j] = target;
                    double dh = xp[j] - xj;
                    s.residuals().evaluate(xp, fdPlus);
                    used++;
                    for (int i = 0; i < m; i++) {
                        jac[c * m + i] = sqrtW[i] * (fdPlus[i] - r0[i]) / dh;
                    }
                }
                xp[j] = xj;
            }
        }
        for (int k = 0; k < nFree * m; k++) {
            if (!Double.isFinite(jac[k])) {
                return -1 - used;
            }
        }
        return used;
    }

    private double cost(double[] res) {
        double sum = 0;
        for (int i = 0; i < m; i++) {
            double v = sqrtW[i] * res[i];
            sum += v * v;
        }
        return Double.isFinite(sum) ? sum : Double.NaN;
    }

    private static String firstBad(double[] res) {
        for (int i = 0; i < res.length; i++) {
            if (!Double.isFinite(res[i])) {
                return "residual[" + i + "] = " + res[i];
            }
        }
        return "sum of squares overflows";
    }
}
