package org.electrocat.math.signal;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.electrocat.math.Checks;

/**
 * Savitzky–Golay smoothing and differentiation (A. Savitzky, M. J. E. Golay, Anal. Chem. 36 (1964)
 * 1627): each output is the value (or a derivative) at the window centre of the least-squares
 * polynomial of order {@code polyorder} through the {@code windowLength} samples around it, which
 * is a fixed FIR filter. Parameter names, defaults and edge modes follow scipy.signal.savgol_filter;
 * the default edge mode {@link EdgeMode#INTERP} fits one polynomial to the first (last)
 * {@code windowLength} samples and evaluates it at the edge points, so polynomials of order ≤
 * polyorder come out exact everywhere.
 *
 * <p>Coefficients solve the minimum-norm system Aᵀc = e_deriv·deriv!/delta^deriv (A the window's
 * Vandermonde matrix) by QR on positions scaled to [−1, 1], so long windows and high orders stay
 * well conditioned. Window lengths must be odd for filtering (scipy also allows even lengths, whose
 * output is shifted by half a sample; not supported here).
 */
public final class SavitzkyGolay {

    /** How the signal is extended past its ends (scipy {@code mode}). */
    public enum EdgeMode {
        /** Polynomial fit to the first/last window, evaluated at the edge samples (scipy default). */
        INTERP,
        /** Reflection about the edge sample: (d c b | a b c d | c b a). */
        MIRROR,
        /** Edge value repeated: (a a a | a b c d | d d d). */
        NEAREST,
        /** Constant value cval outside the signal. */
        CONSTANT,
        /** Periodic continuation: (b c d | a b c d | a b c). */
        WRAP
    }

    private SavitzkyGolay() {
    }

