package org.electrocat.math.signal;

import org.electrocat.math.Checks;

/**
 * Discrete Fourier transforms of any length on primitive arrays, with numpy.fft's conventions:
 * X_k = Σ_j x_j exp(−2πi jk/n) forward, the 1/n on the inverse by default ({@link FftNorm}), rfft
 * returning the n/2+1 non-negative frequencies, and {@code fftfreq}/{@code rfftfreq} frequency axes.
 *
 * <p>Methods: iterative radix-2 Cooley–Tukey (J. W. Cooley, J. W. Tukey, Math. Comp. 19 (1965)
 * 297) for powers of two, Bluestein's chirp-z (L. I. Bluestein, IEEE Trans. Audio Electroacoust.
 * 18 (1970) 451) for every other length; both O(n log n). Plans (twiddle tables) are cached per
 * length, see {@link FftPlan}. Complex transforms work in place; copy first to keep the input.
 * Inputs must be finite: a NaN or infinity would spread to every output value, so it is rejected
 * up front with its index (one O(n) pass, a few per cent of the transform).
 */
public final class Fft {

    private Fft() {
    }

    /** In-place forward complex DFT, unscaled (numpy {@code fft(x)}). */
    public static void fft(double[] re, double[] im) {
        fft(re, im, FftNorm.BACKWARD);
    }

    /**
     * In-place forward complex DFT with the given normalisation.
     *
     * @param re real parts (any length ≥ 1), replaced by the transform's real parts
     * @param im imaginary parts, same length, replaced by the transform's imaginary parts
     * @param norm which direction carries 1/n (numpy {@code norm=})
     */
    public static void fft(double[] re, double[] im, FftNorm norm) {
        int n = checkPair(re, im);
        FftPlan.of(n).kernel(re, im);
        scale(re, im, checkNorm(norm).forwardScale(n));
    }

    /** In-place inverse complex DFT scaled by 1/n (numpy {@code ifft(x)}), so ifft(fft(x)) = x. */
    public static void ifft(double[] re, double[] im) {
        ifft(re, im, FftNorm.BACKWARD);
    }

    /** In-place inverse complex DFT with the given normalisation. */
    public static void ifft(double[] re, double[] im, FftNorm norm) {
        int n = checkPair(re, im);
        checkNorm(norm);
        FftPlan.of(n).kernel(im, re);
        scale(re, im, norm.inverseScale(n));
    }

    /** Forward DFT of real samples, non-negative frequencies only (numpy {@code rfft(x)}). */
    public static ComplexArray rfft(double[] x) {
        return rfft(x, FftNorm.BACKWARD);
    }

    /**
     * Forward DFT of real samples: the n/2+1 values X_0..X_{⌊n/2⌋} (the others are their conjugates).
     *
     * @param x real samples, length n ≥ 1; not modified
     */
    public static ComplexArray rfft(double[] x, FftNorm norm) {
        Checks.minLength(x, 1, "x");
        int m = x.length / 2 + 1;
        double[] re = new double[m];
        double[] im = new double[m];
        rfft(x, re, im, norm);
        return new ComplexArray(re, im);
    }

    /**
     * Allocation-free rfft into caller-owned arrays (for even n; odd n allocates a work copy).
     *
     * @param outRe receives Re X_k, length n/2+1
     * @param outIm receives Im X_k, length n/2+1
     */
    public static void rfft(double[] x, double[] outRe, double[] outIm, FftNorm norm) {
        Checks.minLength(x, 1, "x");
        Checks.finite(x, "x");
        int m = x.length / 2 + 1;
        if (outRe == null || outIm == null || outRe.length != m || outIm.length != m) {
            throw new IllegalArgumentException("outRe and outIm must both have length n/2+1 = " + m);
        }
        checkNorm(norm);
        RealFft.forward(x, outRe, outIm);
        scale(outRe, outIm, norm.forwardScale(x.length));
    }

    /**
     * rfft of two real signals of the same length at once. For odd n (where no half-length packing
     * exists and Bluestein's algorithm costs three power-of-two transforms) both go through one
     * complex transform of z = x + i·y, split by X_k = (Z_k + conj Z_{n−k})/2 and
     * Y_k = (Z_k − conj Z_{n−k})/(2i): half the work of two transforms. Even n takes the half-length
     * real path for each, which is already as cheap.
     *
     * @param xRe receives Re X_k, length n/2+1 (likewise xIm, yRe, yIm)
     */
    public static void rfft2(double[] x, double[] y, double[] xRe, double[] xIm, double[] yRe, double[] yIm,
            FftNorm norm) {
        Checks.minLength(x, 1, "x");
        Checks.finite(x, "x");
        Checks.finite(y, "y");
        int n = x.length;
        if (y.length != n) {
            throw new IllegalArgumentException("x has " + n + " samples but y has " + y.length);
        }
        int m = n / 2 + 1;
        for (double[] out : new double[][] {xRe, xIm, yRe, yIm}) {
            if (out == null || out.length != m) {
                throw new IllegalArgumentException("output arrays must have length n/2+1 = " + m);
            }
        }
        checkNorm(norm);
        if (n % 2 == 0) {
            // inputs checked above: straight to the half-length real path for each
            RealFft.forward(x, xRe, xIm);
            scale(xRe, xIm, norm.forwardScale(n));
            RealFft.forward(y, yRe, yIm);
            scale(yRe, yIm, norm.forwardScale(n));
            return;
        }
        double[] zr = x.clone();
        double[] zi = y.clone();
        FftPlan.of(n).kernel(zr, zi);
        double s = norm.forwardScale(n) / 2;
        for (int k = 0; k < m; k++) {
            int c = k == 0 ? 0 : n - k;
            double ar = zr[k];
            double ai = zi[k];
            double br = zr[c];
            double bi = -zi[c];
            xRe[k] = s * (ar + br);
            xIm[k] = s * (ai + bi);
            // (A − B)/(2i) = ((ai − bi) − i(ar − br))/2
            yRe[k] = s * (ai - bi);
            yIm[k] = -s * (ar - br);
        }
    }

