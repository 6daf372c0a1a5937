package org.electrocat.math.signal;

/**
 * The bit-reversal permutation that puts data in the order an in-place decimation-in-time FFT
 * needs (Cooley and Tukey, Math. Comp. 19 (1965) 297): element i swaps with the element whose index
 * has the bits of i reversed. The first n values (n a power of two) are permuted in place; arrays
 * may be longer (the real FFT packs into arrays of n+1).
 */
final class BitReversal {

    /** Bits of each outer index group in the tiled bit reversal (64×64 tiles, 64 KiB for re+im). */
    private static final int TILE_BITS = 6;
    private static final int[] TILE_REV = new int[1 << TILE_BITS];

    static {
        for (int i = 0; i < TILE_REV.length; i++) {
            TILE_REV[i] = Integer.reverse(i) >>> (32 - TILE_BITS);
        }
    }

    private BitReversal() {
    }

    /**
     * In-place bit-reversal permutation. Long transforms use a tiled scheme (after Carter and Gatlin,
     * "Towards an optimal bit-reversal permutation program", FOCS 1998): an index is split into
     * high, middle and low bit groups of TILE_BITS, m and TILE_BITS bits; reversing it swaps and
     * reverses the outer groups, so all elements sharing a middle group b move to middle group
     * rev(b) as one 64×64 tile that can be buffered in cache, instead of one cache miss per element.
     */
    static void permute(double[] re, double[] im, int n) {
        int bits = Integer.numberOfTrailingZeros(n);
        if (bits < 2 * TILE_BITS + 2) {
            simple(re, im, n);
            return;
        }
        int t = 1 << TILE_BITS;
        int midBits = bits - 2 * TILE_BITS;
        int highShift = bits - TILE_BITS;
        double[] bufRe = new double[t * t];
        double[] bufIm = new double[t * t];
        for (int b = 0; b < (1 << midBits); b++) {
            int rb = Integer.reverse(b) >>> (32 - midBits);
            if (rb < b) {
                continue;
            }
            int baseB = b << TILE_BITS;
            int baseRb = rb << TILE_BITS;
            // buffer tile b: buf[a][c] = x[a, b, c]
            for (int a = 0; a < t; a++) {
                System.arraycopy(re, (a << highShift) | baseB, bufRe, a * t, t);
                System.arraycopy(im, (a << highShift) | baseB, bufIm, a * t, t);
            }
            if (rb != b) {
                // x[a, b, c] <- x[rev c, rb, rev a]
                for (int a = 0; a < t; a++) {
                    int ra = TILE_REV[a];
                    int dst = (a << highShift) | baseB;
                    for (int c = 0; c < t; c++) {
                        int src = (TILE_REV[c] << highShift) | baseRb | ra;
                        re[dst + c] = re[src];
                        im[dst + c] = im[src];
                    }
                }
            }
            // x[a, rb, c] <- old x[rev c, b, rev a] = buf[rev c][rev a]
            for (int a = 0; a < t; a++) {
                int ra = TILE_REV[a];
                int dst = (a << highShift) | baseRb;
                for (int c = 0; c < t; c++) {
                    int src = TILE_REV[c] * t + ra;
                    re[dst + c] = bufRe[src];
                    im[dst + c] = bufIm[src];
                }
            }
        }
    }

    private static void simple(double[] re, double[] im, int n) {
        int j = 0;
        for (int i = 0; i < n - 1; i++) {
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
            int m = n >> 1;
            while ((j & m) != 0) {
                j ^= m;
                m >>= 1;
            }
            j |= m;
        }
    }
}
