package org.electrocat.math.linalg;

import org.electrocat.math.Checks;

/**
 * Cholesky factorisation A = L·Lᵀ of a symmetric positive-definite band matrix and the solution
 * of A·x = b, in O(n·p²) time and O(n·p) memory for bandwidth p (G. H. Golub, C. F. Van Loan,
 * Matrix Computations, 4th ed., Johns Hopkins 2013, §4.3; LAPACK dpbtrf/dpbtrs do the same).
 * This is the core of Whittaker smoothing and the AsLS/arPLS family of baselines, whose system
 * (W + λ·DᵀD)·z = W·y is pentadiagonal for second differences; Cholesky is backward stable for
 * any SPD matrix, so no pivoting is needed even at λ = 1e9.
 *
 * <p>An instance owns the factor's storage and can be refactored for a new matrix of the same size
 * and bandwidth without allocating, as the iterations of an asymmetric-least-squares baseline
 * need. Not thread-safe.
 */
public final class BandedCholesky {

    private final int n;
    private final int p;
    private final double[] l;

    /** Storage for factors of n×n matrices with the given bandwidth. */
    public BandedCholesky(int n, int bandwidth) {
        SymmetricBandMatrix shape = new SymmetricBandMatrix(n, bandwidth);
        this.n = n;
        this.p = bandwidth;
        this.l = shape.band;
    }

    /** Factors a into a new instance. */
    public static BandedCholesky of(SymmetricBandMatrix a) {
        BandedCholesky c = new BandedCholesky(a.size(), a.bandwidth());
        c.factor(a);
        return c;
    }

    /** Solves a·x = b in one call (a and b are not modified). */
    public static double[] solve(SymmetricBandMatrix a, double[] b) {
        return of(a).solve(b);
    }

    /**
     * Factors a (not modified) into this instance's storage.
     *
     * @throws IllegalArgumentException if a is not positive definite (a pivot ≤ 0 or not finite),
     *         naming the row; or if its size or bandwidth differ from this instance's
     */
    public void factor(SymmetricBandMatrix a) {
        if (a.size() != n || a.bandwidth() != p) {
            throw new IllegalArgumentException("matrix is " + a.size() + "×" + a.size() + " with bandwidth "
                    + a.bandwidth() + " but this factor holds " + n + "×" + n + " with bandwidth " + p);
        }
        System.arraycopy(a.band, 0, l, 0, l.length);
        int w = p + 1;
        // right-looking: finish column j, then update the (p×p) trailing window it touches
        for (int j = 0; j < n; j++) {
            int cj = j * w;
            double pivot = l[cj];
            if (!(pivot > 0) || Double.isInfinite(pivot)) {
                throw new IllegalArgumentException("matrix is not positive definite: pivot " + pivot + " at row " + j);
            }
            double djj = Math.sqrt(pivot);
            l[cj] = djj;
            int last = Math.min(p, n - 1 - j);
            double inv = 1.0 / djj;
            for (int d = 1; d <= last; d++) {
                l[cj + d] *= inv;
            }
            for (int c = 1; c <= last; c++) {
                double lc = l[cj + c];
                if (lc == 0) {
                    continue;
                }
                int cc = (j + c) * w;
                for (int r = c; r <= last; r++) {
                    l[cc + (r - c)] -= l[cj + r] * lc;
                }
            }
        }
    }

    /** The solution x of A·x = b as a new array. */
    public double[] solve(double[] b) {
        double[] x = Checks.finite(b, "b").clone();
        solveInPlace(x);
        return x;
    }

    /** Overwrites b with the solution of A·x = b (forward then back substitution, no allocation). */
    public void solveInPlace(double[] b) {
        Checks.notNull(b, "b");
        if (b.length != n) {
            throw new IllegalArgumentException("b has " + b.length + " values but the matrix order is " + n);
        }
        int w = p + 1;
        // L·y = b, column-oriented: finish y_j, then subtract its column from the rows below
        for (int j = 0; j < n; j++) {
            int cj = j * w;
            double yj = b[j] / l[cj];
            b[j] = yj;
            int last = Math.min(p, n - 1 - j);
            for (int d = 1; d <= last; d++) {
                b[j + d] -= l[cj + d] * yj;
            }
        }
        // Lᵀ·x = y, row-oriented over the same columns
        for (int j = n - 1; j >= 0; j--) {
            int cj = j * w;
            double s = b[j];
            int last = Math.min(p, n - 1 - j);
            for (int d = 1; d <= last; d++) {
                s -= l[cj + d] * b[j + d];
            }
            b[j] = s / l[cj];
        }
    }

    /** ln det A = 2·Σ ln L_ii (for likelihood-based choices of λ). */
    public double logDeterminant() {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += Math.log(l[j * (p + 1)]);
        }
        return 2 * s;
    }

    /** Order n. */
    public int size() {
        return n;
    }

    /** Bandwidth p. */
    public int bandwidth() {
        return p;
    }
}
