package org.electrocat.math.signal;

/**
 * Unscaled forward complex DFT of a power-of-two length, in place on separate real and imaginary
 * arrays: the iterative radix-2 decimation-in-time algorithm of Cooley and Tukey (Math. Comp. 19
 * (1965) 297) after a bit-reversal permutation, with all twiddle factors precomputed.
 *
 * <p>Two choices make it fast at millions of points, where memory traffic rather than arithmetic
 * sets the pace: blocks of up to {@link #BLOCK} points run all their stages while they sit in cache,
 * and above that size the transform recurses depth first and merges two stages per sweep (a radix-2²
 * butterfly), so each sweep over main memory does twice the work. Twiddles are computed directly with
 * {@code cos}/{@code sin} (using octant symmetry), not by recurrence, so their error stays at one
 * rounding whatever the length.
 */
final class Radix2Fft {

    /**
     * Points per in-cache block: re+im of 2^11 doubles take 32 KiB, inside L1 of current x86 cores.
     * Measured on 2^12..2^22 points: 2^10 and 2^11 are equally fast, 2^13 is twice as slow.
     */
    static final int BLOCK = 1 << 11;

    private final int n;
    /**
     * Twiddles for the in-block stages m ≤ BLOCK, interleaved (re, im) with the forward sign:
     * complex entry m/2 + j holds exp(−2πi j/m).
     */
    private final double[] stageTw;
    /**
     * Twiddles for each merge above BLOCK, indexed by log2 of its size s, laid out in the order the
     * merge reads them so a sweep streams through one array: for a radix-2² merge the pairs
     * (w_s^j, w_s^{2j}), for a radix-2 merge w_s^j.
     */
    private final double[][] levelTw = new double[31][];

    Radix2Fft(int n) {
        if (n < 1 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("n = " + n + " is not a power of two");
        }
        this.n = n;
        int half = Math.max(1, n / 2);
        double[] cos = new double[half];
        double[] sin = new double[half];
        fillTwiddles(n, cos, sin);
        int b = Math.min(n, BLOCK);
        stageTw = new double[2 * Math.max(1, b)];
        for (int m = 2; m <= b; m <<= 1) {
            int h = m / 2;
            int stride = n / m;
            for (int j = 0; j < h; j++) {
                stageTw[2 * (h + j)] = cos[j * stride];
                stageTw[2 * (h + j) + 1] = -sin[j * stride];
            }
        }
        for (int s = n; s > BLOCK; s /= 4) {
            int stride = n / s;
            int level = Integer.numberOfTrailingZeros(s);
            if (s == 2 * BLOCK) {
                double[] t = new double[s];
                for (int j = 0; j < s / 2; j++) {
                    t[2 * j] = cos[j * stride];
                    t[2 * j + 1] = -sin[j * stride];
                }
                levelTw[level] = t;
                break;
            }
            double[] t = new double[s];
            for (int j = 0; j < s / 4; j++) {
                t[4 * j] = cos[j * stride];
                t[4 * j + 1] = -sin[j * stride];
                t[4 * j + 2] = cos[2 * j * stride];
                t[4 * j + 3] = -sin[2 * j * stride];
            }
            levelTw[level] = t;
        }
    }

    /** Doubles held in twiddle tables (for the plan cache's memory bound). */
    long footprint() {
        long total = stageTw.length;
        for (double[] t : levelTw) {
            total += t == null ? 0 : t.length;
        }
        return total;
    }

