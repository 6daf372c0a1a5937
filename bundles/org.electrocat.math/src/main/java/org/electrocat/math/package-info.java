/**
 * ElectroCat's shared numerics, on primitive {@code double[]} arrays: FFTs ({@code signal}),
 * least-squares fitting ({@code fit}), peaks and Savitzky–Golay filtering ({@code signal}),
 * integration and interpolation ({@code calculus}) and banded linear algebra ({@code linalg}).
 * This package holds the argument checks they share. Every algorithm's class documentation names
 * its method and reference; invalid input raises {@link java.lang.IllegalArgumentException}
 * naming the argument.
 */
package org.electrocat.math;
