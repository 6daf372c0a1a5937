package org.electrocat.ms.pattern;

/**
 * log(n!) for the multinomial probabilities of isotope configurations: exact sums up to 255, then
 * Stirling's series with three correction terms (absolute error below 1e-13 for n ≥ 256; Abramowitz
 * and Stegun 6.1.41).
 */
final class Combinatorics {

    private static final double[] TABLE = new double[256];

    static {
        for (int i = 2; i < TABLE.length; i++) {
            TABLE[i] = TABLE[i - 1] + Math.log(i);
        }
    }

    private Combinatorics() {
    }

    static double logFactorial(int n) {
        if (n < TABLE.length) {
            return TABLE[n];
        }
        double x = n + 1.0;
        double inv = 1 / x;
        double inv2 = inv * inv;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI)
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
    }
}
