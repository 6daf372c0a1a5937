package org.electrocat.vibspec.analysis;

import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.vibspec.process.CosmicSpikes;
import org.osgi.service.component.annotations.Component;

/** Cosmic-ray spike removal ({@link CosmicSpikes}: Whitaker &amp; Hayes 2018) on every spectrum. */
@Component(service = Analysis.class, property = {"electrocat.id=vibspec.despike", "electrocat.technique=vibspec"})
public final class DespikeAnalysis extends VibspecAnalysis {

    public DespikeAnalysis() {
        super("vibspec.despike", "Cosmic-spike removal",
                "Removes cosmic-ray spikes from Raman spectra: points whose first difference has a modified z-score "
                + "(0.6745 (d - median)/MAD) above the threshold are replaced by the mean of the clean points within "
                + "the window. D. A. Whitaker, K. Hayes, Chemom. Intell. Lab. Syst. 179 (2018) 82.");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.number("threshold", "z-score threshold", "1", 7.0,
                        "Modified z-score of a first difference above which it is a spike (paper: 7); lower finds more")
                        .range(1e-3, 1e6),
                ParameterSpec.integer("window", "Replacement half window", 3,
                        "Points on each side whose non-spike values are averaged to replace a spike (paper's m)")
                        .range(1, 1000));
    }

    @Override
    public Result run(AnalysisContext ctx) {
        double threshold = ctx.parameters().number("threshold");
        int window = ctx.parameters().integer("window");
        Table.Builder spikes = Table.builder("Spikes removed").column("spectrum", null).column("position", null)
                .column("intensity before", null).column("intensity after", null);
        int[] total = new int[1];
        Result.Builder r = SpectrumAnalyses.process(this, ctx, (s, w) -> {
            CosmicSpikes.Result c = CosmicSpikes.remove(s.y(), threshold, window);
            for (int i : c.spikes()) {
                spikes.row(s.label(), Quantity.of(s.x()[i], s.xUnit()), Quantity.of(s.y()[i], s.yUnit()),
                        Quantity.of(c.cleaned()[i], s.yUnit()));
            }
            total[0] += c.spikes().length;
            return Processed.withRaw(s.withY(c.cleaned()), s);
        });
        r.value("spikes", "Spike points replaced", Quantity.of(total[0], Units.ONE));
        return r.table(spikes.build()).build();
    }
}
