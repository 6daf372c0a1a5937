package org.electrocat.mechanism.kinetics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.potential.PotentialConverter;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;

/**
 * Measured FE from the curves of an {@code echem.fe-map} step of the study: one table per product
 * (metadata {@code product}, columns {@code E} with scale, {@code catalyst} index into the metadata
 * {@code catalysts} list, {@code FE} in %, {@code sd} in %, {@code n}). The rows of one catalyst are
 * gathered into a {@link MeasuredSelectivity}; potentials that agree within 0.1 mV are one point, and
 * the pooled SD (or a single run's propagated uncertainty) becomes the point's uncertainty.
 */
final class MeasuredFeMap {

    private static final double SAME_POTENTIAL = 1e-4;

    private MeasuredFeMap() {
    }

    /** True when the datasets look like fe-map curves. */
    static boolean applies(List<Dataset> inputs) {
        return !inputs.isEmpty() && inputs.stream().allMatch(d -> d.meta("product").isPresent()
                && d.column("FE").isPresent());
    }

    /**
     * @param catalyst catalyst to take; may be empty when the curves hold one catalyst only
     */
    static MeasuredSelectivity of(List<Dataset> curves, String catalyst, PotentialScale modelScale, double pH,
            double temperature) {
        PotentialConverter conv = new PotentialConverter(pH, temperature);
        List<String> notes = new ArrayList<>();
        TreeSet<Double> potentials = new TreeSet<>();
        List<double[][]> rows = new ArrayList<>();
        List<Product> products = new ArrayList<>();
        for (Dataset d : curves) {
            String what = "fe-map curve '" + d.id() + "'";
            Product p = Product.fromColumn(d.meta("product").orElseThrow());
            if (p == null) {
                notes.add(what + ": product '" + d.meta("product").orElseThrow() + "' is not in the cascade model;"
                        + " ignored");
                continue;
            }
            if (products.contains(p)) {
                throw new IllegalArgumentException(what + ": FE of " + p.label() + " given twice");
            }
            Column e = d.potential().orElseThrow(() -> new IllegalArgumentException(what
                    + " has no potential column with a reference scale"));
            List<String> catalysts = List.of(d.meta("catalysts").orElse("").split("\\|"));
            int index = catalystIndex(catalysts, catalyst, what);
            double[] ev = conv.convert(e.valuesIn(Units.VOLT), e.scale(), modelScale);
            double[] fe = d.require("FE").valuesIn(Units.ONE);
            double[] sd = d.column("sd").map(c -> c.valuesIn(Units.ONE)).orElse(new double[fe.length]);
            double[] cat = d.column("catalyst").map(Column::array).orElse(new double[fe.length]);
            List<double[]> mine = new ArrayList<>();
            for (int i = 0; i < fe.length; i++) {
                if (cat[i] == index && Double.isFinite(fe[i])) {
                    mine.add(new double[] {ev[i], fe[i], sd[i] > 0 ? sd[i] : Double.NaN});
                    if (potentials.isEmpty() || Math.abs(nearest(potentials, ev[i]) - ev[i]) > SAME_POTENTIAL) {
                        potentials.add(ev[i]);
                    }
                }
            }
            products.add(p);
            rows.add(mine.toArray(new double[0][]));
        }
        if (products.isEmpty()) {
            throw new IllegalArgumentException("the fe-map curves hold no product of the cascade model (CHOX, NH2OH,"
                    + " NO2-, NH3/NH4+, H2)");
        }
        double[] e = potentials.stream().mapToDouble(Double::doubleValue).toArray();
        Map<Product, double[]> fe = new EnumMap<>(Product.class);
        Map<Product, double[]> feU = new EnumMap<>(Product.class);
        for (int k = 0; k < products.size(); k++) {
            double[] v = new double[e.length];
            double[] u = new double[e.length];
            Arrays.fill(v, Double.NaN);
            Arrays.fill(u, Double.NaN);
            for (double[] r : rows.get(k)) {
                int j = indexOf(e, r[0]);
                v[j] = r[1];
                u[j] = r[2];
            }
            fe.put(products.get(k), v);
            feU.put(products.get(k), u);
        }
        return new MeasuredSelectivity(e, fe, feU, null, null, List.copyOf(notes));
    }

    private static int catalystIndex(List<String> catalysts, String wanted, String what) {
        if (wanted.isBlank()) {
            if (catalysts.size() != 1) {
                throw new IllegalArgumentException(what + " holds the catalysts " + catalysts
                        + "; say which one to fit with the parameter 'catalyst'");
            }
            return 0;
        }
        int i = catalysts.indexOf(wanted.trim());
        if (i < 0) {
            throw new IllegalArgumentException(what + ": no catalyst '" + wanted.trim() + "'; it has " + catalysts);
        }
        return i;
    }

    private static double nearest(TreeSet<Double> set, double v) {
        Double lo = set.floor(v);
        Double hi = set.ceiling(v);
        if (lo == null) {
            return hi;
        }
        if (hi == null) {
            return lo;
        }
        return v - lo < hi - v ? lo : hi;
    }

    private static int indexOf(double[] e, double v) {
        int best = 0;
        for (int i = 1; i < e.length; i++) {
            if (Math.abs(e[i] - v) < Math.abs(e[best] - v)) {
                best = i;
            }
        }
        return best;
    }
}
