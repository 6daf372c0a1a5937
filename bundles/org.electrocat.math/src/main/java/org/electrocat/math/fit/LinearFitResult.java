package org.electrocat.math.fit;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A straight-line fit y = intercept + slope·x with its uncertainties (see {@link LinearFit}).
 * Units: slope in y-units per x-unit, intercept and residual SD in y-units.
 *
 * @param slope b
 * @param intercept a (0 for a fit through the origin)
 * @param slopeStandardError SE(b)
 * @param interceptStandardError SE(a) (0 through the origin)
 * @param covariance Cov(a, b)
 * @param rSquared coefficient of determination (uncentred through the origin)
 * @param residualStandardDeviation √(Σ w r² / ν), the standard error of the regression
 * @param sumOfSquaredResiduals Σ w_i r_i²
 * @param n points of non-zero weight
 * @param degreesOfFreedom ν = n − 2 (n − 1 through the origin)
 * @param throughOrigin whether the intercept was fixed at zero
 */
public record LinearFitResult(double slope, double intercept, double slopeStandardError,
        double interceptStandardError, double covariance, double rSquared, double residualStandardDeviation,
        double sumOfSquaredResiduals, int n, int degreesOfFreedom, boolean throughOrigin) {

    /** The fitted line at x. */
    public double predict(double x) {
        return intercept + slope * x;
    }

    /** The x where the line crosses y, e.g. an onset potential at a threshold current. */
    public double solveForX(double y) {
        return (y - intercept) / slope;
    }

    /**
     * Half-width t·SE(b) of the two-sided confidence interval of the slope (Student t, ν dof).
     *
     * @param level confidence level in (0, 1), e.g. 0.95
     */
    public double slopeConfidenceHalfWidth(double level) {
        return t(level) * slopeStandardError;
    }

    /** Half-width t·SE(a) of the two-sided confidence interval of the intercept. */
    public double interceptConfidenceHalfWidth(double level) {
        return t(level) * interceptStandardError;
    }

    private double t(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level = " + level + "; a value in (0, 1) is required");
        }
        return degreesOfFreedom > 0
                ? new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.5 + level / 2)
                : Double.NaN;
    }
}
