package org.electrocat.mechanism.che;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.units.Units;
import org.electrocat.mechanism.network.Pathway;

/**
 * The free-energy levels of one pathway as a result curve (kind {@link #KIND}), which the
 * free-energy diagram charts draw: columns {@code state} (index), {@code G0} (level at 0 V vs RHE, eV)
 * {@code GU} (level at the applied U, eV) and {@code electrons} (electrons consumed from the first state
 * up to this one, so that G_i(U′) = G_i(0) + N_i·U′); metadata {@code pathway}, {@code state.<i>} labels,
 * {@code pds} and {@code largest} step indices, {@code potential} (V vs RHE), {@code pH},
 * {@code limitingPotential} (V vs RHE) and {@code illustrative}.
 */
public final class CheLevels {

    /** Result-curve kind of free-energy levels. */
    public static final String KIND = "free-energy-levels";

    /**
     * One pathway's levels read back from a result curve.
     *
     * @param pathway  {@code catalyst (site)}
     * @param states   state labels
     * @param g0       levels at 0 V vs RHE, eV
     * @param gU       levels at U, eV
     * @param electrons cumulative electrons consumed up to each state
     * @param pds      potential-determining step (from state pds to pds + 1), −1 when none
     * @param largest  largest step at U
     * @param potential U in V vs RHE
     * @param limitingPotential U_L in V vs RHE (NaN when none)
     * @param illustrative whether illustrative values are involved
     */
    public record Levels(String pathway, List<String> states, double[] g0, double[] gU, double[] electrons, int pds,
            int largest, double potential, double limitingPotential, boolean illustrative) {

        /** Levels at another potential {@code u} (V vs RHE, same pH). */
        public double[] at(double u) {
            double[] g = new double[g0.length];
            for (int i = 0; i < g.length; i++) {
                g[i] = g0[i] + electrons[i] * u;
            }
            return g;
        }
    }

    private CheLevels() {
    }

    /** A value-key-safe form of the pathway name, e.g. {@code Ti4-iPrOH_Ti}. */
    static String key(Pathway p) {
        return p.name().replaceAll("[^A-Za-z0-9.+-]+", "_").replaceAll("^_+|_+$", "");
    }

    static Dataset dataset(PathwayEnergetics e) {
        Pathway p = e.pathway();
        int n = p.states().size();
        double[] idx = new double[n];
        double[] cumulative = new double[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            cumulative[i] = i == 0 ? 0 : cumulative[i - 1] + p.steps().get(i - 1).electrons();
        }
        Dataset.Builder b = Dataset.builder("levels-" + key(p).toLowerCase(Locale.ROOT), KIND).name(p.name())
                .column(new Column("state", Units.ONE, idx))
                .column(new Column("G0", Units.ELECTRONVOLT, e.levels0()))
                .column(new Column("GU", Units.ELECTRONVOLT, e.levelsU()))
                .column(new Column("electrons", Units.ONE, cumulative))
                .meta("pathway", p.name()).meta("pds", String.valueOf(e.pds()))
                .meta("largest", String.valueOf(e.largestStep())).meta("potential", Double.toString(e.potential()))
                .meta("potential.scale", "RHE").meta("pH", Double.toString(e.pH()))
                .meta("limitingPotential", Double.toString(e.limitingPotential()))
                .meta("illustrative", String.valueOf(p.illustrative()));
        for (int i = 0; i < n; i++) {
            b.meta("state." + i, p.states().get(i));
        }
        return b.build();
    }

    /** The levels of every {@link #KIND} curve of a result, in order. */
    public static List<Levels> read(List<Dataset> curves) {
        List<Levels> out = new ArrayList<>();
        for (Dataset d : curves) {
            if (!KIND.equals(d.kind())) {
                continue;
            }
            List<String> states = new ArrayList<>();
            for (int i = 0; i < d.rows(); i++) {
                states.add(d.meta("state." + i).orElse("S" + i));
            }
            out.add(new Levels(d.meta("pathway").orElse(d.name()), states, d.require("G0").values(),
                    d.require("GU").values(), d.require("electrons").values(), Integer.parseInt(d.meta("pds").orElse("-1")),
                    Integer.parseInt(d.meta("largest").orElse("-1")),
                    Double.parseDouble(d.meta("potential").orElse("0")),
                    Double.parseDouble(d.meta("limitingPotential").orElse("NaN")),
                    Boolean.parseBoolean(d.meta("illustrative").orElse("false"))));
        }
        return out;
    }
}
