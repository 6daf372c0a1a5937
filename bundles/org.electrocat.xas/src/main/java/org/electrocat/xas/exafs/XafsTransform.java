package org.electrocat.xas.exafs;

import org.electrocat.math.calculus.Extrapolation;
import org.electrocat.math.calculus.Interpolation;
import org.electrocat.math.signal.Fft;
import org.electrocat.math.signal.FftNorm;

/**
 * XAFS Fourier transforms with the conventions of Ifeffit/Larch ({@code xftf}, {@code xftr}; M.
 * Newville, J. Synchrotron Rad. 8 (2001) 322), so magnitudes and peak positions compare directly:
 * <ul>
 * <li>forward: χ(k) on a uniform grid k_n = n·δk (δk = kstep, default 0.05 Å⁻¹) from 0, weighted by
 * kⁿ and the window, zero-padded to nfft (default 2048) points;
 * χ̃(R_m) = (δk/√π) Σ_n kₙʷ W(kₙ) χ(kₙ) e^{−2πi nm/nfft} at R_m = m·π/(δk·nfft) (δR ≈ 0.0307 Å).
 * The factor 2 in e^{2ikR} makes R a half path length; peaks are not phase-corrected.</li>
 * <li>reverse (back-transform to q): χ(q_n) = 0.5·(4√π/δk)·(1/nfft) Σ_m W(R_m) χ̃(R_m) e^{+2πi nm/nfft}
 * on q_n = n·δk.</li>
 * </ul>
 * Both use the shared FFT ({@link Fft}).
 */
public final class XafsTransform {

    /** A complex function on a uniform grid (R in Å or q in Å⁻¹). */
    public record Complex(double[] x, double[] re, double[] im) {
        /** |value| at every point. */
        public double[] magnitude() {
            double[] m = new double[re.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = Math.hypot(re[i], im[i]);
            }
            return m;
        }
    }

    private XafsTransform() {
    }

    /**
     * χ(k) given at arbitrary increasing k resampled (linearly, as Larch's {@code xftf_prep}) onto
     * k_n = n·kstep for n·kstep ≤ max(k); values below min(k) are 0.
     */
    public static double[] toUniformGrid(double[] k, double[] chi, double kstep) {
        int n = (int) (1.01 + k[k.length - 1] / kstep);
        double[] grid = new double[n];
        var f = Interpolation.linear(k, chi, Extrapolation.NEAREST);
        for (int i = 0; i < n; i++) {
            double q = i * kstep;
            grid[i] = q < k[0] ? 0 : f.value(q);
        }
        return grid;
    }

    /**
     * Forward transform of χ on the uniform grid n·kstep.
     *
     * @param chi     χ(k_n), n = 0, 1, ...
     * @param kweight exponent w of kʷ
     * @param window  W(k_n), same length as chi
     * @param rmaxOut largest R returned, Å
     */
    public static Complex forward(double[] chi, double kstep, int nfft, double kweight, double[] window, double rmaxOut) {
        if (chi.length > nfft) {
            throw new IllegalArgumentException("chi has " + chi.length + " points, more than nfft = " + nfft);
        }
        double[] re = new double[nfft];
        double[] im = new double[nfft];
        for (int i = 0; i < chi.length; i++) {
            double k = i * kstep;
            re[i] = chi[i] * window[i] * (kweight == 0 ? 1 : Math.pow(k, kweight));
        }
        Fft.fft(re, im, FftNorm.BACKWARD);
        double rstep = Math.PI / (kstep * nfft);
        int nr = (int) Math.min(nfft / 2, 1.01 + rmaxOut / rstep);
        double s = kstep / Math.sqrt(Math.PI);
        double[] r = new double[nr];
        double[] ore = new double[nr];
        double[] oim = new double[nr];
        for (int m = 0; m < nr; m++) {
            r[m] = m * rstep;
            ore[m] = s * re[m];
            oim[m] = s * im[m];
        }
        return new Complex(r, ore, oim);
    }

    /**
     * Back-transform of χ̃(R) (as returned by {@link #forward}) windowed in R.
     *
     * @param rwindow W(R_m), same length as the input
     * @param qmaxOut largest q returned, Å⁻¹
     */
    public static Complex reverse(Complex chir, double[] rwindow, int nfft, double qmaxOut) {
        double rstep = chir.x()[1] - chir.x()[0];
        double kstep = Math.PI / (rstep * nfft);
        double[] re = new double[nfft];
        double[] im = new double[nfft];
        for (int m = 0; m < chir.re().length; m++) {
            re[m] = chir.re()[m] * rwindow[m];
            im[m] = chir.im()[m] * rwindow[m];
        }
        Fft.ifft(re, im, FftNorm.BACKWARD);
        double s = 0.5 * 4 * Math.sqrt(Math.PI) / kstep;
        int nq = (int) Math.min(nfft / 2, 1.05 + qmaxOut / kstep);
        double[] q = new double[nq];
        double[] ore = new double[nq];
        double[] oim = new double[nq];
        for (int n = 0; n < nq; n++) {
            q[n] = n * kstep;
            ore[n] = s * re[n];
            oim[n] = s * im[n];
        }
        return new Complex(q, ore, oim);
    }
}
