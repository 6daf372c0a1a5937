package org.electrocat.math.fit;

/**
 * Householder QR of a small dense column-major matrix and the damped least-squares solve built on
 * it, as in MINPACK's lmder (J. J. Moré, "The Levenberg–Marquardt algorithm: implementation and
 * theory", Lecture Notes in Mathematics 630 (1978) 105): the Jacobian is factored once per
 * iteration, and each trial damping λ only re-triangularises [R; √λ·D] with Givens rotations, O(n²)
 * per diagonal row. Working on R keeps the condition number of J, not of JᵀJ as normal equations
 * would. All storage is supplied by the caller, so an iteration allocates nothing.
 *
 * <p>Layout: a[j·m + i] is row i, column j of an m×n matrix. After {@link #factor}, R's strict upper
 * triangle is in a (row k, column j at a[j·m + k], k &lt; j), its diagonal in rdiag.
 */
final class DenseQr {

    private DenseQr() {
    }

    /**
     * Factors a = Q·R in place and overwrites b with Qᵀb.
     *
     * @param a m×n column-major, replaced by the Householder vectors and R
     * @param rdiag receives R's diagonal (length n; zero beyond min(m, n))
     * @param b length m, replaced by Qᵀb
     */
    static void factor(double[] a, int m, int n, double[] rdiag, double[] b) {
        int steps = Math.min(m, n);
        for (int k = 0; k < n; k++) {
            rdiag[k] = 0;
        }
        for (int k = 0; k < steps; k++) {
            int col = k * m;
            double scale = 0;
            for (int i = k; i < m; i++) {
                scale = Math.max(scale, Math.abs(a[col + i]));
            }
            if (scale == 0) {
                continue;
            }
            // norm with pre-scaling so huge or tiny Jacobian columns neither overflow nor underflow
            double ss = 0;
            for (int i = k; i < m; i++) {
                double v = a[col + i] / scale;
                ss += v * v;
            }
            double norm = scale * Math.sqrt(ss);
            double akk = a[col + k];
            double alpha = akk >= 0 ? -norm : norm;
            // v = x − alpha·e1, H = I − v vᵀ / (norm·(norm + |akk|))
            a[col + k] = akk - alpha;
            double beta = 1.0 / (norm * (norm + Math.abs(akk)));
            for (int j = k + 1; j < n; j++) {
                int cj = j * m;
                double dot = 0;
                for (int i = k; i < m; i++) {
                    dot += a[col + i] * a[cj + i];
                }
                double f = dot * beta;
                for (int i = k; i < m; i++) {
                    a[cj + i] -= f * a[col + i];
                }
            }
            double dot = 0;
            for (int i = k; i < m; i++) {
                dot += a[col + i] * b[i];
            }
            double f = dot * beta;
            for (int i = k; i < m; i++) {
                b[i] -= f * a[col + i];
            }
            rdiag[k] = alpha;
        }
    }

    /** Element (row, col) of R for row ≤ col. */
    private static double r(double[] a, int m, double[] rdiag, int row, int col) {
        if (row >= m) {
            return 0;
        }
        return row == col ? rdiag[row] : a[col * m + row];
    }

    /**
     * Solves min ‖R·δ + qtb‖² + ‖diag·δ‖² for δ, i.e. (RᵀR + diag²)·δ = −Rᵀ·qtb.
     *
     * @param diag √λ·D_j, length n
     * @param qtb the first min(m, n) entries of Qᵀb
     * @param delta receives δ, length n
     * @param t work, n·n
     * @param e work, n
     * @param z work, n
     */
    static void dampedSolve(double[] a, int m, int n, double[] rdiag, double[] qtb, double[] diag,
            double[] delta, double[] t, double[] e, double[] z) {
        for (int k = 0; k < n; k++) {
            for (int c = 0; c < n; c++) {
                t[k * n + c] = c >= k ? r(a, m, rdiag, k, c) : 0;
            }
            z[k] = k < m ? -qtb[k] : 0;
        }
        for (int j = 0; j < n; j++) {
            if (diag[j] == 0) {
                continue;
            }
            for (int c = j; c < n; c++) {
                e[c] = 0;
            }
            e[j] = diag[j];
            double ez = 0;
            for (int k = j; k < n; k++) {
                if (e[k] == 0) {
                    continue;
                }
                double tkk = t[k * n + k];
                double cos;
                double sin;
                if (Math.abs(tkk) < Math.abs(e[k])) {
                    double cot = tkk / e[k];
                    sin = 1.0 / Math.sqrt(1 + cot * cot);
                    cos = sin * cot;
                } else {
                    double tan = e[k] / tkk;
                    cos = 1.0 / Math.sqrt(1 + tan * tan);
                    sin = cos * tan;
                }
                for (int c = k; c < n; c++) {
                    double tk = t[k * n + c];
                    double ec = e[c];
                    t[k * n + c] = cos * tk + sin * ec;
                    e[c] = -sin * tk + cos * ec;
                }
                double zk = z[k];
                z[k] = cos * zk + sin * ez;
                ez = -sin * zk + cos * ez;
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            double s = z[k];
            for (int c = k + 1; c < n; c++) {
                s -= t[k * n + c] * delta[c];
            }
            double d = t[k * n + k];
            delta[k] = d == 0 ? 0 : s / d;
        }
    }

    /** ‖qtb + R·v‖² over the first min(m, n) rows: the linearised cost after step v. */
    static double linearisedCost(double[] a, int m, int n, double[] rdiag, double[] qtb, double[] v) {
        int rows = Math.min(m, n);
        double sum = 0;
        for (int k = 0; k < rows; k++) {
            double s = qtb[k];
            for (int c = k; c < n; c++) {
                s += r(a, m, rdiag, k, c) * v[c];
            }
            sum += s * s;
        }
        return sum;
    }
}
