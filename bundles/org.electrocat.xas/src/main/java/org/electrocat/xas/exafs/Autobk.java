package org.electrocat.xas.exafs;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.electrocat.math.calculus.Extrapolation;
import org.electrocat.math.calculus.Interpolation;
import org.electrocat.math.signal.Fft;
import org.electrocat.math.signal.FftNorm;

/**
 * EXAFS background removal by the AUTOBK method (M. Newville, P. Līviņš, Y. Yacoby, J. J. Rehr, E. A.
 * Stern, Phys. Rev. B 47 (1993) 14126), with Larch's parameter names and defaults: the background
 * µ₀ is a cubic spline in k whose coefficients minimise the Fourier components of
 * χ = µ − µ₀ below rbkg (real and imaginary parts of the kʷ-weighted, windowed transform at
 * R &lt; rbkg), plus "clamps" that pull χ towards 0 at the last (clamp_hi) and first (clamp_lo)
 * {@code nclamp} points of the k grid. The number of spline coefficients is Larch's
 * 1 + ⌊2·rbkg·(kmax − kmin)/π⌋ (the information content of the R &lt; rbkg band), limited to 5..128.
 *
 * <p>Because χ(R) is linear in the spline coefficients, the minimisation is a linear least-squares
 * problem, solved here exactly by QR instead of Larch's iterative {@code leastsq}: one FFT per
 * basis function, no iterations. Only the clamp weight, which Larch scales by 0.1 + 10·⟨|χ(R)|²⟩ of
 * the current solution, is found by a short fixed-point iteration (three solves).
 */
public final class Autobk {

    /**
     * Settings with Larch's defaults in {@link #DEFAULTS}.
     *
     * @param rbkg     R below which χ(R) is minimised, Å (default 1)
     * @param kmin     start of the spline and window range, Å⁻¹ (0)
     * @param kmax     end, Å⁻¹ (NaN: the data's last k)
     * @param kweight  k-weight of the transform (1)
     * @param dk       window sill (0.1)
     * @param window   window name (hanning)
     * @param nfft     FFT length (2048)
     * @param kstep    k grid step, Å⁻¹ (0.05)
     * @param nclamp   points clamped at each end (3)
     * @param clampLo  weight of the low-k clamp (0)
     * @param clampHi  weight of the high-k clamp (1)
     * @param nknots   number of spline coefficients, ≤ 0 for Larch's rule
     */
    public record Settings(double rbkg, double kmin, double kmax, double kweight, double dk, String window, int nfft,
            double kstep, int nclamp, double clampLo, double clampHi, int nknots) {
        /** Larch's defaults. */
        public static final Settings DEFAULTS = new Settings(1.0, 0, Double.NaN, 1, 0.1, "hanning", 2048, 0.05, 3, 0, 1, 0);
    }

    /**
     * The outcome.
     *
     * @param k          uniform k grid, Å⁻¹
     * @param chi        χ(k) = (µ − µ₀)/edge step on the grid
     * @param background µ₀ at every input energy (µ itself below E0)
     * @param knots      number of spline coefficients used
     * @param rbkg       rbkg used (at least two R grid steps), Å
     * @param kmax       kmax used, Å⁻¹
     */
    public record Result(double[] k, double[] chi, double[] background, int knots, double rbkg, double kmax) {
    }

    private Autobk() {
    }

