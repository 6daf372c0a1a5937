package org.electrocat.math.fit;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Covariance, standard errors and confidence intervals at a least-squares solution. The covariance
 * (JᵀWJ)⁻¹ is formed from the SVD of R (J = QR), dropping singular values below
 * ε·max(m, p)·s_max as scipy.optimize.curve_fit does, so a rank-deficient Jacobian gives a
 * pseudo-inverse and a warning rather than infinities or garbage; intervals use Student's t
 * (Commons Math {@link TDistribution}).
 */
final class FitStatistics {

    private FitStatistics() {
    }

    static FitResult result(LevenbergMarquardt lm, LevenbergMarquardt.Settings s, LevenbergMarquardt.Outcome o,
            double level, boolean scaleCovariance, String[] names) {
        int m = lm.m;
        int p = lm.p;
        int nf = lm.nFree;
        double[] x = lm.x.clone();
        StringBuilder message = new StringBuilder(o.message());
        int nEff = 0;
        for (int i = 0; i < m; i++) {
            nEff += lm.sqrtW[i] > 0 ? 1 : 0;
        }
        int dof = nEff - nf;
        double[][] cov = new double[p][p];
        int rank = 0;
        boolean jacobianOk = lm.currentJacobian(s);
        if (nf > 0 && jacobianOk) {
            double[][] cf = new double[nf][nf];
            rank = freeCovariance(lm, cf);
            if (rank < nf) {
                message.append("; Jacobian rank ").append(rank).append(" < ").append(nf)
                        .append(" free parameters: covariance is a pseudo-inverse, some parameters are not identifiable");
            }
            double factor = scaleCovariance ? (dof > 0 ? lm.cost / dof : Double.NaN) : 1.0;
            for (int a = 0; a < nf; a++) {
                for (int b = 0; b < nf; b++) {
                    cov[lm.free[a]][lm.free[b]] = cf[a][b] * factor;
                }
            }
        } else if (nf > 0) {
            message.append("; Jacobian not finite at the solution: no uncertainties");
            for (int a = 0; a < nf; a++) {
                for (int b = 0; b < nf; b++) {
                    cov[lm.free[a]][lm.free[b]] = Double.NaN;
                }
            }
        }
        if (dof <= 0 && nf > 0 && scaleCovariance) {
            message.append("; no degrees of freedom left (").append(nEff).append(" points, ").append(nf)
                    .append(" free parameters): no uncertainties");
        }
        double t = dof > 0 ? new TDistribution(null, dof).inverseCumulativeProbability(0.5 + level / 2) : Double.NaN;
        double[] se = new double[p];
        double[] lo = new double[p];
        double[] hi = new double[p];
        double[][] corr = new double[p][p];
        boolean[] fixed = s.fixed().clone();
        boolean[] atBound = new boolean[p];
        for (double[] row : corr) {
            Arrays.fill(row, Double.NaN);
        }
        for (int j = 0; j < p; j++) {
            if (fixed[j]) {
                lo[j] = x[j];
                hi[j] = x[j];
                continue;
            }
            se[j] = Math.sqrt(cov[j][j]);
            lo[j] = x[j] - t * se[j];
            hi[j] = x[j] + t * se[j];
            atBound[j] = x[j] <= s.lower()[j] || x[j] >= s.upper()[j];
        }
        for (int a = 0; a < nf; a++) {
            int i = lm.free[a];
            for (int b = 0; b < nf; b++) {
                int j = lm.free[b];
                corr[i][j] = i == j ? 1.0 : cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
            }
        }
        return new FitResult(x, se, lo, hi, level, cov, corr, lm.cost, dof, lm.r.clone(), fixed, atBound, rank,
                o.iterations(), o.evaluations(), o.converged(), message.toString(), names);
    }

    /** Fills cf with the pseudo-inverse of JᵀWJ over the free parameters; returns the rank. */
    private static int freeCovariance(LevenbergMarquardt lm, double[][] cf) {
        int m = lm.m;
        int nf = lm.nFree;
        double[] a = Arrays.copyOf(lm.jac, m * nf);
        RealMatrix target;
        if (m >= nf) {
            double[] rdiag = new double[nf];
            DenseQr.factor(a, m, nf, rdiag, new double[m]);
            double[][] r = new double[nf][nf];
            for (int k = 0; k < nf; k++) {
                r[k][k] = rdiag[k];
                for (int c = k + 1; c < nf; c++) {
                    r[k][c] = a[c * m + k];
                }
            }
            target = new Array2DRowRealMatrix(r, false);
        } else {
            double[][] j = new double[m][nf];
            for (int c = 0; c < nf; c++) {
                for (int i = 0; i < m; i++) {
                    j[i][c] = a[c * m + i];
                }
            }
            target = new Array2DRowRealMatrix(j, false);
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(target);
        double[] sv = svd.getSingularValues();
        RealMatrix v = svd.getV();
        double threshold = Math.ulp(1.0) * Math.max(m, nf) * (sv.length > 0 ? sv[0] : 0);
        int rank = 0;
        for (double s : sv) {
            rank += s > threshold ? 1 : 0;
        }
        for (int i = 0; i < nf; i++) {
            for (int j = 0; j < nf; j++) {
                double sum = 0;
                for (int k = 0; k < rank; k++) {
                    sum += v.getEntry(i, k) * v.getEntry(j, k) / (sv[k] * sv[k]);
                }
                cf[i][j] = sum;
            }
        }
        return rank;
    }
}
