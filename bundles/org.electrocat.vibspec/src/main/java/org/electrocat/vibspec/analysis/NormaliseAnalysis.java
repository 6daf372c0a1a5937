package org.electrocat.vibspec.analysis;

import java.util.List;
import java.util.Locale;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.vibspec.process.Normalisation;
import org.osgi.service.component.annotations.Component;

/** Intensity normalisation ({@link Normalisation}: max, area, band, SNV) of every spectrum. */
@Component(service = Analysis.class, property = {"electrocat.id=vibspec.normalise", "electrocat.technique=vibspec"})
public final class NormaliseAnalysis extends VibspecAnalysis {

    public NormaliseAnalysis() {
        super("vibspec.normalise", "Normalisation",
                "Scales each spectrum: max (to a maximum of 1), area (to unit integral over x), band (to the maximum "
                + "inside [bandLow, bandHigh], an internal standard) or snv (standard normal variate, Barnes et al., "
                + "Appl. Spectrosc. 43 (1989) 772).");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.choice("method", "Method", "max", List.of("max", "area", "band", "snv"),
                        "max, area (unit integral), band (maximum in the band window) or snv"),
                ParameterSpec.number("bandLow", "Band window low", "cm-1", 0.0,
                        "Lower edge of the band window (method band), in the spectrum's x unit"),
                ParameterSpec.number("bandHigh", "Band window high", "cm-1", 0.0,
                        "Upper edge of the band window (method band), in the spectrum's x unit"));
    }

    @Override
    public Result run(AnalysisContext ctx) {
        Normalisation.Method method = Normalisation.Method.valueOf(ctx.parameters().choice("method")
                .toUpperCase(Locale.ROOT));
        double lo = ctx.parameters().number("bandLow");
        double hi = ctx.parameters().number("bandHigh");
        if (method == Normalisation.Method.BAND && lo == hi) {
            throw new IllegalArgumentException("method band needs a band window: give bandLow and bandHigh");
        }
        return SpectrumAnalyses.process(this, ctx, (s, w) -> {
            double[] y = Normalisation.apply(method, s.x(), s.y(), lo, hi);
            Unit unit = method == Normalisation.Method.AREA ? s.xUnit().pow(-1) : Units.ONE;
            String name = method == Normalisation.Method.SNV ? s.yName() + " (SNV)" : s.yName() + " (normalised)";
            return Processed.withRaw(s.withY(name, unit, y), s);
        }).build();
    }
}
