package org.electrocat.math.signal;

/**
 * A complex vector kept as two primitive arrays of equal length (real and imaginary parts), the
 * layout every transform here works on: no object per value, and either part can be handed on as an
 * ordinary {@code double[]} column.
 *
 * @param re real parts
 * @param im imaginary parts, same length as {@code re}
 */
public record ComplexArray(double[] re, double[] im) {

    /** Checks that both parts are present and of equal length. */
    public ComplexArray {
        if (re == null || im == null) {
            throw new IllegalArgumentException("re and im must not be null");
        }
        if (re.length != im.length) {
            throw new IllegalArgumentException("re has " + re.length + " values but im has " + im.length);
        }
    }

    /** Number of complex values. */
    public int length() {
        return re.length;
    }

    /** Modulus |z_k| of every value (hypot, so no overflow for huge parts). */
    public double[] abs() {
        double[] a = new double[re.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.hypot(re[i], im[i]);
        }
        return a;
    }
}
