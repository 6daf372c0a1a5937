package org.electrocat.eis.kk;

import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.electrocat.eis.spectrum.ImpedanceData;

/**
 * Kramers–Kronig validity test of an impedance spectrum by the linear Lin-KK method of
 * M. Schönleber, D. Klotz, E. Ivers-Tiffée, Electrochim. Acta 131 (2014) 20, which builds on
 * B. A. Boukamp, J. Electrochem. Soc. 142 (1995) 1885. The spectrum is fitted by a KK-compliant
 * model, an ohmic resistor, a series inductor, optionally a series capacitor, and M Voigt RC
 * elements with fixed time constants:
 *
 * <pre>
 * Z(ω) = R0 + jωL [+ 1/(jωC)] + Σ_k R_k/(1 + jωτ_k),  τ_1 = 1/ω_max, τ_M = 1/ω_min, log-spaced between
 * </pre>
 *
 * which is linear in R0, R_k, L and 1/C and is solved by weighted linear least squares (weights
 * 1/|Z_i|; SVD with column scaling, so no starting values and no local minima). Fit types as
 * impedance.py's {@code linKK}: {@code complex} fits both parts; {@code real} fits the real part
 * and then L (and C) to the remaining imaginary part; {@code imag} fits the imaginary part and then
 * R0 to the remaining real part. The number of RC elements is chosen by Schönleber's µ criterion,
 * µ = 1 − Σ_{R_k&lt;0}|R_k| / Σ_{R_k≥0}|R_k|: M grows from 1 until µ ≤ c (c = 0.85 by default),
 * the point where the model starts to over-fit with RC elements of negative resistance.
 * (impedance.py's documentation once stated µ the other way round, impedance.py#315; this is the
 * paper's definition.)
 *
 * <p>Residuals Δ' = (Z' − Z'_KK)/|Z| and Δ'' = (Z'' − Z''_KK)/|Z|: points that violate causality,
 * linearity or stationarity (drift) show systematic residuals larger than the noise.
 */
public final class LinKramersKronig {

    /** Which part of the data the KK model is fitted to. */
    public enum FitType {
        /** Both parts (Schönleber et al.). */
        COMPLEX,
        /** Real part; L and C from the imaginary remainder (impedance.py's default). */
        REAL,
        /** Imaginary part; R0 from the real remainder. */
        IMAG;

