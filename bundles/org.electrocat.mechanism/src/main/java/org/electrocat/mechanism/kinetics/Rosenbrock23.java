package org.electrocat.mechanism.kinetics;

import org.electrocat.api.ProgressMonitor;

/**
 * Linearly implicit Rosenbrock method of order 2 with a third-order error estimate, for stiff
 * systems: the method of MATLAB's {@code ode23s} (L. F. Shampine, M. W. Reichelt, "The MATLAB ODE
 * Suite", SIAM J. Sci. Comput. 18 (1997) 1–22, section 3.2), with d = 1/(2 + √2):
 *
 * <pre>
 *   W  = I − h·d·J
 *   k1 = W⁻¹ f(y₀)
 *   k2 = W⁻¹ (f(y₀ + h/2·k1) − k1) + k1
 *   y₁ = y₀ + h·k2
 *   k3 = W⁻¹ (f(y₁) − (6 + √2)(k2 − f(y₀ + h/2·k1)) − 2(k1 − f(y₀)))
 *   err = h/6 · (k1 − 2·k2 + k3)
 * </pre>
 *
 * The method is L-stable, so stiff components (a fast solution reaction next to slow electrode
 * reactions) cost no tiny steps. Step control: accept when max_i |err_i| / max(atol, rtol·max(|y₀ᵢ|,
 * |y₁ᵢ|)) ≤ 1, new h = h·min(5, max(0.1, 0.8·norm^(−1/3))). The Jacobian is evaluated at every step
 * (the systems here are small) and W is factored by Gaussian elimination with partial pivoting.
 * Output times are hit exactly by shortening the step before each.
 *
 * <p>Not thread-safe: one instance per thread (it keeps its work arrays).
 */
public final class Rosenbrock23 {

    private static final double D = 1 / (2 + Math.sqrt(2));
    private static final double E32 = 6 + Math.sqrt(2);
    /** Largest number of steps for one integration before giving up. */
    public static final int MAX_STEPS = 2_000_000;

