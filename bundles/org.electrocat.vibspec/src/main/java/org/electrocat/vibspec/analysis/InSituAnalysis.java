package org.electrocat.vibspec.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.math.fit.LinearFitResult;
import org.electrocat.vibspec.bands.BandAssignment;
import org.electrocat.vibspec.bands.BandLibrary;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumKeys;
import org.electrocat.vibspec.model.SpectrumSeries;
import org.electrocat.vibspec.process.insitu.BandTracking;
import org.electrocat.vibspec.process.insitu.DifferenceSpectra;
import org.electrocat.vibspec.process.peaks.BandFitter;
import org.electrocat.vibspec.process.peaks.PeakFit;
import org.electrocat.vibspec.process.peaks.PeakShape;
import org.osgi.service.component.annotations.Component;

/**
 * In situ Raman / ATR-IR series against electrode potential: difference spectra against the spectrum
 * at a reference potential ({@link DifferenceSpectra}), bands found in them (or given) and tracked
 * through every spectrum and difference spectrum ({@link BandTracking}) — position, height and area
 * with standard errors against potential, the position's tuning rate, and whether the band grows or
 * is consumed (a significantly negative difference band, as the nitrate band at 1438–1440 cm⁻¹ in
 * the reference paper's ATR-IR), each band assigned against the band library.
 *
 * <p>Curves: the spectra as a series ({@code spectra}), the difference spectra ({@code difference})
 * and the tracking table in long form ({@code tracking}: E, band, position, height, area and their
 * standard errors, Δarea), each with potentials carrying their reference scale.
 */
@Component(service = Analysis.class, property = {"electrocat.id=vibspec.insitu", "electrocat.technique=vibspec"})
public final class InSituAnalysis extends VibspecAnalysis {

    public InSituAnalysis() {
        super("vibspec.insitu", "In situ series against potential",
                "Difference spectra I(E) - I(E_ref); bands found in them (or given) are fitted in every spectrum and "
                + "difference spectrum: position, height and area vs potential with standard errors, the tuning rate "
                + "d(position)/dE (weighted line), and growth or consumption (difference area beyond 2 SE; negative = "
                + "consumed).");
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> p = new ArrayList<>(SeriesInputs.specs());
        p.add(ParameterSpec.text("referencePotential", "Reference potential", "",
                "Potential of the reference spectrum for the differences (nearest spectrum taken), e.g. -0.2 V; "
                        + "empty: the first spectrum"));
        p.add(SpectrumAnalyses.positions("positions", "Band positions",
                "Bands to track (cm-1, e.g. '1045, 1284, 1440'); empty: detect them in the difference spectra"));
        p.add(ParameterSpec.number("fwhmGuess", "Start width", "cm-1", 12.0, "Starting FWHM for given positions")
                .range(1e-6, 1e6));
        p.add(ParameterSpec.number("prominence", "Minimum prominence", "1", 0.0,
                "Minimum prominence of a band in a difference spectrum; 0: five times its noise").range(0, 1e300));
        p.addAll(PeaksAnalysis.fitSpecs(0.0, "How far a band may move from its start; 0: one band width"));
        p.addAll(BandLibraries.specs());
        return p;
    }

    @Override
    public Result run(AnalysisContext ctx) {
        Parameters p = ctx.parameters();
        List<Spectrum> spectra = SeriesInputs.spectra(ctx);
        if (spectra.size() < 2) {
            throw new IllegalArgumentException("an in situ series needs at least 2 spectra, got " + spectra.size());
        }
        PotentialScale scale = spectra.get(0).scale();
        int ref = DifferenceSpectra.referenceIndex(spectra, SeriesInputs.volt(p.text("referencePotential"),
                "referencePotential"));
        List<Spectrum> diffs = DifferenceSpectra.of(spectra, ref);
        PeakShape shape = PeakShape.parse(p.choice("shape"));
        double[] given = SpectrumAnalyses.numbers(p.text("positions"), "positions");
        List<BandFitter.Start> starts = new ArrayList<>();
        for (double g : given) {
            starts.add(new BandFitter.Start(g, p.number("fwhmGuess")));
        }
        if (starts.isEmpty()) {
            starts = BandTracking.detect(diffs, ref, p.number("prominence"));
        }
        Result.Builder r = Result.builder(this, ctx);
        org.electrocat.core.model.Provenance prov = SpectrumAnalyses.provenance(this, ctx);
        r.curve(SpectrumSeries.toDataset(spectra, "spectra", prov));
        r.curve(SpectrumSeries.toDataset(diffs, "difference", prov));
        r.value("reference", "Reference potential", Quantity.of(spectra.get(ref).potential(), Units.VOLT),
                "difference spectra are I(E) - I(E_ref), " + scale);
        if (starts.isEmpty()) {
            r.warning("no bands found in the difference spectra (lower the prominence or give positions)");
            return r.build();
        }
        ctx.monitor().checkCancelled();
        BandTracking.Outcome t = BandTracking.track(spectra, diffs, ref, starts, shape, p.number("window"),
                p.number("maxShift"));
        t.warnings().forEach(r::warning);
        Spectrum first = spectra.get(0);
        BandLibrary library = BandLibraries.load(p.text("library"));
        String technique = BandLibraries.technique(p.choice("assignTechnique"), first);
        List<String> names = new ArrayList<>();
        int consumed = 0;
        for (int b = 0; b < starts.size(); b++) {
            double at = starts.get(b).position();
            int sign = signOf(t, b);
            String assigned = BandAssignment.describe(BandAssignment.matches(library, at, Double.NaN, sign, technique,
                    p.number("tolerance")));
            names.add(String.format(Locale.ROOT, "%.0f %s", at, first.xUnit().symbol())
                    + (assigned.equals("—") ? "" : " " + assigned));
            consumed += sign < 0 ? 1 : 0;
            LinearFitResult tune = t.tuning().get(b);
            if (tune != null) {
                r.value(String.format(Locale.ROOT, "tuning_%.0f", at), "Tuning rate of the band at "
                        + String.format(Locale.ROOT, "%.0f", at) + " " + first.xUnit().symbol(),
                        Quantity.of(tune.slope(), tune.slopeStandardError(), first.xUnit().divide(Units.VOLT)),
                        "weighted line of position vs E " + scale + ", R² = " + String.format(Locale.ROOT, "%.3f",
                                tune.rSquared()));
            }
        }
        r.value("consumed", "Bands consumed (negative in difference spectra)", Quantity.of(consumed, Units.ONE));
        r.table(trackingTable(t, names, first, scale));
        r.curve(trackingCurve(t, first, scale, prov));
        return r.build();
    }

