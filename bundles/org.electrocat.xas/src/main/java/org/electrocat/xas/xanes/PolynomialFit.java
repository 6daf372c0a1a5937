package org.electrocat.xas.xanes;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Least-squares polynomial y ≈ Σ c_j t^j of degree d in the scaled variable t = (x − x_c)/s
 * (x_c, s the centre and half-width of the fitted x range), solved by Householder QR. Scaling keeps
 * the normal matrix well conditioned for energies of ~10⁴ eV, where a fit in raw powers of E loses
 * most of its digits.
 */
public final class PolynomialFit {

    private final double centre;
    private final double scale;
    private final double[] coefficients;

    private PolynomialFit(double centre, double scale, double[] coefficients) {
        this.centre = centre;
        this.scale = scale;
        this.coefficients = coefficients;
    }

    /**
     * Fits points {@code from} (inclusive) to {@code to} (exclusive) of (x, w·y), weights w_i = x_i^nvict
     * applied to y as Larch does for its Victoreen exponent.
     *
     * @throws IllegalArgumentException when fewer than degree + 1 points are in range
     */
    public static PolynomialFit fit(double[] x, double[] y, int from, int to, int degree) {
        int n = to - from;
        if (degree < 0 || n < degree + 1) {
            throw new IllegalArgumentException("a degree-" + degree + " polynomial needs at least " + (degree + 1)
                    + " points, the range has " + Math.max(n, 0));
        }
        double lo = x[from];
        double hi = x[to - 1];
        double c = 0.5 * (lo + hi);
        double s = hi > lo ? 0.5 * (hi - lo) : 1.0;
        RealMatrix a = new Array2DRowRealMatrix(n, degree + 1);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            double t = (x[from + i] - c) / s;
            double p = 1;
            for (int j = 0; j <= degree; j++) {
                a.setEntry(i, j, p);
                p *= t;
            }
            b[i] = y[from + i];
        }
        double[] coef = new QRDecomposition(a).getSolver().solve(new ArrayRealVector(b, false)).toArray();
        return new PolynomialFit(c, s, coef);
    }

    /** The polynomial at x. */
    public double value(double x) {
        double t = (x - centre) / scale;
        double v = 0;
        for (int j = coefficients.length - 1; j >= 0; j--) {
            v = v * t + coefficients[j];
        }
        return v;
    }

    /** Values at every x. */
    public double[] values(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = value(x[i]);
        }
        return out;
    }

    /** Degree of the polynomial. */
    public int degree() {
        return coefficients.length - 1;
    }

    /** Coefficients in powers of the raw x (c0 + c1 x + ...), for reports; may lose digits for large x. */
    public double[] rawCoefficients() {
        int d = coefficients.length;
        double[] out = new double[d];
        // expand Σ c_j ((x − xc)/s)^j by the binomial theorem
        for (int j = 0; j < d; j++) {
            double cj = coefficients[j] / Math.pow(scale, j);
            double binom = 1;
            for (int m = 0; m <= j; m++) {
                out[m] += cj * binom * Math.pow(-centre, j - m);
                binom = binom * (j - m) / (m + 1);
            }
        }
        return out;
    }
}
