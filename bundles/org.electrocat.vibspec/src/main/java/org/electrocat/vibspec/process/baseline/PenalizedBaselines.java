package org.electrocat.vibspec.process.baseline;

import java.util.Arrays;

/**
 * Whittaker-smoother baselines that reweight points below and above the current baseline, with the
 * parameter names, defaults and iteration rules of pybaselines (D. Erb, pybaselines 1.x,
 * {@code Baseline.asls}, {@code Baseline.arpls}) so that values tuned there carry over:
 *
 * <ul>
 *   <li><b>asls</b> (asymmetric least squares; P. H. C. Eilers, H. F. M. Boelens, Leiden University
 *       Medical Centre report, 2005): w_i = p where y_i &gt; z_i, else 1 − p. Defaults lam = 1e6,
 *       p = 1e-2, diff_order = 2, max_iter = 50, tol = 1e-3.</li>
 *   <li><b>arpls</b> (asymmetrically reweighted penalised least squares; S.-J. Baek, A. Park, Y.-J.
 *       Ahn, J. Choo, Analyst 140 (2015) 250): with r = y − z and r⁻ its negative part,
 *       w_i = 1/(1 + exp(2(r_i − (2σ⁻ − m⁻))/σ⁻)), m⁻ and σ⁻ (ddof = 1) the mean and standard
 *       deviation of r⁻. Defaults lam = 1e5, diff_order = 2, max_iter = 50, tol = 1e-3. When fewer
 *       than two residuals are negative the iteration stops and keeps the last baseline.</li>
 * </ul>
 *
 * Both start from unit weights, solve (W + lam·DᵀD)·z = W·y ({@link WhittakerSystem}), and stop when
 * ‖w_new − w‖/‖w‖ &lt; tol, after at most max_iter + 1 solves, exactly as pybaselines counts them.
 * Cost per solve O(n·d²). A workspace instance processes many spectra of one length without
 * allocating per iteration; it is not thread-safe.
 */
public final class PenalizedBaselines {

    private final int n;
    private final WhittakerSystem system;
    private final double[] w;
    private final double[] wNew;
    private final double[] z;

    /**
     * A workspace for spectra of n points.
     *
     * @param lam       λ &gt; 0
     * @param diffOrder difference order ≥ 1
     */
    public PenalizedBaselines(int n, double lam, int diffOrder) {
        if (!(lam > 0) || Double.isInfinite(lam)) {
            throw new IllegalArgumentException("lam = " + lam + ": a finite value > 0 is required");
        }
        this.n = n;
        this.system = new WhittakerSystem(n, lam, diffOrder);
        this.w = new double[n];
        this.wNew = new double[n];
        this.z = new double[n];
    }

    /** asls baseline of y (see the class description). */
    public BaselineResult asls(double[] y, double p, int maxIter, double tol) {
        check(y, maxIter, tol);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p = " + p + ": asls needs 0 < p < 1");
        }
        Arrays.fill(w, 1.0);
        double[] history = new double[maxIter + 1];
        int it = 0;
        boolean converged = false;
        for (; it <= maxIter; it++) {
            system.solve(w, y, z);
            for (int i = 0; i < n; i++) {
                wNew[i] = y[i] > z[i] ? p : 1 - p;
            }
            history[it] = relativeDifference(w, wNew);
            if (history[it] < tol) {
                converged = true;
                it++;
                break;
            }
            System.arraycopy(wNew, 0, w, 0, n);
        }
        return new BaselineResult(z.clone(), w.clone(), Arrays.copyOf(history, Math.min(it, maxIter + 1)), converged);
    }

    /** arpls baseline of y (see the class description). */
    public BaselineResult arpls(double[] y, int maxIter, double tol) {
        check(y, maxIter, tol);
        Arrays.fill(w, 1.0);
        double[] history = new double[maxIter + 1];
        int done = 0;
        boolean converged = false;
        for (int it = 0; it <= maxIter; it++) {
            system.solve(w, y, z);
            if (!arplsWeights(y, z, wNew)) {
                break; // fewer than two negative residuals: keep this baseline
            }
            history[done] = relativeDifference(w, wNew);
            done++;
            if (history[done - 1] < tol) {
                converged = true;
                break;
            }
            System.arraycopy(wNew, 0, w, 0, n);
        }
        return new BaselineResult(z.clone(), w.clone(), Arrays.copyOf(history, done), converged);
    }

    /** The arPLS weights into {@code out}; false when fewer than two residuals are negative. */
    static boolean arplsWeights(double[] y, double[] z, double[] out) {
        int count = 0;
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - z[i];
            if (r < 0) {
                count++;
                sum += r;
            }
        }
        if (count < 2) {
            return false;
        }
        double mean = sum / count;
        double ss = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - z[i];
            if (r < 0) {
                ss += (r - mean) * (r - mean);
            }
        }
        double sigma = Math.sqrt(ss / (count - 1));
        if (sigma == 0) {
            sigma = Double.MIN_NORMAL; // pybaselines' _safe_std guard
        }
        double shift = 2 * sigma - mean;
        double k = 2 / sigma;
        for (int i = 0; i < y.length; i++) {
            // expit(-(2/σ)(r - (2σ - m))) = 1 / (1 + exp((2/σ)(r - (2σ - m))))
            out[i] = 1.0 / (1.0 + Math.exp(k * (y[i] - z[i] - shift)));
        }
        return true;
    }

    /** ‖b − a‖ / max(‖a‖, tiny), pybaselines' relative_difference. */
    static double relativeDifference(double[] a, double[] b) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < a.length; i++) {
            double d = b[i] - a[i];
            num += d * d;
            den += a[i] * a[i];
        }
        return Math.sqrt(num) / Math.max(Math.sqrt(den), Double.MIN_NORMAL);
    }

    private void check(double[] y, int maxIter, double tol) {
        if (y.length != n) {
            throw new IllegalArgumentException("spectrum has " + y.length + " points but the workspace " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("intensity " + (i + 1) + " is " + y[i]
                        + ": remove NaN/infinite values (crop or interpolate) before a baseline fit");
            }
        }
        if (maxIter < 0) {
            throw new IllegalArgumentException("max_iter = " + maxIter + " must be >= 0");
        }
        if (!(tol >= 0)) {
            throw new IllegalArgumentException("tol = " + tol + " must be >= 0");
        }
    }
}
