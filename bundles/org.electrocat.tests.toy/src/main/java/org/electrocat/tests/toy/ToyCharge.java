package org.electrocat.tests.toy;

import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.osgi.service.component.annotations.Component;

/** Charge by trapezoid integration of I dt, times a scale factor; returns the cumulative charge curve. */
@Component(service = Analysis.class, property = {"electrocat.id=toy.charge", "electrocat.technique=toy"})
public final class ToyCharge implements Analysis {
    @Override
    public String id() {
        return "toy.charge";
    }

    @Override
    public String label() {
        return "Toy charge";
    }

    @Override
    public String technique() {
        return "toy";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Trapezoid integral of the current over time.";
    }

    @Override
    public List<String> inputKinds() {
        return List.of(DatasetKind.TIME_SERIES);
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.number("scale", "Scale", "1", 1.0, "multiplies the charge").range(0, 100));
    }

    @Override
    public Result run(AnalysisContext c) {
        Dataset d = c.single();
        double[] t = d.require("t").array();
        double[] i = d.require("I").array();
        double[] q = new double[t.length];
        for (int k = 1; k < t.length; k++) {
            q[k] = q[k - 1] + 0.5 * (i[k] + i[k - 1]) * (t[k] - t[k - 1]);
        }
        double scale = c.parameters().number("scale");
        return Result.builder(this, c)
                .value("q", "Charge", Quantity.of(q[q.length - 1] * scale, Units.COULOMB))
                .curve(Dataset.builder("cumulative-charge", DatasetKind.TIME_SERIES).column("t", Units.SECOND, t)
                        .column("Q", Units.COULOMB, q).build())
                .build();
    }
}