    private final OdeSystem system;
    private final int n;
    private final double rtol;
    private final double atol;
    private final double[][] jac;
    private final double[][] w;
    private final int[] pivot;
    private final double[] f0;
    private final double[] f1;
    private final double[] f2;
    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] ytmp;
    private final double[] ynew;
    private int steps;

    /**
     * @param rtol relative tolerance (e.g. 1e-6)
     * @param atol absolute tolerance in the state's units
     */
    public Rosenbrock23(OdeSystem system, double rtol, double atol) {
        if (!(rtol > 0) || !(atol > 0)) {
            throw new IllegalArgumentException("tolerances must be positive, were rtol " + rtol + ", atol " + atol);
        }
        this.system = system;
        this.n = system.dimension();
        this.rtol = rtol;
        this.atol = atol;
        jac = new double[n][n];
        w = new double[n][n];
        pivot = new int[n];
        f0 = new double[n];
        f1 = new double[n];
        f2 = new double[n];
        k1 = new double[n];
        k2 = new double[n];
        k3 = new double[n];
        ytmp = new double[n];
        ynew = new double[n];
    }

    /** Steps accepted and rejected by the last {@link #integrate} call. */
    public int steps() {
        return steps;
    }

    /**
     * Integrates from {@code times[0]} (where the state is {@code y0}) through every later time.
     *
     * @param times   increasing output times, the first being the start
     * @param monitor polled for cancellation between output times
     * @return states at each time, {@code out[i]} a new array
     */
    public double[][] integrate(double[] y0, double[] times, ProgressMonitor monitor) {
        double[][] out = new double[times.length][];
        double[] y = y0.clone();
        out[0] = y.clone();
        steps = 0;
        double t = times[0];
        double span = times[times.length - 1] - times[0];
        double h = initialStep(y, span);
        for (int i = 1; i < times.length; i++) {
            if (!(times[i] >= times[i - 1])) {
                throw new IllegalArgumentException("output times must increase: " + times[i - 1] + ", " + times[i]);
            }
            while (t < times[i]) {
                boolean last = t + h >= times[i] - 1e-12 * Math.abs(times[i]);
                double step = last ? times[i] - t : h;
                double norm = attempt(y, step);
                if (++steps > MAX_STEPS) {
                    throw new IllegalStateException("Rosenbrock23: more than " + MAX_STEPS + " steps; tolerance too"
                            + " tight or the solution blows up");
                }
                if (norm <= 1) {
                    System.arraycopy(ynew, 0, y, 0, n);
                    t = last ? times[i] : t + step;
                }
                double factor = Math.min(5, Math.max(0.1, 0.8 * Math.pow(Math.max(norm, 1e-10), -1.0 / 3)));
                h = step * factor;
                if (!(h > 1e-14 * Math.max(Math.abs(t), 1))) {
                    throw new IllegalStateException("Rosenbrock23: step size underflow at t = " + t);
                }
            }
            out[i] = y.clone();
            monitor.checkCancelled();
        }
        return out;
    }

    private double initialStep(double[] y, double span) {
        system.derivatives(y, f0);
        double rate = 0;
        for (int i = 0; i < n; i++) {
            rate = Math.max(rate, Math.abs(f0[i]) / Math.max(atol, rtol * Math.abs(y[i])));
        }
        double h = rate > 0 ? 0.8 * Math.pow(rtol, 1.0 / 3) / rate : span;
        return Math.max(Math.min(h, span / 10), 1e-12 * Math.max(span, 1));
    }

    /** One step of size h from y into {@link #ynew}; returns the scaled error norm. */
    private double attempt(double[] y, double h) {
        system.derivatives(y, f0);
        system.jacobian(y, jac);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = (i == j ? 1 : 0) - h * D * jac[i][j];
            }
        }
        if (!factor()) {
            return Double.POSITIVE_INFINITY;
        }
        System.arraycopy(f0, 0, k1, 0, n);
        solve(k1);
        for (int i = 0; i < n; i++) {
            ytmp[i] = y[i] + 0.5 * h * k1[i];
        }
        system.derivatives(ytmp, f1);
        for (int i = 0; i < n; i++) {
            k2[i] = f1[i] - k1[i];
        }
        solve(k2);
        for (int i = 0; i < n; i++) {
            k2[i] += k1[i];
            ynew[i] = y[i] + h * k2[i];
        }
        system.derivatives(ynew, f2);
        for (int i = 0; i < n; i++) {
            k3[i] = f2[i] - E32 * (k2[i] - f1[i]) - 2 * (k1[i] - f0[i]);
        }
        solve(k3);
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double err = h / 6 * (k1[i] - 2 * k2[i] + k3[i]);
            double scale = Math.max(atol, rtol * Math.max(Math.abs(y[i]), Math.abs(ynew[i])));
            double r = Math.abs(err) / scale;
            if (!(r <= norm)) {
                norm = Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
            }
        }
        return norm;
    }

    /** LU factorisation of W in place with partial pivoting; false when singular. */
    private boolean factor() {
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(w[r][c]) > Math.abs(w[p][c])) {
                    p = r;
                }
            }
            pivot[c] = p;
            if (w[p][c] == 0 || !Double.isFinite(w[p][c])) {
                return false;
            }
            if (p != c) {
                double[] tmp = w[p];
                w[p] = w[c];
                w[c] = tmp;
            }
            for (int r = c + 1; r < n; r++) {
                double m = w[r][c] / w[c][c];
                w[r][c] = m;
                for (int k = c + 1; k < n; k++) {
                    w[r][k] -= m * w[c][k];
                }
            }
        }
        return true;
    }

    /**
     * Solves W x = b in place: the row exchanges of the factorisation (which moved whole rows, the
     * multipliers of earlier columns included) are applied to b first, then L and U are substituted.
     */
    private void solve(double[] b) {
        for (int c = 0; c < n; c++) {
            int p = pivot[c];
            if (p != c) {
                double tmp = b[p];
                b[p] = b[c];
                b[c] = tmp;
            }
        }
        for (int r = 1; r < n; r++) {
            double s = b[r];
            for (int c = 0; c < r; c++) {
                s -= w[r][c] * b[c];
            }
            b[r] = s;
        }
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) {
                s -= w[r][k] * b[k];
            }
            b[r] = s / w[r][r];
        }
    }
}