    /** Inverse of {@link #rfft(double[])} with n = 2(m−1) output samples (numpy {@code irfft(X)}). */
    public static double[] irfft(double[] re, double[] im) {
        Checks.sameLength(re, "re", im, "im");
        int m = re.length;
        if (m < 2) {
            throw new IllegalArgumentException("irfft needs at least 2 spectrum values to infer n = 2(m-1); pass n");
        }
        return irfft(re, im, 2 * (m - 1), FftNorm.BACKWARD);
    }

    /** Inverse real DFT to n samples with the default 1/n scaling (numpy {@code irfft(X, n)}). */
    public static double[] irfft(double[] re, double[] im, int n) {
        return irfft(re, im, n, FftNorm.BACKWARD);
    }

    /**
     * Inverse real DFT: the real signal whose spectrum has the non-negative half X (Hermitian
     * symmetry supplies the rest). As in numpy, X is cropped or zero-padded to n/2+1 values and the
     * imaginary parts of X_0 and (even n) X_{n/2} are ignored.
     *
     * @param re real parts of X_0, X_1, ...
     * @param im imaginary parts, same length as re
     * @param n number of output samples, ≥ 1
     */
    public static double[] irfft(double[] re, double[] im, int n, FftNorm norm) {
        checkPair(re, im);
        if (n < 1 || n > FftPlan.MAX_LENGTH) {
            throw new IllegalArgumentException("n = " + n + " is outside [1, " + FftPlan.MAX_LENGTH + "]");
        }
        checkNorm(norm);
        double[] x = RealFft.inverse(re, im, n);
        double s = norm.inverseScale(n);
        if (s != 1.0) {
            for (int i = 0; i < n; i++) {
                x[i] *= s;
            }
        }
        return x;
    }

    /**
     * Sample frequencies of an n-point DFT, numpy order: [0, 1, …, ⌈n/2⌉−1, −⌊n/2⌋, …, −1]/(d·n).
     *
     * @param n number of samples, ≥ 1
     * @param d sample spacing (e.g. s), &gt; 0; frequencies come out in cycles per unit of d (Hz for s)
     */
    public static double[] fftfreq(int n, double d) {
        checkFreq(n, d);
        double[] f = new double[n];
        double scale = 1.0 / (n * d);
        int positive = (n - 1) / 2 + 1;
        for (int i = 0; i < positive; i++) {
            f[i] = i * scale;
        }
        for (int i = positive; i < n; i++) {
            f[i] = (i - n) * scale;
        }
        return f;
    }

    /**
     * Sample frequencies of {@link #rfft}: [0, 1, …, ⌊n/2⌋]/(d·n), in cycles per unit of d.
     *
     * @param n number of real samples, ≥ 1
     * @param d sample spacing, &gt; 0
     */
    public static double[] rfftfreq(int n, double d) {
        checkFreq(n, d);
        double[] f = new double[n / 2 + 1];
        double scale = 1.0 / (n * d);
        for (int i = 0; i < f.length; i++) {
            f[i] = i * scale;
        }
        return f;
    }

    private static void checkFreq(int n, double d) {
        if (n < 1) {
            throw new IllegalArgumentException("n = " + n + "; at least one sample is required");
        }
        Checks.positive(d, "d");
    }

    private static FftNorm checkNorm(FftNorm norm) {
        if (norm == null) {
            throw new IllegalArgumentException("norm must not be null");
        }
        return norm;
    }

    private static int checkPair(double[] re, double[] im) {
        Checks.sameLength(re, "re", im, "im");
        Checks.finite(re, "re");
        Checks.finite(im, "im");
        if (re.length == 0) {
            throw new IllegalArgumentException("re and im are empty; at least one value is required");
        }
        return re.length;
    }

    private static void scale(double[] re, double[] im, double s) {
        if (s == 1.0) {
            return;
        }
        for (int i = 0; i < re.length; i++) {
            re[i] *= s;
            im[i] *= s;
        }
    }
}