    /**
     * Filter coefficients c_k for y = Σ_k c_k·x[k] over one window (scipy savgol_coeffs with
     * {@code use='dot'}): the deriv-th derivative, at window position pos, of the least-squares
     * polynomial.
     *
     * @param windowLength samples in the window, ≥ 1
     * @param polyorder polynomial order, 0 ≤ polyorder &lt; windowLength
     * @param deriv derivative order ≥ 0 (0: smoothing); zero coefficients when deriv &gt; polyorder
     * @param delta sample spacing (axis units, e.g. V); derivatives come out per delta^deriv
     * @param pos position of the evaluation point in the window, 0 ≤ pos &lt; windowLength
     */
    public static double[] coefficients(int windowLength, int polyorder, int deriv, double delta, double pos) {
        checkOrders(windowLength, polyorder, deriv);
        Checks.positive(delta, "delta");
        if (!(pos >= 0 && pos < windowLength)) {
            throw new IllegalArgumentException("pos = " + pos + " is outside [0, " + windowLength + ")");
        }
        double[] c = new double[windowLength];
        if (deriv > polyorder) {
            return c;
        }
        int p = polyorder + 1;
        // scale positions by the largest distance from pos so powers stay within [−1, 1]
        double scale = Math.max(pos, windowLength - 1 - pos);
        if (scale == 0) {
            scale = 1;
        }
        double[][] at = new double[windowLength][p];
        for (int k = 0; k < windowLength; k++) {
            double u = (k - pos) / scale;
            double power = 1;
            for (int j = 0; j < p; j++) {
                at[k][j] = power;
                power *= u;
            }
        }
        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(at, false));
        RealMatrix r = qr.getR();
        RealMatrix q = qr.getQ();
        // right-hand side e_deriv · deriv! / (delta·scale)^deriv, then Rᵀz = rhs by forward substitution
        double[] z = new double[p];
        double rhs = factorial(deriv) / Math.pow(delta * scale, deriv);
        for (int i = 0; i < p; i++) {
            double s = i == deriv ? rhs : 0;
            for (int j = 0; j < i; j++) {
                s -= r.getEntry(j, i) * z[j];
            }
            double d = r.getEntry(i, i);
            if (d == 0) {
                throw new IllegalArgumentException("window of " + windowLength + " samples cannot determine a polynomial"
                        + " of order " + polyorder);
            }
            z[i] = s / d;
        }
        for (int k = 0; k < windowLength; k++) {
            double s = 0;
            for (int j = 0; j < p; j++) {
                s += q.getEntry(k, j) * z[j];
            }
            c[k] = s;
        }
        return c;
    }

    /** Smoothing with the default edge mode (scipy {@code savgol_filter(x, windowLength, polyorder)}). */
    public static double[] filter(double[] x, int windowLength, int polyorder) {
        return filter(x, windowLength, polyorder, 0, 1.0, EdgeMode.INTERP, 0.0);
    }

    /** Smoothed derivative of order deriv with sample spacing delta, INTERP edges. */
    public static double[] filter(double[] x, int windowLength, int polyorder, int deriv, double delta) {
        return filter(x, windowLength, polyorder, deriv, delta, EdgeMode.INTERP, 0.0);
    }

    /**
     * Savitzky–Golay filter.
     *
     * @param x samples, uniformly spaced, finite
     * @param windowLength odd number of samples per window; ≤ x.length in INTERP mode
     * @param polyorder polynomial order &lt; windowLength
     * @param deriv derivative order (0: smoothing)
     * @param delta sample spacing in axis units, &gt; 0 (default 1); the deriv-th derivative is per delta^deriv
     * @param mode edge handling (default INTERP)
     * @param cval value outside the signal for CONSTANT mode (default 0)
     * @return a new array of x.length values
     */
    public static double[] filter(double[] x, int windowLength, int polyorder, int deriv, double delta, EdgeMode mode,
            double cval) {
        Checks.finite(x, "x");
        checkOrders(windowLength, polyorder, deriv);
        if (windowLength % 2 == 0) {
            throw new IllegalArgumentException("windowLength = " + windowLength + " must be odd");
        }
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        int n = x.length;
        if (mode == EdgeMode.INTERP && windowLength > n) {
            throw new IllegalArgumentException("windowLength = " + windowLength + " exceeds the " + n
                    + " samples of x; INTERP mode needs a full window");
        }
        int h = windowLength / 2;
        double[] centre = coefficients(windowLength, polyorder, deriv, delta, h);
        double[] y = new double[n];
        for (int i = h; i < n - h; i++) {
            double s = 0;
            int base = i - h;
            for (int k = 0; k < windowLength; k++) {
                s += centre[k] * x[base + k];
            }
            y[i] = s;
        }
        int edge = Math.min(h, n);
        if (mode == EdgeMode.INTERP) {
            for (int i = 0; i < edge; i++) {
                double[] c = coefficients(windowLength, polyorder, deriv, delta, i);
                double left = 0;
                double right = 0;
                for (int k = 0; k < windowLength; k++) {
                    left += c[k] * x[k];
                    // the right edge mirrors the left: position windowLength−1−i of the last window has the
                    // reversed coefficients, with odd derivatives changing sign
                    right += c[k] * x[n - 1 - k];
                }
                y[i] = left;
                y[n - 1 - i] = deriv % 2 == 0 ? right : -right;
            }
            return y;
        }
        for (int i = 0; i < n; i++) {
            if (i >= h && i < n - h) {
                continue;
            }
            double s = 0;
            for (int k = 0; k < windowLength; k++) {
                s += centre[k] * extended(x, i - h + k, mode, cval);
            }
            y[i] = s;
        }
        return y;
    }

    /** x at any index under the edge mode (not INTERP). */
    private static double extended(double[] x, int i, EdgeMode mode, double cval) {
        int n = x.length;
        if (i >= 0 && i < n) {
            return x[i];
        }
        switch (mode) {
            case CONSTANT:
                return cval;
            case NEAREST:
                return i < 0 ? x[0] : x[n - 1];
            case WRAP:
                return x[Math.floorMod(i, n)];
            default:
                if (n == 1) {
                    return x[0];
                }
                int period = 2 * (n - 1);
                int j = Math.floorMod(i, period);
                return x[j < n ? j : period - j];
        }
    }

    private static void checkOrders(int windowLength, int polyorder, int deriv) {
        if (windowLength < 1) {
            throw new IllegalArgumentException("windowLength = " + windowLength + "; at least 1 required");
        }
        if (polyorder < 0 || polyorder >= windowLength) {
            throw new IllegalArgumentException("polyorder = " + polyorder + " must be in [0, windowLength = "
                    + windowLength + ")");
        }
        if (deriv < 0) {
            throw new IllegalArgumentException("deriv = " + deriv + " must be ≥ 0");
        }
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }
}
