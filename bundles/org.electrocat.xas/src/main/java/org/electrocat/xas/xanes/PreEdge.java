package org.electrocat.xas.xanes;

/**
 * Pre-edge subtraction and normalisation of µ(E) with the parameter names and defaults of Larch's
 * {@code pre_edge} (M. Newville, J. Phys.: Conf. Ser. 430 (2013) 012007; same procedure as Athena,
 * B. Ravel and M. Newville, J. Synchrotron Rad. 12 (2005) 537):
 * <ol>
 * <li>E0 from the derivative maximum ({@link EdgeEnergy#fromDerivative}) unless given;</li>
 * <li>a line fitted to µ·E^nvict over [e0+pre1, e0+pre2], divided by E^nvict: the pre-edge line;</li>
 * <li>a polynomial of degree nnorm fitted to µ − pre-edge over [e0+norm1, e0+norm2]; pre-edge plus
 * it is the post-edge curve;</li>
 * <li>edge step = post-edge(e0) − pre-edge(e0); norm = (µ − pre-edge)/step;</li>
 * <li>flat: a degree-nnorm polynomial fitted to norm over the normalisation range, minus its value at
 * e0, subtracted from norm above e0 (so the post-edge oscillates about 1).</li>
 * </ol>
 * Defaults when a setting is NaN (Larch's current rules, energies relative to e0 in eV):
 * pre1 = E_min − e0 rounded to 5 eV; pre2 = pre1/2; norm2 = E_max − e0 rounded to 5 eV;
 * norm1 = min(25, 5·round(norm2/15)); nnorm = 2 if norm2 − norm1 ≥ 300, 1 if ≥ 30, else 0.
 * Unlike Larch, e0 is not moved onto the nearest grid point.
 */
public final class PreEdge {

    /**
     * Settings; NaN (or −1 for nnorm) means "use the default".
     *
     * @param e0    edge energy, eV
     * @param pre1  start of the pre-edge range relative to e0, eV (negative)
     * @param pre2  end of the pre-edge range relative to e0, eV
     * @param norm1 start of the normalisation range relative to e0, eV
     * @param norm2 end of the normalisation range relative to e0, eV
     * @param nnorm degree of the post-edge polynomial (0, 1, 2 ...), −1 for the default
     * @param nvict Victoreen exponent of the pre-edge fit (µ·E^nvict), default 0
     * @param step  edge step, NaN to compute it
     */
    public record Settings(double e0, double pre1, double pre2, double norm1, double norm2, int nnorm, double nvict,
            double step) {

        /** Every setting at its default. */
        public static final Settings DEFAULTS = new Settings(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                -1, 0, Double.NaN);

        /** The same settings with a given e0. */
        public Settings withE0(double newE0) {
            return new Settings(newE0, pre1, pre2, norm1, norm2, nnorm, nvict, step);
        }
    }

    /**
     * The outcome, with the settings actually used.
     *
     * @param e0       edge energy, eV
     * @param edgeStep edge step (units of µ)
     * @param used     the resolved settings (no NaN left)
     * @param preEdge  pre-edge line at every energy
     * @param postEdge post-edge curve at every energy
     * @param norm     normalised µ
     * @param flat     flattened normalised µ
     * @param preSlope slope of the pre-edge line (µ per eV, for nvict = 0)
     */
    public record Result(double e0, double edgeStep, Settings used, double[] preEdge, double[] postEdge, double[] norm,
            double[] flat, double preSlope) {
    }

    private PreEdge() {
    }

