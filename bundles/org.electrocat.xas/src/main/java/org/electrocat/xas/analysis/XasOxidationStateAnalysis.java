package org.electrocat.xas.analysis;

import java.util.List;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * {@code xas.oxidation-state}: oxidation states from edge positions. The first inputs are references
 * with known states ({@code states}); a straight line E0 = a + b·state is fitted through them (exact
 * for two), and every further input's state is read off it. Uncertainties propagate an assumed
 * standard uncertainty of every E0 ({@code e0Uncertainty}: energy reproducibility) through the line
 * fit and the read-off, by numerical derivatives.
 */
@Component(service = org.electrocat.api.Analysis.class, property = {"electrocat.id=xas.oxidation-state",
    "electrocat.technique=xas"})
public final class XasOxidationStateAnalysis extends XasAnalysis {

    @Override
    public String id() {
        return "xas.oxidation-state";
    }

    @Override
    public String label() {
        return "Oxidation state from the edge position";
    }

    @Override
    public String description() {
        return "Interpolates (least-squares line through ≥ 2 references) the oxidation state of each sample from its E0 "
                + "between references of known state, e.g. a Ti catalyst between Ti4-iPrOH and TiO2.";
    }

    @Override
    public int minInputs() {
        return 3;
    }

    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return concat(List.of(
                ParameterSpec.numberList("states", "Reference states", "1", null,
                        "Oxidation states of the first inputs (the references), e.g. '3, 4'."),
                ParameterSpec.number("e0Uncertainty", "E0 uncertainty", "eV", 0.2,
                        "Standard uncertainty assumed for every E0 (energy calibration and reproducibility).").range(0, 10)),
                normalisation());
    }

    @Override
    public Result run(AnalysisContext c) {
        double[] states = c.parameters().numbers("states");
        int m = states.length;
        if (m < 2 || c.inputs().size() <= m) {
            throw new IllegalArgumentException("give states for at least 2 references and add at least one sample after "
                    + "them (" + m + " states for " + c.inputs().size() + " inputs)");
        }
        double[] e0 = new double[c.inputs().size()];
        for (int i = 0; i < e0.length; i++) {
            e0[i] = normalize(c.inputs().get(i), c.parameters()).e0();
        }
        double u = c.parameters().number("e0Uncertainty");
        Result.Builder b = Result.builder(this, c);
        Table.Builder t = Table.builder("Edge positions and oxidation states").column("spectrum", null)
                .column("E0", Units.ELECTRONVOLT).column("oxidation state", Units.ONE).column("role", null);
        for (int i = 0; i < e0.length; i++) {
            Dataset d = c.inputs().get(i);
            if (i < m) {
                t.row(d.name(), e0[i], states[i], "reference");
                continue;
            }
            double s = state(states, e0, m, i, -1, 0);
            double var = 0;
            for (int j = 0; j < m; j++) {
                double g = (state(states, e0, m, i, j, 1e-4) - state(states, e0, m, i, j, -1e-4)) / 2e-4;
                var += g * g * u * u;
            }
            double g = (state(states, e0, m, i, i, 1e-4) - state(states, e0, m, i, i, -1e-4)) / 2e-4;
            var += g * g * u * u;
            Quantity q = Quantity.of(s, Math.sqrt(var), Units.ONE);
            b.value("state." + d.id(), "Oxidation state of " + d.name(), q, "E0 = " + e0[i] + " eV");
            t.row(d.name(), e0[i], q, "sample");
            if (s < min(states) || s > max(states)) {
                b.warning("'" + d.name() + "' lies outside the references' range: the state is extrapolated");
            }
        }
        return b.table(t.build()).build();
    }

    /** State of sample i from the least-squares line through the references, with E0[j] moved by h. */
    private static double state(double[] states, double[] e0, int m, int i, int j, double h) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int r = 0; r < m; r++) {
            double y = e0[r] + (r == j ? h : 0);
            sx += states[r];
            sy += y;
            sxx += states[r] * states[r];
            sxy += states[r] * y;
        }
        double slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
        double intercept = (sy - slope * sx) / m;
        if (!(Math.abs(slope) > 0)) {
            throw new IllegalArgumentException("the references' E0 do not change with oxidation state");
        }
        return (e0[i] + (i == j ? h : 0) - intercept) / slope;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
