package org.electrocat.math.signal;

/**
 * Unscaled forward complex DFT of any length n by Bluestein's chirp-z algorithm (L. I. Bluestein,
 * IEEE Trans. Audio Electroacoust. 18 (1970) 451): with jk = (j² + k² − (j−k)²)/2 the DFT becomes a
 * convolution of the chirped input x_k·c_k, c_k = exp(−iπk²/n), with the conjugate chirp, computed as
 * a circular convolution of power-of-two length m ≥ 2n−1 by {@link Radix2Fft}. Cost O(m log m), about
 * three power-of-two transforms of length m (one is precomputed: the chirp filter's spectrum).
 *
 * <p>The chirp phase uses k² mod 2n in exact integer arithmetic, so its error does not grow with k:
 * computing π·k²/n in floating point would leave an angle of order 10⁶ rad for k ≈ 10⁶ and lose
 * six of its sixteen digits to the integer part.
 */
final class BluesteinFft {

    private final int n;
    private final int m;
    private final Radix2Fft inner;
    /** The chirp c_k = exp(−iπk²/n), k in [0, n). */
    private final double[] chirpRe;
    private final double[] chirpIm;
    /** DFT_m of the filter b_k = conj(c_|k|), wrapped circularly, pre-divided by m. */
    private final double[] filterRe;
    private final double[] filterIm;

    BluesteinFft(int n) {
        if (n < 1 || n > (1 << 29)) {
            throw new IllegalArgumentException("n = " + n + " is outside [1, 2^29]");
        }
        this.n = n;
        int len = 1;
        while (len < 2 * n - 1) {
            len <<= 1;
        }
        this.m = len;
        this.inner = FftPlan.radix2(m);
        chirpRe = new double[n];
        chirpIm = new double[n];
        long twoN = 2L * n;
        for (int k = 0; k < n; k++) {
            long r = ((long) k * k) % twoN;
            double a = Math.PI * r / n;
            chirpRe[k] = Math.cos(a);
            chirpIm[k] = -Math.sin(a);
        }
        filterRe = new double[m];
        filterIm = new double[m];
        filterRe[0] = chirpRe[0];
        filterIm[0] = -chirpIm[0];
        for (int k = 1; k < n; k++) {
            filterRe[k] = chirpRe[k];
            filterIm[k] = -chirpIm[k];
            filterRe[m - k] = chirpRe[k];
            filterIm[m - k] = -chirpIm[k];
        }
        inner.forward(filterRe, filterIm);
        double inv = 1.0 / m;
        for (int i = 0; i < m; i++) {
            filterRe[i] *= inv;
            filterIm[i] *= inv;
        }
    }

    int size() {
        return n;
    }

    /** Length of the inner power-of-two transforms. */
    int innerSize() {
        return m;
    }

    /** Forward transform X_j = Σ x_k exp(−2πi jk/n), unscaled, in place. */
    void forward(double[] re, double[] im) {
        double[] ar = new double[m];
        double[] ai = new double[m];
        multiply(re, im, chirpRe, chirpIm, ar, ai, n);
        inner.forward(ar, ai);
        // multiply by the filter spectrum, then inverse transform via the re/im swap identity
        // IDFT(z) = swap(DFT(swap(z))), which needs no separate inverse twiddles
        multiply(ar, ai, filterRe, filterIm, ar, ai, m);
        inner.forward(ai, ar);
        multiply(ar, ai, chirpRe, chirpIm, re, im, n);
    }

    /** out = x·y elementwise for the first len complex values; out may alias x. */
    private static void multiply(double[] xr, double[] xi, double[] yr, double[] yi, double[] outR, double[] outI,
            int len) {
        for (int k = 0; k < len; k++) {
            double a = xr[k];
            double b = xi[k];
            double c = yr[k];
            double d = yi[k];
            outR[k] = a * c - b * d;
            outI[k] = a * d + b * c;
        }
    }
}