    /**
     * Fills cos/sin of 2πk/n for k below cos.length (= n/2) using the octant symmetries, so only an
     * eighth of the values need a library call and every entry is correctly rounded to ~1 ulp.
     */
    static void fillTwiddles(int n, double[] cos, double[] sin) {
        int len = cos.length;
        if (n < 8) {
            for (int k = 0; k < len; k++) {
                double a = 2 * Math.PI * k / n;
                cos[k] = Math.cos(a);
                sin[k] = Math.sin(a);
            }
            return;
        }
        int q = n / 4;
        int e = n / 8;
        double step = 2 * Math.PI / n;
        for (int k = 0; k <= e; k++) {
            double c = Math.cos(step * k);
            double s = Math.sin(step * k);
            cos[k] = c;
            sin[k] = s;
            // angle π/2 - θ: cos and sin exchange
            cos[q - k] = s;
            sin[q - k] = c;
        }
        for (int k = 0; k < q && q + k < len; k++) {
            // angle θ + π/2: cos -> -sin, sin -> cos
            cos[q + k] = -sin[k];
            sin[q + k] = cos[k];
        }
    }

    int size() {
        return n;
    }

    /** Forward transform X_j = Σ x_k exp(-2πi jk/n), unscaled, in place. */
    void forward(double[] re, double[] im) {
        if (n == 1) {
            return;
        }
        BitReversal.permute(re, im, n);
        transform(re, im, 0, n);
    }

    /**
     * Transform of the bit-reversed block [lo, lo+s): depth first, so that once a block fits in
     * cache all its remaining stages run there.
     */
    private void transform(double[] re, double[] im, int lo, int s) {
        if (s <= BLOCK) {
            inBlock(re, im, lo, s);
        } else if (s == 2 * BLOCK) {
            int h = s / 2;
            transform(re, im, lo, h);
            transform(re, im, lo + h, h);
            combine2(re, im, lo, s);
        } else {
            int q = s / 4;
            transform(re, im, lo, q);
            transform(re, im, lo + q, q);
            transform(re, im, lo + 2 * q, q);
            transform(re, im, lo + 3 * q, q);
            combine4(re, im, lo, s);
        }
    }

    /**
     * All stages 2..s of one cache-resident block: stages 2 and 4 merged (trivial twiddles 1, −i),
     * one plain radix-2 stage if the remaining count is odd, then pairs of stages merged.
     */
    private void inBlock(double[] re, double[] im, int lo, int s) {
        int end = lo + s;
        if (s == 2) {
            butterflyPairs2(re, im, lo, end);
            return;
        }
        for (int i = lo; i < end; i += 4) {
            double x0r = re[i];
            double x0i = im[i];
            double x1r = re[i + 1];
            double x1i = im[i + 1];
            double x2r = re[i + 2];
            double x2i = im[i + 2];
            double x3r = re[i + 3];
            double x3i = im[i + 3];
            double a0r = x0r + x1r;
            double a0i = x0i + x1i;
            double a1r = x0r - x1r;
            double a1i = x0i - x1i;
            double b0r = x2r + x3r;
            double b0i = x2i + x3i;
            // (−i)(x2 − x3)
            double b1r = x2i - x3i;
            double b1i = x3r - x2r;
            re[i] = a0r + b0r;
            im[i] = a0i + b0i;
            re[i + 2] = a0r - b0r;
            im[i + 2] = a0i - b0i;
            re[i + 1] = a1r + b1r;
            im[i + 1] = a1i + b1i;
            re[i + 3] = a1r - b1r;
            im[i + 3] = a1i - b1i;
        }
        int m = 8;
        if ((Integer.numberOfTrailingZeros(s) & 1) == 1) {
            radix2Stages(re, im, lo, end, 8, stageTw, 4, 1);
            m = 16;
        }
        for (m = m * 2; m <= s; m <<= 2) {
            radix4Stages(re, im, lo, end, m, stageTw, m / 2, 1, m / 4, 1);
        }
    }

    private static void butterflyPairs2(double[] re, double[] im, int lo, int end) {
        for (int i = lo; i < end; i += 2) {
            double ar = re[i];
            double ai = im[i];
            double br = re[i + 1];
            double bi = im[i + 1];
            re[i] = ar + br;
            im[i] = ai + bi;
            re[i + 1] = ar - br;
            im[i + 1] = ai - bi;
        }
    }

    /** One radix-2 stage of size s over [lo, lo+s), twiddles from its level table. */
    private void combine2(double[] re, double[] im, int lo, int s) {
        radix2Stages(re, im, lo, lo + s, s, levelTw[Integer.numberOfTrailingZeros(s)], 0, 1);
    }