    /**
     * Normalises µ(E).
     *
     * @param energy strictly increasing energies, eV
     * @param mu     absorption
     * @throws IllegalArgumentException when a range holds too few points or the edge step is not positive
     */
    public static Result normalize(double[] energy, double[] mu, Settings s) {
        if (energy.length != mu.length) {
            throw new IllegalArgumentException("energy has " + energy.length + " points, mu " + mu.length);
        }
        double emin = energy[0];
        double emax = energy[energy.length - 1];
        double e0 = Double.isNaN(s.e0()) ? EdgeEnergy.fromDerivative(energy, mu) : s.e0();
        if (!(e0 > emin && e0 < emax)) {
            throw new IllegalArgumentException("e0 = " + e0 + " eV lies outside the data (" + emin + " to " + emax + " eV)");
        }
        double pre1 = Double.isNaN(s.pre1()) ? Math.max(5 * Math.round((emin - e0) / 5), emin - e0) : s.pre1();
        double pre2 = Double.isNaN(s.pre2()) ? 0.5 * pre1 : s.pre2();
        double norm2 = Double.isNaN(s.norm2()) ? Math.min(5 * Math.round((emax - e0) / 5), emax - e0) : s.norm2();
        double norm1 = Double.isNaN(s.norm1()) ? Math.min(25, 5 * Math.round(norm2 / 15)) : s.norm1();
        if (pre1 > pre2) {
            double t = pre1;
            pre1 = pre2;
            pre2 = t;
        }
        if (norm1 > norm2) {
            double t = norm1;
            norm1 = norm2;
            norm2 = t;
        }
        int nnorm = s.nnorm() >= 0 ? s.nnorm() : norm2 - norm1 >= 300 ? 2 : norm2 - norm1 >= 30 ? 1 : 0;
        nnorm = Math.min(nnorm, 5);
        double nvict = s.nvict();

        int[] pr = range(energy, e0 + pre1, e0 + pre2, 2, "pre-edge [pre1, pre2]");
        double[] weighted = new double[mu.length];
        for (int i = 0; i < mu.length; i++) {
            weighted[i] = nvict == 0 ? mu[i] : mu[i] * Math.pow(energy[i], nvict);
        }
        PolynomialFit line = PolynomialFit.fit(energy, weighted, pr[0], pr[1], 1);
        double[] pre = line.values(energy);
        if (nvict != 0) {
            for (int i = 0; i < pre.length; i++) {
                pre[i] *= Math.pow(energy[i], -nvict);
            }
        }
        int[] nr = range(energy, e0 + norm1, e0 + norm2, nnorm + 1, "normalisation [norm1, norm2]");
        double[] sub = new double[mu.length];
        for (int i = 0; i < mu.length; i++) {
            sub[i] = mu[i] - pre[i];
        }
        PolynomialFit post = PolynomialFit.fit(energy, sub, nr[0], nr[1], nnorm);
        double[] postEdge = new double[mu.length];
        for (int i = 0; i < mu.length; i++) {
            postEdge[i] = pre[i] + post.value(energy[i]);
        }
        double step = Double.isNaN(s.step()) ? post.value(e0) : s.step();
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("edge step " + step + " is not positive: check e0 and the pre-edge and "
                    + "normalisation ranges (pre1 " + pre1 + ", pre2 " + pre2 + ", norm1 " + norm1 + ", norm2 " + norm2 + ")");
        }
        double[] norm = new double[mu.length];
        for (int i = 0; i < mu.length; i++) {
            norm[i] = sub[i] / step;
        }
        PolynomialFit flatFit = PolynomialFit.fit(energy, norm, nr[0], nr[1], nnorm);
        double at0 = flatFit.value(e0);
        double[] flat = norm.clone();
        for (int i = 0; i < mu.length; i++) {
            if (energy[i] >= e0) {
                flat[i] = norm[i] - (flatFit.value(energy[i]) - at0);
            }
        }
        double slope = line.rawCoefficients()[1];
        Settings used = new Settings(e0, pre1, pre2, norm1, norm2, nnorm, nvict, step);
        return new Result(e0, step, used, pre, postEdge, norm, flat, slope);
    }

    /**
     * Indices [from, to) of the energies in [lo, hi], widened to at least {@code min} points.
     *
     * @throws IllegalArgumentException naming {@code what} when the data cannot supply {@code min} points
     */
    public static int[] range(double[] e, double lo, double hi, int min, String what) {
        int from = 0;
        while (from < e.length && e[from] < lo) {
            from++;
        }
        int to = from;
        while (to < e.length && e[to] <= hi) {
            to++;
        }
        if (to - from < min) {
            to = Math.min(e.length, from + min);
            from = Math.max(0, to - min);
        }
        if (to - from < min) {
            throw new IllegalArgumentException("the " + what + " range " + lo + " to " + hi + " eV holds too few points");
        }
        return new int[] {from, to};
    }
}
