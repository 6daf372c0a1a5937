package org.electrocat.math.signal;

/**
 * Real-input transforms (numpy's rfft/irfft) built on a half-length complex DFT. For even n the
 * samples are packed as z_k = x_{2k} + i·x_{2k+1}; one complex transform of length n/2 and an O(n)
 * split give the n/2+1 non-negative frequencies, half the work of a full complex transform
 * (the packing identity is in Press et al., Numerical Recipes, 3rd ed., §12.3). Odd lengths go
 * through the full complex transform.
 */
final class RealFft {

    /**
     * cos and sin of 2πk/n for k = 0..n/4, the twiddles of the split step. Computing them with
     * Math.cos/sin on every call cost as much as the half-length FFT itself at 2²² points, so the
     * table of the last length is kept (one entry bounds the memory: 16·(n/4) bytes).
     */
    private record Twiddles(int n, double[] cos, double[] sin) {
    }

    private static volatile Twiddles last;

    private RealFft() {
    }

    static Twiddles twiddles(int n) {
        Twiddles t = last;
        if (t != null && t.n == n) {
            return t;
        }
        int len = n / 4 + 1;
        double[] cos = new double[len];
        double[] sin = new double[len];
        if (n % 8 == 0) {
            Radix2Fft.fillTwiddles(n, cos, sin); // octant symmetry: exact only when 8 divides n
        } else {
            for (int k = 0; k < len; k++) {
                cos[k] = Math.cos(2 * Math.PI * k / n);
                sin[k] = Math.sin(2 * Math.PI * k / n);
            }
        }
        t = new Twiddles(n, cos, sin);
        last = t;
        return t;
    }

    /**
     * Unscaled forward real DFT: out[k] = Σ x_j exp(−2πi jk/n) for k in [0, n/2].
     * outRe/outIm must have length n/2+1; they are fully overwritten.
     */
    static void forward(double[] x, double[] outRe, double[] outIm) {
        int n = x.length;
        if (n % 2 == 1) {
            double[] re = x.clone();
            double[] im = new double[n];
            FftPlan.of(n).kernel(re, im);
            System.arraycopy(re, 0, outRe, 0, outRe.length);
            System.arraycopy(im, 0, outIm, 0, outIm.length);
            return;
        }
        int h = n / 2;
        for (int k = 0; k < h; k++) {
            outRe[k] = x[2 * k];
            outIm[k] = x[2 * k + 1];
        }
        FftPlan.of(h).kernel(outRe, outIm);
        double z0r = outRe[0];
        double z0i = outIm[0];
        outRe[0] = z0r + z0i;
        outIm[0] = 0;
        outRe[h] = z0r - z0i;
        outIm[h] = 0;
        Twiddles tw = twiddles(n);
        double[] cos = tw.cos();
        double[] sin = tw.sin();
        for (int k = 1; k <= h / 2; k++) {
            int k2 = h - k;
            double wr = cos[k];
            double wi = -sin[k];
            double ar = outRe[k];
            double ai = outIm[k];
            double br = outRe[k2];
            double bi = -outIm[k2];
            // E = (Z_k + conj Z_{h-k})/2, O = (Z_k - conj Z_{h-k})/(2i)
            double er = 0.5 * (ar + br);
            double ei = 0.5 * (ai + bi);
            double or = 0.5 * (ai - bi);
            double oi = -0.5 * (ar - br);
            double tr = wr * or - wi * oi;
            double ti = wr * oi + wi * or;
            outRe[k] = er + tr;
            outIm[k] = ei + ti;
            if (k2 != k) {
                // X_{h-k} = conj(E - w·O), because w^{h-k} = -conj(w^k)
                outRe[k2] = er - tr;
                outIm[k2] = -(ei - ti);
            }
        }
    }

    /**
     * Unscaled inverse real DFT of the half spectrum to n real samples:
     * x_j = Σ_{k=0}^{n-1} X_k exp(+2πi jk/n) with X_{n−k} = conj(X_k). Values of X beyond n/2 are
     * ignored, missing ones are zero, and the imaginary parts of X_0 (and X_{n/2} for even n) are
     * ignored, as numpy does.
     */
    static double[] inverse(double[] re, double[] im, int n) {
        int avail = Math.min(re.length, n / 2 + 1);
        if (n % 2 == 1 || n == 2) {
            double[] zr = new double[n];
            double[] zi = new double[n];
            for (int k = 0; k < avail; k++) {
                zr[k] = re[k];
                zi[k] = k == 0 || 2 * k == n ? 0 : im[k];
                if (k > 0 && n - k != k) {
                    zr[n - k] = re[k];
                    zi[n - k] = -im[k];
                }
            }
            FftPlan.of(n).kernel(zi, zr);
            return zr;
        }
        int h = n / 2;
        double[] zr = new double[h];
        double[] zi = new double[h];
        double x0 = avail > 0 ? re[0] : 0;
        double xh = avail > h ? re[h] : 0;
        zr[0] = x0 + xh;
        zi[0] = x0 - xh;
        Twiddles tw = twiddles(n);
        double[] cos = tw.cos();
        double[] sin = tw.sin();
        for (int k = 1; k <= h / 2; k++) {
            int k2 = h - k;
            double ar = k < avail ? re[k] : 0;
            double ai = k < avail ? im[k] : 0;
            double br = k2 < avail ? re[k2] : 0;
            double bi = k2 < avail ? -im[k2] : 0;
            // E = X_k + conj X_{h-k}, O = (X_k - conj X_{h-k})·conj(w^k)  (both times 2)
            double er = ar + br;
            double ei = ai + bi;
            double dr = ar - br;
            double di = ai - bi;
            double wr = cos[k];
            double wi = sin[k];
            double or = dr * wr - di * wi;
            double oi = dr * wi + di * wr;
            // Z_k = E + i·O, Z_{h-k} = conj(E) + i·conj(O)
            zr[k] = er - oi;
            zi[k] = ei + or;
            if (k2 != k) {
                zr[k2] = er + oi;
                zi[k2] = -ei + or;
            }
        }
        FftPlan.of(h).kernel(zi, zr);
        double[] x = new double[n];
        for (int k = 0; k < h; k++) {
            x[2 * k] = zr[k];
            x[2 * k + 1] = zi[k];
        }
        return x;
    }
}
