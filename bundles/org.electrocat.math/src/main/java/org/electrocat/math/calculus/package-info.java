/**
 * Integration of sampled data ({@link org.electrocat.math.calculus.Integration}) and interpolation
 * with explicit extrapolation ({@link org.electrocat.math.calculus.Interpolation}).
 */
package org.electrocat.math.calculus;
