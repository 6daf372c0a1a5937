package org.electrocat.vibspec.process.baseline;

import java.util.Arrays;
import org.electrocat.vibspec.process.Arrays1;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Baselines that follow the shape of the data directly, with pybaselines' parameter names:
 *
 * <ul>
 *   <li><b>poly</b>: the weighted least-squares polynomial of order {@code poly_order} (default 2)
 *       through the data, x mapped to [−1, 1] for conditioning (pybaselines {@code poly}); weights
 *       0 exclude peak regions, so giving the band-free regions makes it the classic manual
 *       polynomial baseline.</li>
 *   <li><b>snip</b>: statistics-sensitive non-linear iterative peak clipping (C. G. Ryan et al., Nucl.
 *       Instrum. Methods B 34 (1988) 396; M. Morháč et al., Nucl. Instrum. Methods A 401 (1997)
 *       113): for window p = 1..max_half_window (or back down when {@code decreasing}), each point
 *       becomes min(v_i, filter_p(i)), with filter_p the mean of v_{i−p} and v_{i+p} and, for
 *       {@code filter_order} 4, 6, 8, the higher-order clipping filters of Morháč (1997). The data are
 *       padded by max_half_window points at both ends with the least-squares line through the
 *       max_half_window points at that end, so the edges are clipped too.</li>
 *   <li><b>rubberband</b>: the lower convex hull of (x, y), optionally in {@code segments} equal
 *       parts, interpolated linearly or, with lam &gt; 0, by Whittaker smoothing with weight 1 on the
 *       hull points and 0 elsewhere (pybaselines {@code rubberband}).</li>
 * </ul>
 */
public final class ShapeBaselines {

    private ShapeBaselines() {
    }

