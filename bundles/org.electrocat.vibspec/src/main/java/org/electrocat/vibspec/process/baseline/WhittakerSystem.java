package org.electrocat.vibspec.process.baseline;

import org.electrocat.math.linalg.BandedCholesky;
import org.electrocat.math.linalg.SymmetricBandMatrix;

/**
 * The penalised least-squares system of the Whittaker smoother, (W + λ·DᵀD)·z = W·y, with D the
 * difference matrix of order d (P. H. C. Eilers, Anal. Chem. 75 (2003) 3631), assembled and solved
 * on the shared banded Cholesky solver. One instance serves every iteration of a reweighting
 * baseline and every spectrum of the same length: the penalty λ·DᵀD is built once, and each solve
 * copies it, adds the weights to the diagonal and factors in place, allocating nothing. Not
 * thread-safe.
 */
public final class WhittakerSystem {

    private final int n;
    private final SymmetricBandMatrix penalty;
    private final SymmetricBandMatrix work;
    private final BandedCholesky cholesky;

    /**
     * @param n         number of points (&gt; diffOrder)
     * @param lam       λ ≥ 0, the smoothness penalty (dimensionless; per-point, as in pybaselines)
     * @param diffOrder difference order d ≥ 1 (2 in pybaselines' defaults)
     * @throws IllegalArgumentException for n ≤ d, d &lt; 1 or λ negative or not finite
     */
    public WhittakerSystem(int n, double lam, int diffOrder) {
        this.n = n;
        this.penalty = SymmetricBandMatrix.differencePenalty(n, diffOrder, lam);
        this.work = penalty.copy();
        this.cholesky = new BandedCholesky(n, diffOrder);
    }

    /** Number of points. */
    public int size() {
        return n;
    }

    /**
     * Solves (W + λ·DᵀD)·z = W·y into {@code z}.
     *
     * @param weights w_i ≥ 0 (at least diffOrder of them positive, or the system is singular)
     * @param y       data
     * @param z       receives the smooth (may be a fresh array of length n)
     */
    public void solve(double[] weights, double[] y, double[] z) {
        work.copyFrom(penalty);
        work.addDiagonal(weights);
        cholesky.factor(work);
        for (int i = 0; i < n; i++) {
            z[i] = weights[i] * y[i];
        }
        cholesky.solveInPlace(z);
    }
}
