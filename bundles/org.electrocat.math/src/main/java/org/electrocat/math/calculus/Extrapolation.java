package org.electrocat.math.calculus;

/** What an {@link Interpolant} returns outside its data range [x_0, x_{n−1}]. */
public enum Extrapolation {
    /** Throw an IllegalArgumentException naming the point and the range. */
    ERROR,
    /** Value of the nearest end point, zero derivative (numpy.interp's default). */
    NEAREST,
    /** NaN (scipy interp1d's {@code bounds_error=False} default fill). */
    NAN,
    /** Continue the end piece: a straight line for linear interpolation, the end cubic for splines (scipy's default for splines). */
    EXTEND
}
