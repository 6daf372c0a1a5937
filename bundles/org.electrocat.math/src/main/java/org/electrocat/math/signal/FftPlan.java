package org.electrocat.math.signal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.electrocat.math.Checks;

/**
 * A reusable complex DFT of one length n, with its twiddle factors computed once: radix-2
 * Cooley–Tukey (Math. Comp. 19 (1965) 297) when n is a power of two, Bluestein's chirp-z
 * (IEEE Trans. Audio Electroacoust. 18 (1970) 451) otherwise, so every length costs O(n log n).
 * Transforms are in place on separate real and imaginary {@code double[]} arrays and unscaled;
 * {@link Fft} adds numpy's normalisations.
 *
 * <p>Plans are immutable and thread-safe. {@link #of(int)} caches recent plans (LRU, bounded to
 * about 256 MiB of tables) so repeated transforms of one length pay the set-up once.
 */
public final class FftPlan {

    /** Largest supported length: Bluestein needs a power of two ≥ 2n−1 that still indexes an array. */
    public static final int MAX_LENGTH = 1 << 29;

    private static final long CACHE_DOUBLES = 1L << 25;
    private static final Map<Integer, Object> CACHE = new LinkedHashMap<>(16, 0.75f, true);
    private static long cachedDoubles;

    private final int n;
    private final Radix2Fft radix2;
    private final BluesteinFft bluestein;

    private FftPlan(int n) {
        this.n = n;
        if (Integer.bitCount(n) == 1) {
            radix2 = radix2(n);
            bluestein = null;
        } else {
            radix2 = null;
            bluestein = new BluesteinFft(n);
        }
    }

    /**
     * The plan for length n, from the cache when present.
     *
     * @param n transform length, 1 ≤ n ≤ {@link #MAX_LENGTH}
     */
    public static FftPlan of(int n) {
        checkLength(n);
        Object p = cached(n, false);
        return p instanceof FftPlan f ? f : (FftPlan) store(n, new FftPlan(n), false);
    }

    /** The cached power-of-two kernel (shared by plans and by Bluestein's inner transforms). */
    static Radix2Fft radix2(int m) {
        Object p = cached(m, true);
        return p instanceof Radix2Fft r ? r : (Radix2Fft) store(m, new Radix2Fft(m), true);
    }

    private static void checkLength(int n) {
        if (n < 1 || n > MAX_LENGTH) {
            throw new IllegalArgumentException("transform length n = " + n + " is outside [1, " + MAX_LENGTH + "]");
        }
    }

    // Radix-2 kernels are keyed by -m so they never collide with plans of the same length.
    private static synchronized Object cached(int n, boolean kernel) {
        return CACHE.get(kernel ? -n : n);
    }

    private static synchronized Object store(int n, Object value, boolean kernel) {
        Integer key = kernel ? -n : n;
        Object old = CACHE.get(key);
        if (old != null) {
            return old;
        }
        CACHE.put(key, value);
        cachedDoubles += footprint(value);
        Iterator<Map.Entry<Integer, Object>> it = CACHE.entrySet().iterator();
        while (cachedDoubles > CACHE_DOUBLES && CACHE.size() > 1 && it.hasNext()) {
            Map.Entry<Integer, Object> e = it.next();
            if (e.getKey().equals(key)) {
                continue;
            }
            cachedDoubles -= footprint(e.getValue());
            it.remove();
        }
        return value;
    }

    /** Table size in doubles: twiddles for a kernel, chirp plus filter spectrum for Bluestein. */
    private static long footprint(Object value) {
        if (value instanceof Radix2Fft r) {
            return r.footprint();
        }
        if (value instanceof FftPlan p && p.bluestein != null) {
            return 2L * p.n + 2L * p.bluestein.innerSize();
        }
        return 0;
    }

    /** Transform length. */
    public int size() {
        return n;
    }

    /** True when the length is a power of two (radix-2 path); otherwise Bluestein is used. */
    public boolean isPowerOfTwo() {
        return radix2 != null;
    }

    /**
     * Unscaled forward DFT in place: X_j = Σ_k x_k exp(−2πi jk/n).
     *
     * @param re real parts, length n; replaced by the real parts of X
     * @param im imaginary parts, length n; replaced by the imaginary parts of X
     */
    public void forward(double[] re, double[] im) {
        check(re, im);
        kernel(re, im);
    }

    /**
     * Unscaled inverse DFT in place: x_k = Σ_j X_j exp(+2πi jk/n) (no 1/n factor).
     *
     * @param re real parts, length n
     * @param im imaginary parts, length n
     */
    public void inverse(double[] re, double[] im) {
        check(re, im);
        // swap(z) = i·conj(z) turns the forward sum into the inverse one: IDFT(z) = swap(DFT(swap(z)))
        kernel(im, re);
    }

    /** The forward kernel without argument checks, for callers that sized the arrays themselves. */
    void kernel(double[] re, double[] im) {
        if (radix2 != null) {
            radix2.forward(re, im);
        } else {
            bluestein.forward(re, im);
        }
    }

    private void check(double[] re, double[] im) {
        if (re == null || im == null) {
            throw new IllegalArgumentException("re and im must not be null");
        }
        if (re.length != n || im.length != n) {
            throw new IllegalArgumentException("plan is for n = " + n + " but re has " + re.length
                    + " values and im has " + im.length);
        }
        Checks.finite(re, "re");
        Checks.finite(im, "im");
    }
}
