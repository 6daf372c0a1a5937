package org.electrocat.math.linalg;

import org.electrocat.math.Checks;

/**
 * A symmetric n×n matrix whose non-zeros lie within {@code bandwidth} diagonals of the main one
 * (a_ij = 0 for |i − j| &gt; bandwidth), stored as its lower band only: O(n·bandwidth) memory,
 * column-major like LAPACK's 'L' band storage (entry (i, j), i ≥ j, at j·(bandwidth+1) + i − j).
 * Pentadiagonal = bandwidth 2. Mutable, to assemble systems such as the Whittaker smoother's
 * W + λ·DᵀD in place; not thread-safe.
 */
public final class SymmetricBandMatrix {

    private final int n;
    private final int p;
    final double[] band;

    /**
     * A zero matrix.
     *
     * @param n order, ≥ 1
     * @param bandwidth number of sub-diagonals, 0 ≤ bandwidth &lt; n
     */
    public SymmetricBandMatrix(int n, int bandwidth) {
        if (n < 1) {
            throw new IllegalArgumentException("n = " + n + "; at least 1 required");
        }
        if (bandwidth < 0 || bandwidth >= n) {
            throw new IllegalArgumentException("bandwidth = " + bandwidth + " must be in [0, n = " + n + ")");
        }
        long size = (long) n * (bandwidth + 1);
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("band of " + n + " × " + (bandwidth + 1) + " values is too large");
        }
        this.n = n;
        this.p = bandwidth;
        this.band = new double[(int) size];
    }

    /**
     * λ·DᵀD for the difference operator D of the given order on n points ((n − order) × n, rows
     * (1, −1), (1, −2, 1), …): the roughness penalty of the Whittaker smoother (P. H. C. Eilers,
     * Anal. Chem. 75 (2003) 3631) and of AsLS/arPLS baselines. Bandwidth = order.
     *
     * @param n number of points, &gt; order
     * @param order difference order, ≥ 1 (2 for the usual baselines)
     * @param lambda penalty weight λ ≥ 0 (dimensionless for unit weights)
     */
    public static SymmetricBandMatrix differencePenalty(int n, int order, double lambda) {
        if (order < 1 || n <= order) {
            throw new IllegalArgumentException("difference order " + order + " needs 1 ≤ order < n = " + n);
        }
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda = " + lambda + "; a finite value ≥ 0 is required");
        }
        // row of D: binomial coefficients with alternating sign
        double[] d = new double[order + 1];
        d[0] = 1;
        for (int k = 1; k <= order; k++) {
            for (int j = k; j >= 1; j--) {
                d[j] = d[j] - d[j - 1];
            }
        }
        SymmetricBandMatrix m = new SymmetricBandMatrix(n, order);
        for (int r = 0; r < n - order; r++) {
            for (int a = 0; a <= order; a++) {
                for (int b = 0; b <= a; b++) {
                    m.band[(r + b) * (order + 1) + (a - b)] += lambda * d[a] * d[b];
                }
            }
        }
        return m;
    }

    /** Order n. */
    public int size() {
        return n;
    }

    /** Number of sub-diagonals. */
    public int bandwidth() {
        return p;
    }

    private int index(int i, int j) {
        if (i < 0 || j < 0 || i >= n || j >= n) {
            throw new IllegalArgumentException("(" + i + ", " + j + ") is outside the " + n + "×" + n + " matrix");
        }
        int r = Math.max(i, j);
        int c = Math.min(i, j);
        if (r - c > p) {
            return -1;
        }
        return c * (p + 1) + (r - c);
    }

    /** Entry (i, j) (= (j, i)); zero outside the band. */
    public double get(int i, int j) {
        int k = index(i, j);
        return k < 0 ? 0 : band[k];
    }

    /** Sets entries (i, j) and (j, i), which must lie within the band. */
    public void set(int i, int j, double value) {
        band[inBand(i, j)] = value;
    }

    /** Adds to entries (i, j) and (j, i), which must lie within the band. */
    public void add(int i, int j, double value) {
        band[inBand(i, j)] += value;
    }

    /** Adds w_i to each diagonal entry (e.g. the weights of a Whittaker smoother). */
    public void addDiagonal(double[] w) {
        Checks.finite(w, "w");
        if (w.length != n) {
            throw new IllegalArgumentException("w has " + w.length + " values but the matrix order is " + n);
        }
        for (int i = 0; i < n; i++) {
            band[i * (p + 1)] += w[i];
        }
    }

    /** A copy (to modify one system while keeping a template, e.g. λ·DᵀD across iterations). */
    public SymmetricBandMatrix copy() {
        SymmetricBandMatrix c = new SymmetricBandMatrix(n, p);
        System.arraycopy(band, 0, c.band, 0, band.length);
        return c;
    }

    /** Copies another matrix of the same size and bandwidth into this one, without allocating. */
    public void copyFrom(SymmetricBandMatrix other) {
        if (other.n != n || other.p != p) {
            throw new IllegalArgumentException("cannot copy a " + other.n + "×" + other.n + " band-" + other.p
                    + " matrix into a " + n + "×" + n + " band-" + p + " one");
        }
        System.arraycopy(other.band, 0, band, 0, band.length);
    }

    /** y = A·x. */
    public double[] multiply(double[] x) {
        Checks.notNull(x, "x");
        if (x.length != n) {
            throw new IllegalArgumentException("x has " + x.length + " values but the matrix order is " + n);
        }
        double[] y = new double[n];
        for (int c = 0; c < n; c++) {
            int base = c * (p + 1);
            y[c] += band[base] * x[c];
            for (int d = 1; d <= p && c + d < n; d++) {
                double v = band[base + d];
                y[c + d] += v * x[c];
                y[c] += v * x[c + d];
            }
        }
        return y;
    }

    private int inBand(int i, int j) {
        int k = index(i, j);
        if (k < 0) {
            throw new IllegalArgumentException("(" + i + ", " + j + ") lies outside the band of width " + p);
        }
        return k;
    }
}
