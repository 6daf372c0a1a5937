package org.electrocat.io.text;

import java.math.BigInteger;

/**
 * Correctly rounded conversion of {@code w · 10^q} (w an unsigned 64-bit integer) to the nearest
 * double, by the Eisel–Lemire algorithm: multiply w by a 128-bit truncated approximation of
 * {@code 5^q}, keep the top bits, and round to nearest-even. When the truncated product cannot
 * decide the rounding, it reports failure and the caller falls back to {@link Double#parseDouble}.
 *
 * <p>Reference: D. Lemire, "Number parsing at a gigabyte per second", Software: Practice and
 * Experience 51 (2021) 1700–1727, doi:10.1002/spe.2984 (section 5 and the powers-of-five table
 * construction in its appendix). This implementation keeps the paper's conservative fallback when
 * the lower 64 bits of the product are all ones outside the exactly representable range
 * {@code -27 <= q <= 55}.
 */
final class EiselLemire {

    /** Smallest decimal exponent for which a non-zero result is possible with a 64-bit w. */
    static final int MIN_Q = -342;
    /** Largest decimal exponent for which a finite result is possible. */
    static final int MAX_Q = 308;
    /** Returned when the algorithm cannot decide; never a valid bit pattern of a parsed value. */
    static final long FAIL = -1L;

    /** Pairs (high, low) of the 128-bit normalised approximations of 5^q, q = MIN_Q..MAX_Q. */
    private static final long[] POW5 = buildTable();

    private EiselLemire() {
    }

    /**
     * Bits of the double nearest to {@code w · 10^q} (without sign), or {@link #FAIL}.
     *
     * @param w non-zero significand, read as unsigned
     * @param q decimal exponent
     */
    static long toBits(long w, int q) {
        if (q < MIN_Q) {
            return 0L; // below half the smallest subnormal for every 64-bit w
        }
        if (q > MAX_Q) {
            return Double.doubleToRawLongBits(Double.POSITIVE_INFINITY);
        }
        int lz = Long.numberOfLeadingZeros(w);
        w <<= lz;
        int index = 2 * (q - MIN_Q);
        long hi = unsignedMultiplyHigh(w, POW5[index]);
        long lo = w * POW5[index];
        // 55 bits matter (52 stored + implicit + round + one guard); refine when the rest is all ones
        if ((hi & 0x1FFL) == 0x1FFL) {
            long secondHi = unsignedMultiplyHigh(w, POW5[index + 1]);
            long newLo = lo + secondHi;
            if (Long.compareUnsigned(newLo, lo) < 0) {
                hi++;
            }
            lo = newLo;
        }
        if (lo == -1L && (q < -27 || q > 55)) {
            return FAIL;
        }
        int upperBit = (int) (hi >>> 63);
        int shift = upperBit + 64 - 52 - 3;
        long mantissa = hi >>> shift;
        // floor(q · log2 10) + 63, with log2 10 ≈ 217706 / 65536
        int power2 = ((217706 * q) >> 16) + 63 + upperBit - lz + 1023;
        if (power2 <= 0) {
            if (-power2 + 1 >= 64) {
                return 0L;
            }
            mantissa >>>= -power2 + 1;
            mantissa += mantissa & 1;
            mantissa >>>= 1;
            // rounding may carry a subnormal up to the smallest normal number
            power2 = mantissa < (1L << 52) ? 0 : 1;
            return mantissa | ((long) power2 << 52);
        }
        // exactly half-way between two doubles: only possible for small |q|; round to even
        if (Long.compareUnsigned(lo, 1) <= 0 && q >= -4 && q <= 23 && (mantissa & 3) == 1
                && (mantissa << shift) == hi) {
            mantissa &= ~1L;
        }
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        if (mantissa >= (2L << 52)) {
            mantissa = 1L << 52;
            power2++;
        }
        mantissa &= ~(1L << 52);
        if (power2 >= 0x7FF) {
            return Double.doubleToRawLongBits(Double.POSITIVE_INFINITY);
        }
        return mantissa | ((long) power2 << 52);
    }

    /** High 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh arrives in Java 18). */
    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /**
     * For q >= 0 the 128 most significant bits of 5^q (truncated); for q < 0 the 128-bit
     * normalised value of 2^b / 5^-q rounded up, as the paper prescribes.
     */
    private static long[] buildTable() {
        long[] table = new long[2 * (MAX_Q - MIN_Q + 1)];
        BigInteger five = BigInteger.valueOf(5);
        for (int q = MIN_Q; q <= MAX_Q; q++) {
            BigInteger c;
            if (q < 0) {
                BigInteger p = five.pow(-q);
                int z = p.bitLength(); // smallest z with 2^z >= p (p is never a power of two)
                int b = q >= -27 ? z + 127 : 2 * z + 128;
                c = BigInteger.ONE.shiftLeft(b).divide(p).add(BigInteger.ONE);
            } else {
                c = five.pow(q);
                if (c.bitLength() < 128) {
                    c = c.shiftLeft(128 - c.bitLength());
                }
            }
            if (c.bitLength() > 128) {
                c = c.shiftRight(c.bitLength() - 128);
            }
            int i = 2 * (q - MIN_Q);
            table[i] = c.shiftRight(64).longValue();
            table[i + 1] = c.longValue();
        }
        return table;
    }
}