    /**
     * Removes the background.
     *
     * @param energy   strictly increasing energies, eV
     * @param mu       absorption
     * @param e0       edge energy, eV
     * @param edgeStep edge step (from {@code PreEdge})
     * @throws IllegalArgumentException when fewer than 10 points lie above e0 or the settings are invalid
     */
    public static Result run(double[] energy, double[] mu, double e0, double edgeStep, Settings s) {
        int iek0 = 0;
        while (iek0 < energy.length && energy[iek0] < e0) {
            iek0++;
        }
        int n = energy.length - iek0;
        if (n < 10) {
            throw new IllegalArgumentException("AUTOBK needs at least 10 points above e0 = " + e0 + " eV, found " + n);
        }
        if (!(edgeStep > 0)) {
            throw new IllegalArgumentException("edge step must be positive, got " + edgeStep);
        }
        double[] kraw = new double[n];
        double[] muAbove = new double[n];
        for (int i = 0; i < n; i++) {
            kraw[i] = Xafs.k(energy[iek0 + i], e0);
            muAbove[i] = mu[iek0 + i];
        }
        double kmax = Double.isNaN(s.kmax()) ? kraw[n - 1] : Math.max(0, Math.min(kraw[n - 1], s.kmax()));
        double kmin = Math.max(0, s.kmin());
        if (!(kmax - kmin > 1)) {
            throw new IllegalArgumentException("k range [" + kmin + ", " + kmax + "] Å⁻¹ is too short for AUTOBK");
        }
        double kstep = s.kstep();
        int nk = (int) (1.01 + kmax / kstep);
        double[] k = new double[nk];
        for (int i = 0; i < nk; i++) {
            k[i] = i * kstep;
        }
        double[] ftwin = FtWindow.values(k, kmin, kmax, s.dk(), s.dk(), s.window());
        for (int i = 0; i < nk; i++) {
            ftwin[i] *= s.kweight() == 0 ? 1 : Math.pow(k[i], s.kweight());
        }
        double rgrid = Math.PI / (kstep * s.nfft());
        double rbkg = Math.max(s.rbkg(), 2 * rgrid);
        int nspl = 1 + (int) (2 * rbkg * (kmax - kmin) / Math.PI);
        int irbkg = (int) (1 + (nspl - 1) * Math.PI / (2 * rgrid * (kmax - kmin)));
        if (s.nknots() > 0) {
            nspl = s.nknots();
        }
        nspl = Math.max(5, Math.min(128, nspl));
        irbkg = Math.max(1, Math.min(irbkg, s.nfft() / 2));

        double[] muK = Interpolation.naturalCubicSpline(kraw, muAbove, Extrapolation.EXTEND).values(k);
        double ka = kraw[nearest(kraw, kmin)];
        CubicBSpline spline = new CubicBSpline(Math.min(ka, kmax - 1), kmax, nspl);
        double[][] basis = new double[nspl][nk];
        double[] b4 = new double[4];
        for (int i = 0; i < nk; i++) {
            int st = spline.basis(k[i], b4);
            for (int j = 0; j < 4; j++) {
                basis[st + j][i] = b4[j];
            }
        }
        int nc = Math.min(s.nclamp(), nk / 2);
        double[][] ftBasis = new double[nspl][];
        for (int j = 0; j < nspl; j++) {
            ftBasis[j] = lowR(basis[j], ftwin, s.nfft(), irbkg, kstep);
        }
        double[] ftMu = lowR(muK, ftwin, s.nfft(), irbkg, kstep);
        double[] coef = new double[nspl];
        double scale = 0.1 + 10 * meanSquare(ftMu);
        for (int pass = 0; pass < 3; pass++) {
            int rows = 2 * irbkg + 2 * nc;
            Array2DRowRealMatrix a = new Array2DRowRealMatrix(rows, nspl);
            double[] rhs = new double[rows];
            for (int r = 0; r < 2 * irbkg; r++) {
                rhs[r] = ftMu[r];
                for (int j = 0; j < nspl; j++) {
                    a.setEntry(r, j, ftBasis[j][r]);
                }
            }
            for (int c = 0; c < nc; c++) {
                int lo = c;
                int hi = nk - nc + c;
                double wl = Math.abs(s.clampLo()) * scale;
                double wh = Math.abs(s.clampHi()) * scale;
                rhs[2 * irbkg + c] = wl * muK[lo];
                rhs[2 * irbkg + nc + c] = wh * muK[hi];
                for (int j = 0; j < nspl; j++) {
                    a.setEntry(2 * irbkg + c, j, wl * basis[j][lo]);
                    a.setEntry(2 * irbkg + nc + c, j, wh * basis[j][hi]);
                }
            }
            coef = new QRDecomposition(a).getSolver().solve(new ArrayRealVector(rhs, false)).toArray();
            double[] resid = ftMu.clone();
            for (int j = 0; j < nspl; j++) {
                for (int r = 0; r < resid.length; r++) {
                    resid[r] -= coef[j] * ftBasis[j][r];
                }
            }
            scale = 0.1 + 10 * meanSquare(resid);
        }
        double[] chi = new double[nk];
        for (int i = 0; i < nk; i++) {
            double bk = 0;
            for (int j = 0; j < nspl; j++) {
                bk += coef[j] * basis[j][i];
            }
            chi[i] = (muK[i] - bk) / edgeStep;
        }
        double[] bkg = mu.clone();
        for (int i = 0; i < n; i++) {
            bkg[iek0 + i] = spline.value(coef, kraw[i]);
        }
        return new Result(k, chi, bkg, nspl, rbkg, kmax);
    }

    /** Re and Im of (δk/√π)·FFT(f·w) at the first {@code nr} R points, stacked [re..., im...]. */
    static double[] lowR(double[] f, double[] w, int nfft, int nr, double kstep) {
        double[] re = new double[nfft];
        double[] im = new double[nfft];
        for (int i = 0; i < f.length && i < nfft; i++) {
            re[i] = f[i] * w[i];
        }
        Fft.fft(re, im, FftNorm.BACKWARD);
        double[] out = new double[2 * nr];
        double scale = kstep / Math.sqrt(Math.PI);
        for (int m = 0; m < nr; m++) {
            out[m] = scale * re[m];
            out[nr + m] = scale * im[m];
        }
        return out;
    }

    private static double meanSquare(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s / v.length;
    }

    private static int nearest(double[] x, double v) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (Math.abs(x[i] - v) < Math.abs(x[best] - v)) {
                best = i;
            }
        }
        return best;
    }
}
