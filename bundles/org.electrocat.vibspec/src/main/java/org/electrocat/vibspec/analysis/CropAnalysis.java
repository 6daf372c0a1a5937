package org.electrocat.vibspec.analysis;

import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.vibspec.model.Spectrum;
import org.osgi.service.component.annotations.Component;

/** Keeps the part of every spectrum with xmin ≤ x ≤ xmax (either axis direction). */
@Component(service = Analysis.class, property = {"electrocat.id=vibspec.crop", "electrocat.technique=vibspec"})
public final class CropAnalysis extends VibspecAnalysis {

    public CropAnalysis() {
        super("vibspec.crop", "Crop",
                "Keeps the points with xmin <= x <= xmax (in the spectrum's x unit), e.g. the fingerprint region "
                + "or the range below the detector cut-off.");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.number("xmin", "x min", "cm-1", null, "Lowest x kept, in the spectrum's x unit"),
                ParameterSpec.number("xmax", "x max", "cm-1", null, "Highest x kept, in the spectrum's x unit"));
    }

    @Override
    public Result run(AnalysisContext ctx) {
        double lo = Math.min(ctx.parameters().number("xmin"), ctx.parameters().number("xmax"));
        double hi = Math.max(ctx.parameters().number("xmin"), ctx.parameters().number("xmax"));
        return SpectrumAnalyses.process(this, ctx, (s, w) -> new Processed(crop(s, lo, hi), new java.util.LinkedHashMap<>()))
                .build();
    }

    /** The points of s inside [lo, hi]. */
    static Spectrum crop(Spectrum s, double lo, double hi) {
        int n = 0;
        for (double v : s.x()) {
            n += v >= lo && v <= hi ? 1 : 0;
        }
        if (n < 3) {
            throw new IllegalArgumentException("spectrum '" + s.name() + "' has " + n + " points in [" + lo + ", " + hi
                    + "] " + s.xUnit().symbol() + "; its x runs from " + s.x()[0] + " to " + s.x()[s.size() - 1]);
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0, k = 0; i < s.size(); i++) {
            if (s.x()[i] >= lo && s.x()[i] <= hi) {
                x[k] = s.x()[i];
                y[k++] = s.y()[i];
            }
        }
        return s.withXY(s.xName(), s.xUnit(), x, y);
    }
}
