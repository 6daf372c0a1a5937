package org.electrocat.xas.xanes;

/**
 * The absorption edge energy E0 of µ(E).
 *
 * <p>{@link #fromDerivative}: the energy of the largest dµ/dE, as Athena and Larch's
 * {@code find_e0} define it. The derivative uses numpy's second-order {@code gradient} for uneven
 * steps; points in the first and last 5 % (at least 3) are ignored, and a maximum counts only when
 * both neighbours also exceed 10 % of the largest derivative, so a single-point glitch is not taken
 * for the edge. The grid point is then refined by the vertex of the parabola through the derivative
 * at it and its two neighbours (clamped to that interval), so E0 is not tied to the energy grid.
 *
 * <p>{@link #halfEdge}: the first energy above the pre-edge where the normalised µ crosses a
 * fraction (0.5 by default) of the edge step, interpolated linearly between grid points.
 */
public final class EdgeEnergy {

    private EdgeEnergy() {
    }

    /** dµ/dE by numpy's {@code gradient} rule (second-order inside, first-order at the ends). */
    public static double[] derivative(double[] e, double[] mu) {
        int n = e.length;
        double[] d = new double[n];
        if (n < 2) {
            return d;
        }
        d[0] = (mu[1] - mu[0]) / (e[1] - e[0]);
        d[n - 1] = (mu[n - 1] - mu[n - 2]) / (e[n - 1] - e[n - 2]);
        for (int i = 1; i < n - 1; i++) {
            double hs = e[i] - e[i - 1];
            double hd = e[i + 1] - e[i];
            d[i] = (hs * hs * mu[i + 1] + (hd * hd - hs * hs) * mu[i] - hd * hd * mu[i - 1]) / (hs * hd * (hd + hs));
        }
        return d;
    }

    /**
     * E0 at the maximum of dµ/dE (see class comment).
     *
     * @throws IllegalArgumentException when there are fewer than 10 points or no rising edge
     */
    public static double fromDerivative(double[] e, double[] mu) {
        int n = e.length;
        if (n < 10) {
            throw new IllegalArgumentException("E0 needs at least 10 points, got " + n);
        }
        double[] d = derivative(e, mu);
        int nmin = Math.max(3, (int) (0.05 * n));
        double max = Double.NEGATIVE_INFINITY;
        for (int i = nmin; i < n - nmin; i++) {
            if (Double.isFinite(d[i]) && d[i] > max) {
                max = d[i];
            }
        }
        if (!(max > 0)) {
            throw new IllegalArgumentException("µ(E) does not rise anywhere: no absorption edge to place E0 on");
        }
        double threshold = 0.1 * max;
        int best = -1;
        for (int i = nmin; i < n - nmin; i++) {
            if (d[i] > threshold && d[i - 1] > threshold && d[i + 1] > threshold && (best < 0 || d[i] > d[best])) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("no edge: the derivative never stays high over three points");
        }
        return refine(e, d, best);
    }

    /** Vertex of the parabola through (e, d) at i−1, i, i+1, clamped to [e[i−1], e[i+1]]. */
    static double refine(double[] e, double[] d, int i) {
        double x0 = e[i - 1];
        double x1 = e[i];
        double x2 = e[i + 1];
        double y0 = d[i - 1];
        double y1 = d[i];
        double y2 = d[i + 1];
        double den = (x0 - x1) * (x0 - x2) * (x1 - x2);
        double a = (x2 * (y1 - y0) + x1 * (y0 - y2) + x0 * (y2 - y1)) / den;
        double b = (x2 * x2 * (y0 - y1) + x1 * x1 * (y2 - y0) + x0 * x0 * (y1 - y2)) / den;
        if (!(a < 0)) {
            return x1;
        }
        double v = -b / (2 * a);
        return Math.max(x0, Math.min(x2, v));
    }

    /**
     * Energy where {@code norm} first reaches {@code fraction} going up from {@code below} (an
     * energy in the pre-edge, typically e0 − 20 eV), linearly interpolated.
     *
     * @throws IllegalArgumentException when the normalised µ never reaches the fraction
     */
    public static double halfEdge(double[] e, double[] norm, double fraction, double below) {
        int start = 0;
        while (start < e.length && e[start] < below) {
            start++;
        }
        for (int i = Math.max(start, 1); i < e.length; i++) {
            if (norm[i - 1] < fraction && norm[i] >= fraction) {
                return e[i - 1] + (fraction - norm[i - 1]) * (e[i] - e[i - 1]) / (norm[i] - norm[i - 1]);
            }
        }
        throw new IllegalArgumentException("the normalised µ(E) never rises through " + fraction + " above "
                + below + " eV");
    }
}
