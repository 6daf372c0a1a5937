package org.electrocat.eis.drt;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * min ‖Ax − b‖₂ subject to x ≥ 0, by the active-set algorithm of C. L. Lawson and R. J. Hanson,
 * Solving Least Squares Problems (Prentice-Hall 1974), chapter 23 (the method behind
 * scipy.optimize.nnls). The unconstrained sub-problems on the passive set are solved by Householder
 * QR (Commons Math). Suited to the small dense problems of a DRT (a few hundred rows, up to a few
 * hundred columns).
 */
final class NonNegativeLeastSquares {

    private NonNegativeLeastSquares() {
    }

    /**
     * Solves the problem.
     *
     * @param a      m×n matrix (rows)
     * @param b      m right-hand sides
     * @param maxIterations outer iterations allowed (3n is ample)
     * @return x ≥ 0 of length n
     * @throws IllegalStateException when the iteration limit is reached
     */
    static double[] solve(double[][] a, double[] b, int maxIterations) {
        int m = a.length;
        int n = a[0].length;
        double[] x = new double[n];
        boolean[] passive = new boolean[n];
        double[] w = new double[n];
        double tol = 10 * Math.ulp(1.0) * norm1(a) * Math.max(m, n);
        for (int iter = 0; iter < maxIterations; iter++) {
            gradient(a, b, x, w);
            int best = -1;
            double bestW = tol;
            for (int j = 0; j < n; j++) {
                if (!passive[j] && w[j] > bestW) {
                    bestW = w[j];
                    best = j;
                }
            }
            if (best < 0) {
                return x;
            }
            passive[best] = true;
            while (true) {
                double[] z = passiveSolution(a, b, passive);
                boolean feasible = true;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && z[j] <= 0) {
                        feasible = false;
                        break;
                    }
                }
                if (feasible) {
                    System.arraycopy(z, 0, x, 0, n);
                    break;
                }
                // step from x towards z as far as feasibility allows, then drop the variables that hit 0
                double alpha = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && z[j] <= 0) {
                        alpha = Math.min(alpha, x[j] / (x[j] - z[j]));
                    }
                }
                for (int j = 0; j < n; j++) {
                    x[j] += alpha * (z[j] - x[j]);
                    if (passive[j] && x[j] <= tol) {
                        passive[j] = false;
                        x[j] = 0;
                    }
                }
            }
        }
        throw new IllegalStateException("NNLS did not converge in " + maxIterations + " iterations");
    }

    /** w = Aᵀ(b − Ax). */
    private static void gradient(double[][] a, double[] b, double[] x, double[] w) {
        int n = x.length;
        java.util.Arrays.fill(w, 0);
        for (int i = 0; i < a.length; i++) {
            double r = b[i];
            double[] row = a[i];
            for (int j = 0; j < n; j++) {
                r -= row[j] * x[j];
            }
            for (int j = 0; j < n; j++) {
                w[j] += row[j] * r;
            }
        }
    }

    /** Unconstrained least squares on the passive columns; zeros elsewhere. */
    private static double[] passiveSolution(double[][] a, double[] b, boolean[] passive) {
        int n = passive.length;
        int k = 0;
        for (boolean p : passive) {
            k += p ? 1 : 0;
        }
        double[][] sub = new double[a.length][k];
        int[] cols = new int[k];
        for (int j = 0, c = 0; j < n; j++) {
            if (passive[j]) {
                cols[c++] = j;
            }
        }
        for (int i = 0; i < a.length; i++) {
            for (int c = 0; c < k; c++) {
                sub[i][c] = a[i][cols[c]];
            }
        }
        RealVector s = new QRDecomposition(new Array2DRowRealMatrix(sub, false), 1e-14).getSolver()
                .solve(new ArrayRealVector(b, false));
        double[] z = new double[n];
        for (int c = 0; c < k; c++) {
            z[cols[c]] = s.getEntry(c);
        }
        return z;
    }

    private static double norm1(double[][] a) {
        double m = 0;
        for (int j = 0; j < a[0].length; j++) {
            double s = 0;
            for (double[] row : a) {
                s += Math.abs(row[j]);
            }
            m = Math.max(m, s);
        }
        return m;
    }
}
