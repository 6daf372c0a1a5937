package org.electrocat.xas.analysis;

import java.util.List;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.xas.xanes.PreEdge;
import org.osgi.service.component.annotations.Component;

/**
 * {@code xas.calibrate}: energy calibration against a reference foil. The first input is the foil;
 * its E0 (derivative maximum unless given) is compared with the tabulated edge energy, and every
 * input's energies are shifted by the difference (the foil measured with the samples, as Athena's
 * reference channel).
 */
@Component(service = org.electrocat.api.Analysis.class, property = {"electrocat.id=xas.calibrate",
    "electrocat.technique=xas"})
public final class XasCalibrateAnalysis extends XasAnalysis {

    @Override
    public String id() {
        return "xas.calibrate";
    }

    @Override
    public String label() {
        return "XAS energy calibration against a reference foil";
    }

    @Override
    public String description() {
        return "Shifts all energies so that the reference foil's E0 (first input) equals its tabulated edge energy "
                + "(e.g. Ti K 4966.0 eV, Cu K 8979.0 eV; J. A. Bearden, A. F. Burr, Rev. Mod. Phys. 39 (1967) 125).";
    }

    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return concat(List.of(ParameterSpec.number("referenceE0", "Tabulated edge energy", "eV", null,
                "Edge energy of the foil's element, e.g. 4966.0 for the Ti K edge.").range(10, 2e5)), normalisation());
    }

    @Override
    public Result run(AnalysisContext c) {
        Dataset foil = c.inputs().get(0);
        PreEdge.Result r = normalize(foil, c.parameters());
        double shift = c.parameters().number("referenceE0") - r.e0();
        Result.Builder b = Result.builder(this, c)
                .value("foil-e0", "Measured E0 of " + foil.name(), Quantity.of(r.e0(), Units.ELECTRONVOLT))
                .value("shift", "Energy shift", Quantity.of(shift, Units.ELECTRONVOLT), "added to every energy");
        if (Math.abs(shift) > 20) {
            b.warning("a shift of " + shift + " eV is large: is the reference energy for this element and edge?");
        }
        for (Dataset d : c.inputs()) {
            Column e = d.require("energy");
            double[] v = e.values();
            for (int i = 0; i < v.length; i++) {
                v[i] += shift;
            }
            b.curve(d.toBuilder().id(d.id() + "-calibrated").column(e.withValues(v, e.unit()))
                    .meta("xas.energy-calibration", shift + " eV against " + foil.name()).build());
        }
        return b.build();
    }
}
