/**
 * Least-squares fitting: Levenberg–Marquardt with bounds, fixed parameters, weights and full
 * uncertainty output ({@link org.electrocat.math.fit.NonlinearLeastSquares},
 * {@link org.electrocat.math.fit.FitResult}), and closed-form straight lines
 * ({@link org.electrocat.math.fit.LinearFit}).
 */
package org.electrocat.math.fit;