    /** Stages s/2 and s over [lo, lo+s) in one sweep, twiddle pairs from its level table. */
    private void combine4(double[] re, double[] im, int lo, int s) {
        radix4Stages(re, im, lo, lo + s, s, levelTw[Integer.numberOfTrailingZeros(s)], 0, 2, 1, 2);
    }

    /**
     * Radix-2 stage of size s on every block of [lo, end); w_s^j is complex entry off + j·stride of
     * the interleaved table tw. The twiddle loop is outermost so small stages load each once.
     */
    private static void radix2Stages(double[] re, double[] im, int lo, int end, int s, double[] tw,
            int off, int stride) {
        int h = s >> 1;
        for (int j = 0; j < h; j++) {
            double wr = tw[2 * (off + j * stride)];
            double wi = tw[2 * (off + j * stride) + 1];
            for (int a = lo + j; a < end; a += s) {
                int b = a + h;
                double xr = re[b];
                double xi = im[b];
                double tr = wr * xr - wi * xi;
                double ti = wr * xi + wi * xr;
                double ur = re[a];
                double ui = im[a];
                re[a] = ur + tr;
                im[a] = ui + ti;
                re[b] = ur - tr;
                im[b] = ui - ti;
            }
        }
    }

    /**
     * Stages s/2 and s over each block of size s in one sweep (radix-2²): quarters 0,1 and 2,3 are merged by
     * the s/2 stage (twiddle w_s^{2j}), then the halves by the s stage (w_s^j, and −i·w_s^j for the
     * upper quarter since w_s^{s/4} = −i), on every block of [lo, end). Twiddles: w_s^j is complex
     * entry off1 + j·stride1 of tw, w_s^{2j} entry off2 + j·stride2.
     */
    private static void radix4Stages(double[] re, double[] im, int lo, int end, int s, double[] tw,
            int off1, int stride1, int off2, int stride2) {
        int q = s >> 2;
        for (int j = 0; j < q; j++) {
            double w1r = tw[2 * (off1 + j * stride1)];
            double w1i = tw[2 * (off1 + j * stride1) + 1];
            double w2r = tw[2 * (off2 + j * stride2)];
            double w2i = tw[2 * (off2 + j * stride2) + 1];
            for (int k = lo + j; k < end; k += s) {
                int i0 = k;
                int i1 = k + q;
                int i2 = i1 + q;
                int i3 = i2 + q;
                double x1r = re[i1];
                double x1i = im[i1];
                double t1r = w2r * x1r - w2i * x1i;
                double t1i = w2r * x1i + w2i * x1r;
                double x3r = re[i3];
                double x3i = im[i3];
                double t3r = w2r * x3r - w2i * x3i;
                double t3i = w2r * x3i + w2i * x3r;
                double x0r = re[i0];
                double x0i = im[i0];
                double x2r = re[i2];
                double x2i = im[i2];
                double a0r = x0r + t1r;
                double a0i = x0i + t1i;
                double a1r = x0r - t1r;
                double a1i = x0i - t1i;
                double b0r = x2r + t3r;
                double b0i = x2i + t3i;
                double b1r = x2r - t3r;
                double b1i = x2i - t3i;
                double u0r = w1r * b0r - w1i * b0i;
                double u0i = w1r * b0i + w1i * b0r;
                double v1r = w1r * b1r - w1i * b1i;
                double v1i = w1r * b1i + w1i * b1r;
                // u1 = −i·v1
                double u1r = v1i;
                double u1i = -v1r;
                re[i0] = a0r + u0r;
                im[i0] = a0i + u0i;
                re[i2] = a0r - u0r;
                im[i2] = a0i - u0i;
                re[i1] = a1r + u1r;
                im[i1] = a1i + u1i;
                re[i3] = a1r - u1r;
                im[i3] = a1i - u1i;
            }
        }
    }
}
