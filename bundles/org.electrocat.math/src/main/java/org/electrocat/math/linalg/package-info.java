/**
 * Banded symmetric positive-definite systems: storage and difference penalties
 * ({@link org.electrocat.math.linalg.SymmetricBandMatrix}) and banded Cholesky
 * ({@link org.electrocat.math.linalg.BandedCholesky}), the core of Whittaker-type baselines.
 */
package org.electrocat.math.linalg;
