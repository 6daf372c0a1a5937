package org.electrocat.math.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BitReversalTest {

    @Test
    void movesEveryIndexToItsReversedIndex() {
        // small lengths take the swap loop, 2^14 and up the tiled path; arrays one longer than n
        // (as the real FFT passes them) must keep their extra element
        for (int bits = 0; bits <= 17; bits++) {
            int n = 1 << bits;
            double[] re = new double[n + 1];
            double[] im = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                re[i] = i;
                im[i] = -i;
            }
            BitReversal.permute(re, im, n);
            for (int i = 0; i < n; i++) {
                int rev = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
                assertEquals(rev, re[i], "n=" + n + " index " + i);
                assertEquals(-rev, im[i], "n=" + n + " index " + i);
            }
            assertEquals(n, re[n], "element past n untouched");
        }
    }
}
