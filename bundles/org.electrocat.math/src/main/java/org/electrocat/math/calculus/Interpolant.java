package org.electrocat.math.calculus;

/**
 * A function defined by interpolating samples (x_i, y_i), made by {@link Interpolation}. Values
 * are in y-units, derivatives in y-units per x-unit. A NaN argument gives NaN. Instances are
 * immutable and thread-safe.
 */
public interface Interpolant {

    /** Interpolated value at x (outside the data: per the {@link Extrapolation} policy). */
    double value(double x);

    /** First derivative at x. */
    double derivative(double x);

    /** Values at many points. */
    default double[] values(double[] xs) {
        if (xs == null) {
            throw new IllegalArgumentException("xs must not be null");
        }
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = value(xs[i]);
        }
        return out;
    }

    /**
     * Exact integral of the interpolant from a to b (both inside the data range; b &lt; a gives the
     * negative), in y-units × x-units.
     */
    double integral(double a, double b);
}