    /**
     * Polynomial baseline.
     *
     * @param x         abscissae (any order)
     * @param y         data
     * @param polyOrder order ≥ 0
     * @param weights   per-point weights ≥ 0, or {@code null} for all 1
     */
    public static BaselineResult poly(double[] x, double[] y, int polyOrder, double[] weights) {
        int n = y.length;
        if (polyOrder < 0) {
            throw new IllegalArgumentException("poly_order = " + polyOrder + " must be >= 0");
        }
        int used = 0;
        for (int i = 0; i < n; i++) {
            used += weights == null || weights[i] > 0 ? 1 : 0;
        }
        if (used <= polyOrder) {
            throw new IllegalArgumentException("a polynomial of order " + polyOrder + " needs at least "
                    + (polyOrder + 1) + " points of non-zero weight, got " + used);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double mid = (hi + lo) / 2;
        double half = hi > lo ? (hi - lo) / 2 : 1;
        double[][] a = new double[used][polyOrder + 1];
        double[] b = new double[used];
        int r = 0;
        for (int i = 0; i < n; i++) {
            double wi = weights == null ? 1 : weights[i];
            if (wi <= 0) {
                continue;
            }
            double s = Math.sqrt(wi);
            double u = (x[i] - mid) / half;
            double pw = 1;
            for (int j = 0; j <= polyOrder; j++) {
                a[r][j] = s * pw;
                pw *= u;
            }
            b[r++] = s * y[i];
        }
        RealVector c = new QRDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                .solve(new ArrayRealVector(b, false));
        double[] base = new double[n];
        for (int i = 0; i < n; i++) {
            double u = (x[i] - mid) / half;
            double v = 0;
            for (int j = polyOrder; j >= 0; j--) {
                v = v * u + c.getEntry(j);
            }
            base[i] = v;
        }
        return new BaselineResult(base, weights == null ? null : weights.clone(), new double[0], true);
    }

    /**
     * SNIP baseline.
     *
     * @param maxHalfWindow largest clipping half window in points, ≥ 1 (about the widest band's width)
     * @param decreasing    run the windows from large to small instead of small to large
     * @param filterOrder   2, 4, 6 or 8
     */
    public static BaselineResult snip(double[] y, int maxHalfWindow, boolean decreasing, int filterOrder) {
        int n = y.length;
        if (maxHalfWindow < 1) {
            throw new IllegalArgumentException("max_half_window = " + maxHalfWindow + " must be >= 1");
        }
        if (filterOrder != 2 && filterOrder != 4 && filterOrder != 6 && filterOrder != 8) {
            throw new IllegalArgumentException("filter_order = " + filterOrder + " must be 2, 4, 6 or 8");
        }
        int m = Math.min(maxHalfWindow, Math.max(1, (n - 1) / 2));
        double[] v = pad(y, m);
        double[] next = v.clone();
        int len = v.length;
        for (int k = 0; k < m; k++) {
            int p = decreasing ? m - k : k + 1;
            for (int i = p; i < len - p; i++) {
                double f = (v[i - p] + v[i + p]) / 2;
                if (filterOrder >= 4) {
                    f = Math.max(f, (-(v[i - p] + v[i + p]) + 4 * (v[i - p / 2] + v[i + p / 2])) / 6);
                }
                if (filterOrder >= 6) {
                    f = Math.max(f, (v[i - p] + v[i + p] - 6 * (v[i - 2 * p / 3] + v[i + 2 * p / 3])
                            + 15 * (v[i - p / 3] + v[i + p / 3])) / 20);
                }
                if (filterOrder >= 8) {
                    f = Math.max(f, (-(v[i - p] + v[i + p]) + 8 * (v[i - 3 * p / 4] + v[i + 3 * p / 4])
                            - 28 * (v[i - p / 2] + v[i + p / 2]) + 56 * (v[i - p / 4] + v[i + p / 4])) / 70);
                }
                next[i] = Math.min(v[i], f);
            }
            System.arraycopy(next, p, v, p, len - 2 * p);
        }
        return new BaselineResult(Arrays.copyOfRange(v, m, m + n), null, new double[0], true);
    }

    /** y with m points added at each end along the least-squares line through the m end points. */
    static double[] pad(double[] y, int m) {
        int n = y.length;
        double[] out = new double[n + 2 * m];
        System.arraycopy(y, 0, out, m, n);
        int w = Math.max(2, Math.min(n, m));
        double[] left = line(y, 0, w);
        double[] right = line(y, n - w, w);
        for (int k = 1; k <= m; k++) {
            out[m - k] = left[0] + left[1] * (-k);
            out[m + n - 1 + k] = right[0] + right[1] * (w - 1 + k);
        }
        return out;
    }

    /** Intercept (at index from) and slope per index of the least-squares line through y[from..from+w). */
    private static double[] line(double[] y, int from, int w) {
        double mx = (w - 1) / 2.0;
        double my = 0;
        for (int i = 0; i < w; i++) {
            my += y[from + i];
        }
        my /= w;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < w; i++) {
            sxy += (i - mx) * (y[from + i] - my);
            sxx += (i - mx) * (i - mx);
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        return new double[] {my - slope * mx, slope};
    }

    /**
     * Rubberband baseline.
     *
     * @param x         strictly monotonic abscissae (increasing or decreasing)
     * @param segments  number of equal segments ≥ 1, each with at least 3 points
     * @param lam       0 for linear interpolation between hull points, else the Whittaker λ
     * @param diffOrder difference order of the Whittaker smoothing
     */
    public static BaselineResult rubberband(double[] x, double[] y, int segments, double lam, int diffOrder) {
        int n = y.length;
        if (segments < 1 || n / segments < 3) {
            throw new IllegalArgumentException("segments = " + segments + ": there must be between 1 and " + n / 3
                    + " segments for " + n + " points");
        }
        boolean reversed = n > 1 && x[n - 1] < x[0];
        double[] xs = reversed ? Arrays1.reverse(x) : x;
        double[] ys = reversed ? Arrays1.reverse(y) : y;
        for (int i = 1; i < n; i++) {
            if (!(xs[i] > xs[i - 1])) {
                throw new IllegalArgumentException("x must be strictly monotonic for a rubberband baseline (point "
                        + (i + 1) + ")");
            }
        }
        double[] mask = new double[n];
        int[] stack = new int[n];
        for (int s = 0; s < segments; s++) {
            int from = (int) ((long) s * n / segments);
            int to = (int) ((long) (s + 1) * n / segments);
            int top = 0;
            for (int i = from; i < to; i++) {
                // monotone chain: drop the last hull point while it lies on or above the chord
                while (top >= 2 && cross(xs, ys, stack[top - 2], stack[top - 1], i) <= 0) {
                    top--;
                }
                stack[top++] = i;
            }
            for (int k = 0; k < top; k++) {
                mask[stack[k]] = 1;
            }
        }
        double[] base;
        if (lam > 0) {
            base = new double[n];
            new WhittakerSystem(n, lam, diffOrder).solve(mask, ys, base);
        } else {
            base = interpolate(xs, ys, mask);
        }
        if (reversed) {
            base = Arrays1.reverse(base);
            mask = Arrays1.reverse(mask);
        }
        return new BaselineResult(base, mask, new double[0], true);
    }

    /** z-component of (b − a) × (c − a): positive when c lies left of (above) the line a→b. */
    private static double cross(double[] x, double[] y, int a, int b, int c) {
        return (x[b] - x[a]) * (y[c] - y[a]) - (y[b] - y[a]) * (x[c] - x[a]);
    }

    private static double[] interpolate(double[] x, double[] y, double[] mask) {
        int n = x.length;
        double[] out = new double[n];
        int prev = -1;
        for (int i = 0; i < n; i++) {
            if (mask[i] == 0) {
                continue;
            }
            if (prev < 0) {
                Arrays.fill(out, 0, i + 1, y[i]);
            } else {
                for (int j = prev; j <= i; j++) {
                    out[j] = y[prev] + (y[i] - y[prev]) * (x[j] - x[prev]) / (x[i] - x[prev]);
                }
            }
            prev = i;
        }
        Arrays.fill(out, prev + 1, n, y[prev]);
        return out;
    }

}
