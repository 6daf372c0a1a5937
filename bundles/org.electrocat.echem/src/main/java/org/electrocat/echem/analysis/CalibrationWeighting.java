package org.electrocat.echem.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.electrocat.math.calculus.Extrapolation;
import org.electrocat.math.calculus.Interpolant;
import org.electrocat.math.calculus.Interpolation;

/**
 * Weighting models of a calibration line, for responses whose noise grows with the signal
 * (heteroscedastic calibration; J. N. Miller, J. C. Miller, Statistics and Chemometrics for
 * Analytical Chemistry, 6th ed. (2010), §5.10; A. M. Almeida, M. M. Castel-Branco, A. C. Falcão,
 * J. Chromatogr. B 774 (2002) 215 for the empirical 1/x, 1/x², 1/y, 1/y² models).
 *
 * <p>The weight w_i of standard i is 1 ({@code none}), 1/y_i, 1/y_i², 1/x_i, 1/x_i², or
 * 1/s_i² with s_i the sample standard deviation of the replicate responses at the standard's
 * concentration ({@code replicate}: standards listed more than once, at least twice per level). Only
 * relative weights matter: the line, the weighted residual standard deviation s(y/x)w and the
 * inverse-prediction uncertainty are unchanged when all weights are scaled. A sample reading y0 gets
 * the weight the same model gives it, evaluated at y0 (1/y models) or at x0 = (y0 − a)/b (1/x
 * models; {@code replicate}: s interpolated linearly between the concentration levels), with y0 or
 * x0 held to the range of the standards so that a weight is never extrapolated (a blank sample would
 * otherwise get an infinite 1/x weight).
 */
enum CalibrationWeighting {

    NONE("none"), INVERSE_Y("1/y"), INVERSE_Y2("1/y2"), INVERSE_X("1/x"), INVERSE_X2("1/x2"),
    REPLICATE("replicate");

    /** The parameter values, in declaration order. */
    static final List<String> NAMES = Arrays.stream(values()).map(w -> w.id).toList();

    private final String id;

    CalibrationWeighting(String id) {
        this.id = id;
    }

    /** The parameter value. */
    String id() {
        return id;
    }

    static CalibrationWeighting of(String id) {
        for (CalibrationWeighting w : values()) {
            if (w.id.equals(id)) {
                return w;
            }
        }
        throw new IllegalArgumentException("echem.calibration: weighting '" + id + "' is not one of " + NAMES);
    }

    /**
     * Weights of the standards; {@code null} for {@code none} (ordinary least squares).
     *
     * @throws IllegalArgumentException naming the standard when the model cannot weight it (a zero or
     *         negative response or concentration, a level without replicates, replicates without scatter)
     */
    double[] weights(double[] c, double[] a) {
        if (this == NONE) {
            return null;
        }
        double[] w = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            switch (this) {
                case INVERSE_Y:
                case INVERSE_Y2:
                    positive(a[i], "response", i);
                    w[i] = this == INVERSE_Y ? 1 / a[i] : 1 / (a[i] * a[i]);
                    break;
                case INVERSE_X:
                case INVERSE_X2:
                    positive(c[i], "concentration", i);
                    w[i] = this == INVERSE_X ? 1 / c[i] : 1 / (c[i] * c[i]);
                    break;
                default:
                    double s = levelSd(c, a, c[i]);
                    w[i] = 1 / (s * s);
            }
        }
        return w;
    }

    /** The weight of a sample reading y0, on the scale of {@link #weights}; 1 for {@code none}. */
    double weightOf(double y0, double x0, double[] c, double[] a) {
        switch (this) {
            case NONE:
                return 1;
            case INVERSE_Y:
                return 1 / clamp(y0, a);
            case INVERSE_Y2:
                double y = clamp(y0, a);
                return 1 / (y * y);
            case INVERSE_X:
                return 1 / clamp(x0, c);
            case INVERSE_X2:
                double x = clamp(x0, c);
                return 1 / (x * x);
            default:
                double[] levels = Arrays.stream(c).distinct().sorted().toArray();
                double[] sd = new double[levels.length];
                for (int k = 0; k < levels.length; k++) {
                    sd[k] = levelSd(c, a, levels[k]);
                }
                Interpolant s = Interpolation.linear(levels, sd, Extrapolation.NEAREST);
                double v = s.value(x0);
                return 1 / (v * v);
        }
    }

    /**
     * The mean weight of the standards at the lowest concentration: σ = s(y/x)w/√w there is the
     * response standard deviation the model gives near the blank, used for LOD and LOQ.
     */
    static double lowestWeight(double[] c, double[] w) {
        if (w == null) {
            return 1;
        }
        double min = Arrays.stream(c).min().orElseThrow();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == min) {
                sum += w[i];
                n++;
            }
        }
        return sum / n;
    }

    /** Sample standard deviation of the responses of the standards at concentration {@code level}. */
    private static double levelSd(double[] c, double[] a, double level) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == level) {
                sum += a[i];
                n++;
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "echem.calibration: weighting 'replicate'"
                    + " needs every standard concentration at least twice; %.6g occurs once", level));
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == level) {
                ss += (a[i] - mean) * (a[i] - mean);
            }
        }
        double s = Math.sqrt(ss / (n - 1));
        if (!(s > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "echem.calibration: the %d replicate"
                    + " responses at %.6g are identical: no variance to weight by", n, level));
        }
        return s;
    }

    private void positive(double v, String what, int i) {
        if (!(v > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "echem.calibration: weighting '%s' needs"
                    + " every standard %s > 0, but standard %d has %s (drop the blank or choose another weighting)",
                    id, what, i + 1, v));
        }
    }

    private static double clamp(double v, double[] range) {
        double lo = Arrays.stream(range).min().orElseThrow();
        double hi = Arrays.stream(range).max().orElseThrow();
        return Math.max(lo, Math.min(hi, v));
    }
}
