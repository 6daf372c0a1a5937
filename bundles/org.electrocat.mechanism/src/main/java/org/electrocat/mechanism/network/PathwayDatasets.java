package org.electrocat.mechanism.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Units;

/**
 * A {@link Pathway} as a {@link Dataset}, the form in which it travels between readers, analyses and
 * studies. Kind {@link #KIND}; one row per step in reaction order with columns {@code dG} (eV, at the
 * reference conditions), {@code electrons}, {@code protons} (consumed) and {@code illustrative}
 * (0 or 1). Metadata: {@code catalyst}, {@code site}, {@code states} (count), {@code state.<i>}
 * (labels), {@code state.<i>.illustrative}, {@code step.<k>.type}, {@code step.<k>.line},
 * {@code initialLevel} (eV), {@code reference.potential} (V vs RHE), {@code reference.pH},
 * {@code reference.temperature} (K), {@code energyBasis}, {@code network.title}, {@code source},
 * {@code illustrative} (true when any value is illustrative) and {@code illustrative.note}.
 */
public final class PathwayDatasets {

    /** Dataset kind of a reaction pathway. */
    public static final String KIND = "free-energy-pathway";

    private PathwayDatasets() {
    }

    /** One dataset per pathway of the network, named {@code catalyst (site)}. */
    public static List<Dataset> of(ReactionNetwork network, Provenance provenance) {
        List<Dataset> out = new ArrayList<>();
        for (Pathway p : network.pathways()) {
            out.add(of(p, network, provenance));
        }
        return out;
    }

    static Dataset of(Pathway p, ReactionNetwork network, Provenance provenance) {
        int n = p.steps().size();
        double[] dg = new double[n];
        double[] el = new double[n];
        double[] pr = new double[n];
        double[] il = new double[n];
        Dataset.Builder b = Dataset.builder(id(p.name()), KIND).name(p.name()).provenance(provenance)
                .meta("catalyst", p.catalyst()).meta("site", p.site())
                .meta("states", String.valueOf(p.states().size()))
                .meta("initialLevel", num(p.initialLevel()))
                .meta("reference.potential", num(p.reference().potentialRhe()))
                .meta("reference.scale", "RHE")
                .meta("reference.pH", num(p.reference().pH()))
                .meta("reference.temperature", num(p.reference().temperature()))
                .meta("energyBasis", network.basis().keyword())
                .meta("network.title", network.title()).meta("source", network.source())
                .meta("illustrative", String.valueOf(p.illustrative()))
                .meta("illustrative.note", network.illustrativeNote());
        for (int i = 0; i < p.states().size(); i++) {
            b.meta("state." + i, p.states().get(i));
            b.meta("state." + i + ".illustrative", String.valueOf(p.illustrativeStates().get(i)));
        }
        for (int k = 0; k < n; k++) {
            PathwayStep s = p.steps().get(k);
            dg[k] = s.dGReference();
            el[k] = s.electrons();
            pr[k] = s.protons();
            il[k] = s.illustrative() ? 1 : 0;
            b.meta("step." + k + ".type", s.kind().keyword());
            b.meta("step." + k + ".line", String.valueOf(s.line()));
        }
        return b.column(new Column("dG", Units.ELECTRONVOLT, dg)).column(new Column("electrons", Units.ONE, el))
                .column(new Column("protons", Units.ONE, pr)).column(new Column("illustrative", Units.ONE, il))
                .build();
    }

    /**
     * Reads a pathway back from its dataset.
     *
     * @throws IllegalArgumentException naming the dataset and the column or key that is missing or bad
     */
    public static Pathway pathway(Dataset d) {
        String what = "dataset '" + d.id() + "'";
        if (!KIND.equals(d.kind())) {
            throw new IllegalArgumentException(what + " is a " + d.kind() + ", not a " + KIND
                    + " (read a reaction-network file with the mechanism readers)");
        }
        Map<String, String> m = d.metadata();
        double[] dg = d.require("dG").valuesIn(Units.ELECTRONVOLT);
        double[] el = d.require("electrons").array();
        double[] pr = d.require("protons").array();
        double[] il = d.column("illustrative").map(c -> c.array()).orElse(new double[dg.length]);
        int states = (int) number(m, "states", what);
        if (states != dg.length + 1) {
            throw new IllegalArgumentException(what + ": " + states + " states for " + dg.length + " steps");
        }
        List<String> labels = new ArrayList<>();
        List<Boolean> flags = new ArrayList<>();
        for (int i = 0; i < states; i++) {
            labels.add(required(m, "state." + i, what));
            flags.add(Boolean.parseBoolean(m.getOrDefault("state." + i + ".illustrative", "false")));
        }
        List<PathwayStep> steps = new ArrayList<>();
        for (int k = 0; k < dg.length; k++) {
            StepKind kind = StepKind.parse(required(m, "step." + k + ".type", what));
            if (kind == null || el[k] != Math.rint(el[k]) || pr[k] != Math.rint(pr[k])) {
                throw new IllegalArgumentException(what + ": step " + k + " has a bad type or electron/proton count");
            }
            int line = (int) Double.parseDouble(m.getOrDefault("step." + k + ".line", "-1"));
            steps.add(new PathwayStep(kind, (int) el[k], (int) pr[k], dg[k], il[k] != 0, line));
        }
        CheReference ref = new CheReference(number(m, "reference.potential", what), number(m, "reference.pH", what),
                number(m, "reference.temperature", what));
        return new Pathway(required(m, "catalyst", what), m.getOrDefault("site", ""), labels, flags, steps,
                number(m, "initialLevel", what), ref);
    }

    private static String required(Map<String, String> m, String key, String what) {
        String v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException(what + ": metadata '" + key + "' is missing");
        }
        return v;
    }

    private static double number(Map<String, String> m, String key, String what) {
        String v = required(m, key, what);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": metadata '" + key + "' = '" + v + "' is not a number");
        }
    }

    private static String num(double v) {
        return Double.toString(v);
    }

    private static String id(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.+-]+", "_").replaceAll("^_+|_+$", "");
    }
}