        /** Parses {@code complex}, {@code real}, {@code imag}. */
        public static FitType parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("fit type '" + text + "': expected complex, real or imag");
            }
        }
    }

    private LinKramersKronig() {
    }

    /**
     * Lin-KK with M chosen by the µ criterion.
     *
     * @param data         the spectrum (any frequency order)
     * @param c            µ threshold in (0, 1], default 0.85
     * @param maxM         largest number of RC elements tried (impedance.py: 50)
     * @param type         fit type
     * @param addCapacitor include a series capacitor (for blocking electrodes whose |Z| grows at low f)
     * @return the test at the chosen M; {@link KkResult#muReached()} is false when µ never fell to c
     */
    public static KkResult test(ImpedanceData data, double c, int maxM, FitType type, boolean addCapacitor) {
        if (!(c > 0 && c <= 1)) {
            throw new IllegalArgumentException("mu threshold c = " + c + "; a value in (0, 1] is required");
        }
        int limit = Math.min(maxM, maxElements(data, type, addCapacitor));
        if (limit < 1) {
            throw new IllegalArgumentException("spectrum '" + data.name() + "' has " + data.size()
                    + " points: too few for a Lin-KK test");
        }
        KkResult last = null;
        for (int m = 1; m <= limit; m++) {
            last = fit(data, m, type, addCapacitor);
            if (last.mu() <= c) {
                return last.withCriterion(c, true);
            }
        }
        return last.withCriterion(c, false);
    }

    /** Most RC elements the data can determine: unknowns must not exceed the fitted residuals. */
    private static int maxElements(ImpedanceData data, FitType type, boolean cap) {
        int rows = type == FitType.COMPLEX ? 2 * data.size() : data.size();
        int extra = type == FitType.COMPLEX ? 2 + (cap ? 1 : 0) : type == FitType.REAL ? 1 : 1 + (cap ? 1 : 0);
        return rows - extra - 1;
    }

    /**
     * Lin-KK with a given number of RC elements.
     *
     * @param m number of RC elements, ≥ 1
     */
    public static KkResult fit(ImpedanceData data, int m, FitType type, boolean addCapacitor) {
        if (m < 1) {
            throw new IllegalArgumentException("number of RC elements M = " + m + "; at least 1 is required");
        }
        int n = data.size();
        double[] w = new double[n];
        double fMin = Double.POSITIVE_INFINITY;
        double fMax = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 2 * Math.PI * data.frequency()[i];
            fMin = Math.min(fMin, data.frequency()[i]);
            fMax = Math.max(fMax, data.frequency()[i]);
        }
        double[] tau = timeConstants(2 * Math.PI * fMin, 2 * Math.PI * fMax, m);
        // unknowns: [R0, R_1..R_M, L, (1/C)]
        int p = m + 2 + (addCapacitor ? 1 : 0);
        double[][] reRows = new double[n][p];
        double[][] imRows = new double[n][p];
        for (int i = 0; i < n; i++) {
            reRows[i][0] = 1;
            for (int k = 0; k < m; k++) {
                double x = w[i] * tau[k];
                double d = 1 / (1 + x * x);
                reRows[i][1 + k] = d;
                imRows[i][1 + k] = -x * d;
            }
            imRows[i][m + 1] = w[i];
            if (addCapacitor) {
                imRows[i][m + 2] = -1 / w[i];
            }
        }
        double[] inv = new double[n];
        for (int i = 0; i < n; i++) {
            inv[i] = 1 / data.modulus(i);
        }
        double[] x = new double[p];
        int[] all = range(0, p);
        int[] rk = range(1, m + 1);
        int[] tail = addCapacitor ? new int[] {m + 1, m + 2} : new int[] {m + 1};
        switch (type) {
            case COMPLEX -> solve(reRows, imRows, data.re(), data.im(), inv, all, x);
            case REAL -> {
                int[] front = range(0, m + 1);
                solve(reRows, null, data.re(), null, inv, front, x);
                solve(null, imRows, null, remainder(imRows, data.im(), x), inv, tail, x);
            }
            case IMAG -> {
                int[] fitted = concat(rk, tail);
                solve(null, imRows, null, data.im(), inv, fitted, x);
                solve(reRows, null, remainder(reRows, data.re(), x), null, inv, new int[] {0}, x);
            }
            default -> throw new IllegalStateException();
        }
        double[] fitRe = new double[n];
        double[] fitIm = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                fitRe[i] += reRows[i][j] * x[j];
                fitIm[i] += imRows[i][j] * x[j];
            }
        }
        double[] rk2 = new double[m];
        System.arraycopy(x, 1, rk2, 0, m);
        return new KkResult(data, type, addCapacitor, tau, x[0], rk2, x[m + 1],
                addCapacitor ? 1 / x[m + 2] : Double.POSITIVE_INFINITY, mu(rk2), fitRe, fitIm, Double.NaN, false);
    }

    /** Schönleber's time constants: τ_1 = 1/ω_max, τ_M = 1/ω_min, log-spaced in between. */
    static double[] timeConstants(double wMin, double wMax, int m) {
        double tMin = 1 / wMax;
        double tMax = 1 / wMin;
        double[] tau = new double[m];
        if (m == 1) {
            tau[0] = tMin;
            return tau;
        }
        for (int k = 0; k < m; k++) {
            tau[k] = Math.pow(10, Math.log10(tMin) + k / (m - 1.0) * Math.log10(tMax / tMin));
        }
        return tau;
    }

    /** µ = 1 − Σ|negative R_k| / Σ|positive R_k|. */
    static double mu(double[] r) {
        double neg = 0;
        double pos = 0;
        for (double v : r) {
            if (v < 0) {
                neg -= v;
            } else {
                pos += v;
            }
        }
        return pos > 0 ? 1 - neg / pos : Double.NEGATIVE_INFINITY;
    }

    /** y minus the contribution of the unknowns already solved (non-zero entries of x). */
    private static double[] remainder(double[][] rows, double[] y, double[] x) {
        double[] out = y.clone();
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < x.length; j++) {
                out[i] -= rows[i][j] * x[j];
            }
        }
        return out;
    }

    /**
     * Weighted linear least squares for the unknowns {@code cols} (stacked real and/or imaginary
     * rows), by SVD of the column-scaled design matrix; results go into x at {@code cols}.
     */
    private static void solve(double[][] reRows, double[][] imRows, double[] yRe, double[] yIm, double[] inv,
            int[] cols, double[] x) {
        int n = inv.length;
        int rows = (reRows != null ? n : 0) + (imRows != null ? n : 0);
        double[][] a = new double[rows][cols.length];
        double[] b = new double[rows];
        int r = 0;
        for (int part = 0; part < 2; part++) {
            double[][] src = part == 0 ? reRows : imRows;
            double[] y = part == 0 ? yRe : yIm;
            if (src == null) {
                continue;
            }
            for (int i = 0; i < n; i++, r++) {
                for (int k = 0; k < cols.length; k++) {
                    a[r][k] = src[i][cols[k]] * inv[i];
                }
                b[r] = y[i] * inv[i];
            }
        }
        double[] scale = new double[cols.length];
        for (int k = 0; k < cols.length; k++) {
            double s = 0;
            for (int i = 0; i < rows; i++) {
                s += a[i][k] * a[i][k];
            }
            scale[k] = s > 0 ? 1 / Math.sqrt(s) : 1;
            for (int i = 0; i < rows; i++) {
                a[i][k] *= scale[k];
            }
        }
        RealVector sol = new SingularValueDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                .solve(new ArrayRealVector(b, false));
        for (int k = 0; k < cols.length; k++) {
            x[cols[k]] = sol.getEntry(k) * scale[k];
        }
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