    /** −1 when the band's difference area is significantly negative at some potential and never positive. */
    static int signOf(BandTracking.Outcome t, int band) {
        boolean neg = false;
        boolean pos = false;
        for (BandTracking.Point pt : t.points()) {
            if (pt.band() == band) {
                neg |= pt.change() < 0;
                pos |= pt.change() > 0;
            }
        }
        return neg && !pos ? -1 : 1;
    }

    private static Table trackingTable(BandTracking.Outcome t, List<String> names, Spectrum s, PotentialScale scale) {
        Unit area = s.yUnit().times(s.xUnit());
        Table.Builder tb = Table.builder("Bands against potential (" + scale + ")").column("band", null)
                .column("E", Units.VOLT).column("position", s.xUnit()).column("height", s.yUnit())
                .column("area", area).column("area change", area).column("difference area", area)
                .column("change", null);
        for (BandTracking.Point pt : t.points()) {
            PeakFit.FittedPeak f = pt.fit();
            PeakFit.FittedPeak d = pt.difference();
            tb.row(names.get(pt.band()), Quantity.of(pt.potential(), Units.VOLT),
                    f == null ? "" : Quantity.of(f.position(), f.positionSE(), s.xUnit()),
                    f == null ? "" : Quantity.of(f.height(), f.heightSE(), s.yUnit()),
                    f == null ? "" : Quantity.of(f.area(), f.areaSE(), area),
                    d == null ? "" : Quantity.of(pt.areaChange()[0], pt.areaChange()[1], area),
                    d == null ? "" : Quantity.of(d.area(), d.areaSE(), area),
                    d == null ? "reference" : pt.change() < 0 ? "consumed" : pt.change() > 0 ? "grown" : "no significant change");
        }
        return tb.build();
    }

    private static Dataset trackingCurve(BandTracking.Outcome t, Spectrum s, PotentialScale scale,
            org.electrocat.core.model.Provenance prov) {
        int n = t.points().size();
        double[][] c = new double[9][n];
        for (int i = 0; i < n; i++) {
            BandTracking.Point pt = t.points().get(i);
            PeakFit.FittedPeak f = pt.fit();
            PeakFit.FittedPeak d = pt.difference();
            double[] v = {pt.potential(), pt.band() + 1, f == null ? Double.NaN : f.position(),
                f == null ? Double.NaN : f.positionSE(), f == null ? Double.NaN : f.height(),
                f == null ? Double.NaN : f.heightSE(), f == null ? Double.NaN : f.area(),
                f == null ? Double.NaN : f.areaSE(), d == null ? 0 : d.area()};
            for (int k = 0; k < 9; k++) {
                c[k][i] = v[k];
            }
        }
        Unit area = s.yUnit().times(s.xUnit());
        return Dataset.builder("tracking", org.electrocat.core.model.DatasetKind.TABLE).provenance(prov)
                .column(new Column(SpectrumKeys.SERIES_POTENTIAL, Units.VOLT, c[0], scale))
                .column(new Column("band", Units.ONE, c[1])).column(new Column("position", s.xUnit(), c[2]))
                .column(new Column("position SE", s.xUnit(), c[3])).column(new Column("height", s.yUnit(), c[4]))
                .column(new Column("height SE", s.yUnit(), c[5])).column(new Column("area", area, c[6]))
                .column(new Column("area SE", area, c[7])).column(new Column("difference area", area, c[8]))
                .build();
    }
}
