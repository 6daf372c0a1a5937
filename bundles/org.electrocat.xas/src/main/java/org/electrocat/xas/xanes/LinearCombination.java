package org.electrocat.xas.xanes;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Linear-combination fit y ≈ Σ wᵢ rᵢ of reference spectra (as Athena's LCF, B. Ravel and M. Newville,
 * J. Synchrotron Rad. 12 (2005) 537), optionally with Σ wᵢ = 1 (by eliminating the last weight) and
 * wᵢ ≥ 0 (by trying every subset of references held at 0 and keeping the best feasible one — exact
 * for the few references an LCF uses, at most {@value #MAX_REFERENCES}). Standard errors from
 * σ²(AᵀA)⁻¹ with σ² = χ²/(N − p); the eliminated weight's error from the sum of the covariance.
 * R-factor = Σ(y − fit)²/Σy².
 */
public final class LinearCombination {

    /** Most references fitted at once (2ⁿ subsets are tried when weights must be ≥ 0). */
    public static final int MAX_REFERENCES = 12;

    /**
     * The fit.
     *
     * @param weights   wᵢ (0 for references dropped by the non-negativity constraint)
     * @param errors    standard errors of the weights
     * @param fit       Σ wᵢ rᵢ
     * @param rFactor   Σ(y − fit)²/Σy²
     * @param chiSquare Σ(y − fit)²
     */
    public record Result(double[] weights, double[] errors, double[] fit, double rFactor, double chiSquare) {
    }

    private LinearCombination() {
    }

    /**
     * @param y          the sample, one value per point
     * @param references {@code references[i][point]}
     */
    public static Result fit(double[] y, double[][] references, boolean sumToOne, boolean nonNegative) {
        int n = references.length;
        if (n < 1 || n > MAX_REFERENCES) {
            throw new IllegalArgumentException("LCF needs 1 to " + MAX_REFERENCES + " references, got " + n);
        }
        if (y.length <= n) {
            throw new IllegalArgumentException("LCF needs more points (" + y.length + ") than references (" + n + ")");
        }
        Result best = null;
        int subsets = nonNegative ? 1 << n : 1;
        for (int mask = subsets - 1; mask >= 1 || (!nonNegative && mask == 0); mask--) {
            int active = nonNegative ? mask : (1 << n) - 1;
            Result r = solve(y, references, active, sumToOne);
            if (r != null && (!nonNegative || feasible(r.weights)) && (best == null || r.chiSquare < best.chiSquare)) {
                best = r;
            }
            if (!nonNegative) {
                break;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no non-negative combination of the references fits");
        }
        return best;
    }

    private static boolean feasible(double[] w) {
        for (double v : w) {
            if (v < -1e-12) {
                return false;
            }
        }
        return true;
    }

    /** Least squares with only the references in {@code mask}; null when singular. */
    private static Result solve(double[] y, double[][] refs, int mask, boolean sumToOne) {
        int n = refs.length;
        int[] idx = new int[Integer.bitCount(mask)];
        int a = 0;
        for (int i = 0; i < n; i++) {
            if ((mask & (1 << i)) != 0) {
                idx[a++] = i;
            }
        }
        int m = y.length;
        int p = sumToOne ? idx.length - 1 : idx.length;
        double[] w = new double[n];
        double[] err = new double[n];
        double[] target = y.clone();
        int last = idx[idx.length - 1];
        if (sumToOne) {
            for (int i = 0; i < m; i++) {
                target[i] -= refs[last][i];
            }
        }
        double[][] cov = new double[0][0];
        double chi2;
        if (p > 0) {
            RealMatrix aMat = new Array2DRowRealMatrix(m, p);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < p; j++) {
                    aMat.setEntry(i, j, refs[idx[j]][i] - (sumToOne ? refs[last][i] : 0));
                }
            }
            QRDecomposition qr = new QRDecomposition(aMat, 1e-12);
            if (!qr.getSolver().isNonSingular()) {
                return null;
            }
            double[] sol = qr.getSolver().solve(new ArrayRealVector(target, false)).toArray();
            RealMatrix rInv = qr.getSolver().getInverse();
            cov = rInv.multiply(rInv.transpose()).getData();
            for (int j = 0; j < p; j++) {
                w[idx[j]] = sol[j];
            }
        }
        if (sumToOne) {
            double s = 0;
            for (int j = 0; j < p; j++) {
                s += w[idx[j]];
            }
            w[last] = 1 - s;
        }
        double[] fit = new double[m];
        chi2 = 0;
        double norm = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                fit[i] += w[j] * refs[j][i];
            }
            chi2 += (y[i] - fit[i]) * (y[i] - fit[i]);
            norm += y[i] * y[i];
        }
        double s2 = m > p ? chi2 / (m - p) : Double.NaN;
        double sumCov = 0;
        for (int j = 0; j < p; j++) {
            err[idx[j]] = Math.sqrt(s2 * cov[j][j]);
            for (int k = 0; k < p; k++) {
                sumCov += cov[j][k];
            }
        }
        if (sumToOne) {
            err[last] = Math.sqrt(s2 * sumCov);
        }
        return new Result(w, err, fit, chi2 / norm, chi2);
    }
}
