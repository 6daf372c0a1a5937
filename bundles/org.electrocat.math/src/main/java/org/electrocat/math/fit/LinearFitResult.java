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
 * @param meanX weighted mean x̄_w = Σ w x / Σ w (0 through the origin)
 * @param meanY weighted mean ȳ_w (0 through the origin)
 * @param sxx Σ w (x − x̄_w)² (Σ w x² through the origin)
 * @param sumOfWeights Σ w (n for an unweighted fit)
 */
public record LinearFitResult(double slope, double intercept, double slopeStandardError,
        double interceptStandardError, double covariance, double rSquared, double residualStandardDeviation,
        double sumOfSquaredResiduals, int n, int degreesOfFreedom, boolean throughOrigin, double meanX, double meanY,
        double sxx, double sumOfWeights) {

    /** The fitted line at x. */
    public double predict(double x) {
        return intercept + slope * x;
    }

    /** The x where the line crosses y, e.g. an onset potential at a threshold current. */
    public double solveForX(double y) {
        return (y - intercept) / slope;
    }

    /**
     * Inverse prediction (calibration): x0 = (y0 − a)/b for a measured response y0 and its standard
     * deviation, s_x0 = (s/|b|)·√(1/w0 + 1/Σw + (y0 − ȳ_w)²/(b²·S_xx,w)), with s the residual
     * standard deviation. Unweighted with w0 = m replicates this is J. N. Miller, J. C. Miller,
     * Statistics and Chemometrics for Analytical Chemistry, 6th ed. (2010), eq. 5.9; weighted it is
     * their s_x0w of §5.10, written for weights on any scale (Miller's normalise Σw = n: the
     * expression is unchanged when all weights, w0 included, are multiplied by one constant).
     * Through the origin the 1/Σw term and ȳ_w are 0. s is {@link #residualStandardDeviation}
     * also for fits made with {@code absoluteSigma}.
     *
     * @param y0 mean measured response (y-units)
     * @param w0 the weight of y0 on the scale of the fit's weights, times the number m of replicate
     *        readings averaged into y0 (an unweighted fit: w0 = m)
     * @return {x0, s_x0} in x-units; s_x0 is NaN without degrees of freedom
     */
    public double[] inversePrediction(double y0, double w0) {
        if (!(w0 > 0) || !Double.isFinite(w0)) {
            throw new IllegalArgumentException("w0 = " + w0 + "; a finite weight > 0 is required");
        }
        double x0 = (y0 - intercept) / slope;
        double d = y0 - meanY;
        double s = residualStandardDeviation;
        double sx0 = s / Math.abs(slope)
                * Math.sqrt(1.0 / w0 + (throughOrigin ? 0 : 1.0 / sumOfWeights) + d * d / (slope * slope * sxx));
        return new double[] {x0, sx0};
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
