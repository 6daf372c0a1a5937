package org.electrocat.xas.analysis;

import java.util.List;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.xas.io.XasSpectra;
import org.electrocat.xas.xanes.PreEdge;
import org.osgi.service.component.annotations.Component;

/** {@code xas.normalize}: E0, edge step and normalised/flattened µ(E) of every input ({@link PreEdge}). */
@Component(service = org.electrocat.api.Analysis.class, property = {"electrocat.id=xas.normalize",
    "electrocat.technique=xas"})
public final class XasNormalizeAnalysis extends XasAnalysis {

    @Override
    public String id() {
        return "xas.normalize";
    }

    @Override
    public String label() {
        return "XANES normalisation";
    }

    @Override
    public String description() {
        return "Pre-edge line and post-edge polynomial normalisation with Larch's pre_edge names and defaults (pre1, "
                + "pre2, norm1, norm2, nnorm, nvict, e0); E0 at the maximum of dµ/dE (glitch-guarded, parabola-refined) "
                + "or by the half-edge rule; edge step at E0; flattened spectrum.";
    }

    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return normalisation();
    }

    @Override
    public Result run(AnalysisContext c) {
        Result.Builder b = Result.builder(this, c);
        Table.Builder t = Table.builder("Normalisation").column("spectrum", null).column("E0", Units.ELECTRONVOLT)
                .column("edge step", Units.ONE).column("pre1", Units.ELECTRONVOLT).column("pre2", Units.ELECTRONVOLT)
                .column("norm1", Units.ELECTRONVOLT).column("norm2", Units.ELECTRONVOLT).column("nnorm", Units.ONE);
        for (Dataset d : c.inputs()) {
            c.monitor().checkCancelled();
            PreEdge.Result r = normalize(d, c.parameters());
            PreEdge.Settings u = r.used();
            b.value("e0." + d.id(), "E0 of " + d.name(), Quantity.of(r.e0(), Units.ELECTRONVOLT),
                    c.parameters().number("e0") != 0 ? "given" : c.parameters().choice("e0Method"));
            b.value("step." + d.id(), "Edge step of " + d.name(), Quantity.of(r.edgeStep(), Units.ONE));
            t.row(d.name(), r.e0(), r.edgeStep(), u.pre1(), u.pre2(), u.norm1(), u.norm2(), u.nnorm());
            b.curve(curves(d, r));
        }
        return b.table(t.build()).build();
    }

    static Dataset curves(Dataset d, PreEdge.Result r) {
        return Dataset.builder(d.id() + "-norm", DatasetKind.SPECTRUM).name(d.name()).provenance(d.provenance())
                .column(d.require(XasSpectra.ENERGY)).column(d.require(XasSpectra.MU))
                .column("pre_edge", Units.ONE, r.preEdge()).column("post_edge", Units.ONE, r.postEdge())
                .column("norm", Units.ONE, r.norm()).column("flat", Units.ONE, r.flat())
                .meta("technique", "xas").meta("xas.curves", "norm").meta("xas.e0", String.valueOf(r.e0()))
                .meta("xas.edge-step", String.valueOf(r.edgeStep())).build();
    }
}
