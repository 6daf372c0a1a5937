package org.electrocat.vibspec.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.vibspec.bands.BandAssignment;
import org.electrocat.vibspec.bands.BandLibrary;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.process.Arrays1;
import org.electrocat.vibspec.process.peaks.BandFitter;
import org.electrocat.vibspec.process.peaks.PeakFit;
import org.electrocat.vibspec.process.peaks.PeakShape;
import org.osgi.service.component.annotations.Component;

/**
 * Compares samples band by band: each band (given, or detected in the first sample) is fitted in
 * every sample, and its shift against the first sample is reported with the standard error
 * √(SE₁² + SE₂²) and the ratio |shift|/SE, e.g. the paper's metal–S 247 → 251 cm⁻¹ (Raman) and
 * phenyl–O–Ti 878 → 872 cm⁻¹ (IR) on forming the heterodimer. The fitted spectra are kept as curves for
 * the stacked overlay.
 */
@Component(service = Analysis.class, property = {"electrocat.id=vibspec.compare", "electrocat.technique=vibspec"})
public final class CompareAnalysis extends VibspecAnalysis {

    public CompareAnalysis() {
        super("vibspec.compare", "Sample comparison (band shifts)",
                "Fits each band in every sample and reports its position, width and area, and the shift from the first "
                + "sample with standard error sqrt(SE1^2 + SE2^2); |shift|/SE above 2 marks a significant shift.");
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> p = new ArrayList<>(PeaksAnalysis.detectionSpecs());
        p.addAll(PeaksAnalysis.fitSpecs(15.0, "How far a band may lie from its position in the first sample"));
        p.addAll(BandLibraries.specs());
        return p;
    }

    @Override
    public Result run(AnalysisContext ctx) {
        Parameters p = ctx.parameters();
        List<Spectrum> samples = SpectrumAnalyses.spectra(ctx);
        if (samples.size() < 2) {
            throw new IllegalArgumentException("comparing samples needs at least 2 spectra, got " + samples.size());
        }
        PeakShape shape = PeakShape.parse(p.choice("shape"));
        Spectrum first = samples.get(0);
        boolean down = PeaksAnalysis.down(p.choice("direction"), first);
        int sign = down ? -1 : 1;
        List<BandFitter.Start> starts = PeaksAnalysis.starts(p, first, down ? Arrays1.negate(first.y()) : first.y());
        Result.Builder r = Result.builder(this, ctx);
        if (starts.isEmpty()) {
            r.warning("no bands found in the first sample (lower the prominence or give positions)");
            return r.build();
        }
        BandLibrary library = BandLibraries.load(p.text("library"));
        String technique = BandLibraries.technique(p.choice("assignTechnique"), first);
        Provenance prov = SpectrumAnalyses.provenance(this, ctx);
        List<List<PeakFit.FittedPeak>> fits = new ArrayList<>();
        for (int k = 0; k < samples.size(); k++) {
            ctx.monitor().checkCancelled();
            Spectrum s = samples.get(k);
            double[] y = down ? Arrays1.negate(s.y()) : s.y();
            BandFitter.Fits f = BandFitter.fit(s.x(), y, starts, shape, p.number("window"), p.number("maxShift"), false);
            f.warnings().forEach(w -> r.warning(s.label() + ": " + w));
            fits.add(f.byStart());
            Processed c = PeaksAnalysis.curves(s, f, sign);
            r.curve(c.spectrum().toDataset("sample" + (k + 1), prov, columns(c)));
        }
        Table.Builder t = Table.builder("Band positions and shifts against " + first.label()).column("band", null)
                .column("sample", null).column("position", first.xUnit()).column("shift", first.xUnit())
                .column("|shift|/SE", null).column("FWHM", first.xUnit()).column("area", null);
        for (int b = 0; b < starts.size(); b++) {
            PeakFit.FittedPeak ref = fits.get(0).get(b);
            double at = ref != null ? ref.position() : starts.get(b).position();
            String band = String.format(Locale.ROOT, "%.0f", at) + " " + BandAssignment.describe(
                    BandAssignment.matches(library, at, ref == null ? Double.NaN : ref.positionSE(), sign, technique,
                            p.number("tolerance")));
            for (int k = 0; k < samples.size(); k++) {
                Spectrum s = samples.get(k);
                PeakFit.FittedPeak f = fits.get(k).get(b);
                if (f == null) {
                    t.row(band, s.label(), "not fitted", "", "", "", "");
                    continue;
                }
                Object shift = "";
                Object z = "";
                if (k > 0 && ref != null) {
                    double d = f.position() - ref.position();
                    double se = Math.hypot(f.positionSE(), ref.positionSE());
                    shift = Quantity.of(d, se, s.xUnit());
                    z = String.format(Locale.ROOT, "%.1f", Math.abs(d) / se);
                    if (samples.size() == 2) {
                        r.value(String.format(Locale.ROOT, "shift_%.0f", at), "Shift of the band at "
                                + String.format(Locale.ROOT, "%.0f", at) + " " + s.xUnit().symbol() + " ("
                                + s.label() + " − " + first.label() + ")", (Quantity) shift,
                                Math.abs(d) > 2 * se ? "significant (> 2 SE)" : "within 2 SE");
                    }
                }
                t.row(band, s.label(), Quantity.of(f.position(), f.positionSE(), s.xUnit()), shift, z,
                        Quantity.of(f.fwhm(), f.fwhmSE(), s.xUnit()),
                        Quantity.of(sign * f.area(), f.areaSE(), s.yUnit().times(s.xUnit())));
            }
        }
        return r.table(t.build()).build();
    }

    private static org.electrocat.core.model.Column[] columns(Processed c) {
        List<org.electrocat.core.model.Column> out = new ArrayList<>();
        c.extra().forEach((name, e) -> out.add(new org.electrocat.core.model.Column(name, e.unit(), e.values())));
        return out.toArray(new org.electrocat.core.model.Column[0]);
    }
}
