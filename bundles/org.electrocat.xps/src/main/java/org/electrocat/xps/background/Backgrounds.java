package org.electrocat.xps.background;

/**
 * XPS inelastic backgrounds under a region, all computed on the binding-energy axis (any point
 * order; the low- and high-binding-energy ends are found from the values) and returned in the
 * order of the input points:
 * <ul>
 * <li>{@link #linear}: straight line between the averaged end intensities;</li>
 * <li>{@link #shirley}: iterative Shirley background (D. A. Shirley, Phys. Rev. B 5 (1972) 4709;
 * iteration of A. Proctor, P. M. A. Sherwood, Anal. Chem. 54 (1982) 13):
 * B(E) = I_lo + (I_hi − I_lo)·∫_{E_lo}^{E}(I − B)dE′ / ∫_{E_lo}^{E_hi}(I − B)dE′, repeated until B
 * changes by less than tol·|I_hi − I_lo|;</li>
 * <li>{@link #tougaard}: Tougaard background with the universal cross-section
 * K(T) = B·T/(C + T²)² (S. Tougaard, Surf. Interface Anal. 11 (1988) 453; B = 2866 eV², C = 1643 eV²
 * for metals, Surf. Interface Anal. 25 (1997) 137): B(E) = I_lo + ∫_{E_lo}^{E} K(E − E′)(I(E′) − I_lo) dE′,
 * with B optionally scaled so the background meets the data at the high-binding-energy end.</li>
 * </ul>
 * End intensities are means over {@code endPoints} points (≥ 1) at each end, which keeps noise out
 * of the background level.
 */
public final class Backgrounds {

    /** Universal cross-section constants of Tougaard (1997), eV². */
    public static final double TOUGAARD_B = 2866;
    /** Universal cross-section constant C, eV². */
    public static final double TOUGAARD_C = 1643;

    private Backgrounds() {
    }

    /** Straight line through the averaged end intensities. */
    public static double[] linear(double[] be, double[] y, int endPoints) {
        Ends e = Ends.of(be, y, endPoints);
        double[] b = new double[y.length];
        double span = e.eHi - e.eLo;
        for (int i = 0; i < y.length; i++) {
            b[i] = e.iLo + (e.iHi - e.iLo) * (be[i] - e.eLo) / span;
        }
        return b;
    }

    /**
     * Iterative Shirley background.
     *
     * @param tol           convergence tolerance relative to the step |I_hi − I_lo| (e.g. 1e-6)
     * @param maxIterations at most this many iterations (e.g. 100)
     * @throws IllegalArgumentException when the region has no intensity above the background
     */
    public static double[] shirley(double[] be, double[] y, int endPoints, double tol, int maxIterations) {
        Ends e = Ends.of(be, y, endPoints);
        int n = y.length;
        int[] order = e.order;
        double[] b = new double[n];
        java.util.Arrays.fill(b, e.iLo);
        double[] cum = new double[n];
        double step = e.iHi - e.iLo;
        for (int it = 0; it < maxIterations; it++) {
            // cumulative trapezoid of (I − B) from the low-BE end, in BE order
            cum[order[0]] = 0;
            for (int j = 1; j < n; j++) {
                int p = order[j - 1];
                int q = order[j];
                cum[q] = cum[p] + 0.5 * ((y[p] - b[p]) + (y[q] - b[q])) * (be[q] - be[p]);
            }
            double total = cum[order[n - 1]];
            if (!(Math.abs(total) > 0) || !Double.isFinite(total)) {
                throw new IllegalArgumentException("Shirley background: no peak area above the background in "
                        + e.eLo + " to " + e.eHi + " eV");
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                double nb = e.iLo + step * cum[i] / total;
                change = Math.max(change, Math.abs(nb - b[i]));
                b[i] = nb;
            }
            if (change <= tol * Math.max(Math.abs(step), 1e-300)) {
                break;
            }
        }
        return b;
    }

