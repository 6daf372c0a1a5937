package org.electrocat.mechanism.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.EnergyPath;
import org.electrocat.chart.HouseStyle;
import org.electrocat.mechanism.che.CheAnalysis;
import org.electrocat.mechanism.che.CheCharts;
import org.electrocat.mechanism.che.CheLevels;
import org.electrocat.mechanism.che.ReactionCoordinate;
import org.jfree.chart.JFreeChart;

/**
 * Free-energy (step) diagrams of a {@code mechanism.che} result for the workbench: the pathways a
 * user picks, overlaid on one reaction coordinate, at 0 V, at the applied potential, each at its
 * own limiting potential, or at any potential U (all vs RHE, at the result's pH), with the
 * potential-determining step of each pathway drawn thick. The levels come from the result's
 * {@link CheLevels} curves; another potential only moves each level by its cumulative electron
 * count, G_i(U) = G_i(0 V) + N_i·e·U (computational hydrogen electrode, Nørskov et al.,
 * J. Phys. Chem. B 108 (2004) 17886), as {@link CheLevels.Levels#at} does.
 */
public final class FreeEnergyDiagrams {

    /** Which potential the diagram is drawn at. */
    public enum Kind {
        /** U = 0 V vs RHE. */
        ZERO,
        /** The potential the analysis ran at. */
        APPLIED,
        /** Each pathway at its own limiting potential (every reduction step downhill or level). */
        LIMITING,
        /** A potential the user chose. */
        CUSTOM
    }

    /**
     * The potential of a diagram.
     *
     * @param kind      which one
     * @param potential U in V vs RHE for {@link Kind#CUSTOM} (and, informative, {@link Kind#APPLIED}); else NaN
     */
    public record Condition(Kind kind, double potential) {

        public static Condition zero() {
            return new Condition(Kind.ZERO, 0);
        }

        public static Condition limiting() {
            return new Condition(Kind.LIMITING, Double.NaN);
        }

        /** {@code u} in V vs RHE. */
        public static Condition at(double u) {
            if (!Double.isFinite(u)) {
                throw new IllegalArgumentException("potential must be finite, was " + u + " V");
            }
            return new Condition(Kind.CUSTOM, u);
        }
    }

    private static final Axis ENERGY = Axis.of("ΔG", "eV");

    private FreeEnergyDiagrams() {
    }

    /** True for a {@code mechanism.che} result that carries free-energy levels. */
    public static boolean supports(Result r) {
        return CheAnalysis.ID.equals(r.analysisId()) && !CheLevels.read(r.curves()).isEmpty();
    }

    /** The pathways' levels, in the result's order. */
    public static List<CheLevels.Levels> levels(Result r) {
        return CheLevels.read(r.curves());
    }

    /** The levels of a pathway at the condition, eV. */
    public static double[] energies(CheLevels.Levels l, Condition c) {
        return switch (c.kind()) {
            case ZERO -> l.g0();
            case APPLIED -> l.gU();
            case LIMITING -> Double.isFinite(l.limitingPotential()) ? l.at(l.limitingPotential()) : l.g0();
            case CUSTOM -> l.at(c.potential());
        };
    }

    /** The potential the pathway is drawn at, V vs RHE (NaN when a limiting potential is undefined). */
    public static double potential(CheLevels.Levels l, Condition c) {
        return switch (c.kind()) {
            case ZERO -> 0;
            case APPLIED -> l.potential();
            case LIMITING -> Double.isFinite(l.limitingPotential()) ? l.limitingPotential() : 0;
            case CUSTOM -> c.potential();
        };
    }

    /**
     * The diagram of the chosen pathways.
     *
     * @throws IllegalArgumentException when no pathway is chosen
     */
    public static JFreeChart chart(List<CheLevels.Levels> chosen, Condition c) {
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("choose at least one pathway");
        }
        ReactionCoordinate rc = ReactionCoordinate.merge(chosen.stream().map(CheLevels.Levels::states).toList());
        List<EnergyPath> paths = new ArrayList<>();
        for (CheLevels.Levels l : chosen) {
            String name = c.kind() == Kind.LIMITING
                    ? l.pathway() + ", U_L = " + volts(potential(l, c)) : l.pathway();
            paths.add(new EnergyPath(name, rc.place(l.states(), energies(l, c))));
        }
        JFreeChart chart = Charts.step(title(chosen.get(0), c), ENERGY, rc.labels(), paths);
        for (int i = 0; i < chosen.size(); i++) {
            CheLevels.Levels l = chosen.get(i);
            if (l.pds() >= 0) {
                double[] g = energies(l, c);
                CheCharts.highlight(chart.getXYPlot(), rc.position(l.states(), l.pds()),
                        rc.position(l.states(), l.pds() + 1), g[l.pds()], g[l.pds() + 1], HouseStyle.colour(i),
                        chosen.size() > 1 ? "" : "PDS");
            }
        }
        return chart;
    }

    /** The diagram's title: the potential and the reference scale. */
    static String title(CheLevels.Levels first, Condition c) {
        return switch (c.kind()) {
            case ZERO -> "U = 0 V vs RHE";
            case APPLIED, CUSTOM -> "U = " + volts(potential(first, c)) + " vs RHE";
            case LIMITING -> "Each pathway at its limiting potential (vs RHE)";
        };
    }

    /**
     * The potential-determining step of a pathway, e.g. {@code *NO2 → *NO}, or {@code none}.
     */
    public static String pdsLabel(CheLevels.Levels l) {
        return l.pds() < 0 ? "none" : l.states().get(l.pds()) + " → " + l.states().get(l.pds() + 1);
    }

    /** ΔG of the potential-determining step at the condition, eV (NaN without one). */
    public static double pdsEnergy(CheLevels.Levels l, Condition c) {
        if (l.pds() < 0) {
            return Double.NaN;
        }
        double[] g = energies(l, c);
        return g[l.pds() + 1] - g[l.pds()];
    }

    static String volts(double u) {
        return String.format(Locale.ROOT, "%.2f V", u).replace('-', '−');
    }
}