    /**
     * Tougaard background.
     *
     * @param bCoefficient B in eV² (ignored when {@code fitToEnd})
     * @param cCoefficient C in eV²
     * @param fitToEnd     scale B so the background equals the averaged intensity at the high-BE end
     */
    public static double[] tougaard(double[] be, double[] y, int endPoints, double bCoefficient, double cCoefficient,
            boolean fitToEnd) {
        Ends e = Ends.of(be, y, endPoints);
        int n = y.length;
        int[] o = e.order;
        double[] loss = new double[n];
        for (int j = 1; j < n; j++) {
            double ej = be[o[j]];
            double s = 0;
            for (int m = 1; m <= j; m++) {
                double t1 = ej - be[o[m - 1]];
                double t2 = ej - be[o[m]];
                double f1 = kernel(t1, cCoefficient) * (y[o[m - 1]] - e.iLo);
                double f2 = kernel(t2, cCoefficient) * (y[o[m]] - e.iLo);
                s += 0.5 * (f1 + f2) * (be[o[m]] - be[o[m - 1]]);
            }
            loss[o[j]] = s;
        }
        double scale = bCoefficient;
        if (fitToEnd) {
            double end = loss[o[n - 1]];
            if (!(Math.abs(end) > 0)) {
                throw new IllegalArgumentException("Tougaard background: no loss intensity to scale in " + e.eLo + " to "
                        + e.eHi + " eV");
            }
            scale = (e.iHi - e.iLo) / end;
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = e.iLo + scale * loss[i];
        }
        return b;
    }

    /** T/(C + T²)², the universal cross-section without its B factor (eV⁻³). */
    static double kernel(double t, double c) {
        double d = c + t * t;
        return t / (d * d);
    }

    /** End energies and averaged intensities, and the indices in increasing BE. */
    static final class Ends {
        final int[] order;
        final double eLo;
        final double eHi;
        final double iLo;
        final double iHi;

        private Ends(int[] order, double eLo, double eHi, double iLo, double iHi) {
            this.order = order;
            this.eLo = eLo;
            this.eHi = eHi;
            this.iLo = iLo;
            this.iHi = iHi;
        }

        static Ends of(double[] be, double[] y, int endPoints) {
            int n = be.length;
            if (n < 3 || y.length != n) {
                throw new IllegalArgumentException("a background needs ≥ 3 points with one intensity each (got " + n
                        + " energies, " + y.length + " intensities)");
            }
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(be[i]) || !Double.isFinite(y[i])) {
                    throw new IllegalArgumentException("point " + i + " is not finite (BE " + be[i] + ", I " + y[i] + ")");
                }
            }
            int[] order = sortedIndices(be);
            int m = Math.max(1, Math.min(endPoints, n / 3));
            double lo = 0;
            double hi = 0;
            for (int j = 0; j < m; j++) {
                lo += y[order[j]];
                hi += y[order[n - 1 - j]];
            }
            double eLo = be[order[0]];
            double eHi = be[order[n - 1]];
            if (!(eHi > eLo)) {
                throw new IllegalArgumentException("the region has no energy range");
            }
            return new Ends(order, eLo, eHi, lo / m, hi / m);
        }

        private static int[] sortedIndices(double[] x) {
            int n = x.length;
            boolean up = true;
            boolean down = true;
            for (int i = 1; i < n; i++) {
                up &= x[i] > x[i - 1];
                down &= x[i] < x[i - 1];
            }
            int[] o = new int[n];
            for (int i = 0; i < n; i++) {
                o[i] = down ? n - 1 - i : i;
            }
            if (!up && !down) {
                Integer[] boxed = new Integer[n];
                for (int i = 0; i < n; i++) {
                    boxed[i] = i;
                }
                java.util.Arrays.sort(boxed, (a, b) -> Double.compare(x[a], x[b]));
                for (int i = 0; i < n; i++) {
                    o[i] = boxed[i];
                }
                for (int i = 1; i < n; i++) {
                    if (x[o[i]] == x[o[i - 1]]) {
                        throw new IllegalArgumentException("binding energy " + x[o[i]] + " eV appears twice");
                    }
                }
            }
            return o;
        }
    }
}
