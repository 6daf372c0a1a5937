package org.electrocat.eis.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.eis.spectrum.ImpedanceData;
import org.electrocat.eis.spectrum.PhaseFeatures;
import org.osgi.service.component.annotations.Component;

/**
 * {@code eis.bode}: several spectra overlaid as Bode plots (phase and modulus against frequency, one
 * curve per potential, as Figure 4a–c and S23 of the reference study) and as a Nyquist plot, with the
 * phase-peak frequencies and the inflection points of each phase curve (see {@link PhaseFeatures})
 * tabulated against the DC potential (or time).
 *
 * <p>Parameters: {@code against} (potential | time | index), {@code potentials} (list, optional),
 * {@code reference} (scale of the given potentials), {@code minProminence} (deg, 2),
 * {@code minSlopeProminence} (deg/decade, 5), {@code smoothing} (Savitzky–Golay window, 0 = none),
 * {@code fMin}/{@code fMax}, {@code dropInductive}.
 */
@Component(service = Analysis.class, property = {"electrocat.id=eis.bode", "electrocat.technique=eis"})
public final class BodeAnalysis extends EisAnalysis {

    @Override
    public String id() {
        return "eis.bode";
    }

    @Override
    public String label() {
        return "Bode overlay with phase peaks and inflections";
    }

    @Override
    public String description() {
        return "Overlays the Bode phase and modulus (and Nyquist) plots of a series of spectra, one per potential, and"
                + " finds per spectrum the peaks of −φ(log f) by prominence (scipy find_peaks semantics) and the"
                + " inflection points as extrema of d(−φ)/d log f, each located by a parabola vertex; peak and"
                + " inflection frequencies are tabulated against the DC potential.";
    }

    @Override
    int maxSpectra() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(SeriesAxis.AGAINST, SeriesAxis.POTENTIALS, SeriesAxis.SCALE,
                ParameterSpec.number("minProminence", "Peak prominence", "deg", 2.0,
                        "Smallest prominence of a phase peak.").range(0, 90),
                ParameterSpec.number("minSlopeProminence", "Inflection prominence", "deg", 5.0,
                        "Smallest prominence of an extremum of the slope d(−φ)/d log10 f, in degrees per decade.")
                        .range(0, 1000),
                ParameterSpec.integer("smoothing", "Smoothing window", 0,
                        "Savitzky–Golay window (odd, ≥ 5 points) applied to the phase before the search; 0: none.")
                        .range(0, 101),
                F_MIN, F_MAX, DROP_INDUCTIVE);
    }

    @Override
    public Result run(AnalysisContext context) {
        Result.Builder r = Result.builder(this, context);
        List<Dataset> inputs = spectrumInputs(context, r);
        List<ImpedanceData> spectra = spectra(context, inputs, r);
        Parameters p = context.parameters();
        SeriesAxis axis = SeriesAxis.of(inputs, p);
        String xHeader = axis.name() + (axis.scale() != null ? " " + axis.scale() : "");
        Table.Builder peaks = Table.builder("Phase peaks").column("Spectrum", null).column(xHeader, axis.unit())
                .column("f_peak", Units.HERTZ).column("−φ_peak", Units.DEGREE).column("Prominence", Units.DEGREE);
        Table.Builder inflections = Table.builder("Inflection points of the phase curve").column("Spectrum", null)
                .column(xHeader, axis.unit()).column("f", Units.HERTZ).column("−φ", Units.DEGREE)
                .column("d(−φ)/dlog f", Units.parse("deg").withSymbol("deg/decade"));
        Table.Builder summary = Table.builder("Per spectrum").column("Spectrum", null).column(xHeader, axis.unit())
                .column("Peaks", null).column("f of highest peak", Units.HERTZ).column("−φ max", Units.DEGREE)
                .column("Lowest-f inflection", Units.HERTZ).column("|Z| at f_min", Units.OHM)
                .column("|Z| at f_max", Units.OHM);
        List<double[]> peakRows = new ArrayList<>();
        List<double[]> inflectionRows = new ArrayList<>();
        double[] dominant = new double[spectra.size()];
        double[] lowInflection = new double[spectra.size()];
        for (int s = 0; s < spectra.size(); s++) {
            context.monitor().checkCancelled();
            ImpedanceData d = spectra.get(s);
            PhaseFeatures.Features f = PhaseFeatures.of(d, p.number("minProminence"), p.number("minSlopeProminence"),
                    p.integer("smoothing"));
            double x = axis.values()[s];
            PhaseFeatures.Peak top = null;
            for (PhaseFeatures.Peak pk : f.peaks()) {
                peaks.row(d.name(), x, pk.frequency(), pk.minusPhase(), pk.prominence());
                peakRows.add(new double[] {s, pk.frequency(), pk.minusPhase()});
                top = top == null || pk.minusPhase() > top.minusPhase() ? pk : top;
            }
            for (PhaseFeatures.Inflection in : f.inflections()) {
                inflections.row(d.name(), x, in.frequency(), in.minusPhase(), in.slope());
                inflectionRows.add(new double[] {s, in.frequency(), in.minusPhase()});
            }
            dominant[s] = top == null ? Double.NaN : top.frequency();
            lowInflection[s] = f.inflections().isEmpty() ? Double.NaN : f.inflections().get(0).frequency();
            ImpedanceData a = d.ascending();
            summary.row(d.name(), x, f.peaks().size(), top == null ? "" : top.frequency(),
                    top == null ? "" : top.minusPhase(), f.inflections().isEmpty() ? "" : lowInflection[s],
                    a.modulus(0), a.modulus(a.size() - 1));
            r.curve(Curves.spectrum(inputs.get(s).id() + ".bode", legend(d, axis, s), "measured", d,
                    inputs.get(s).provenance()).toBuilder().meta("eis.series.index", String.valueOf(s)).build());
        }
        r.value("spectra", "Spectra", Quantity.of(spectra.size(), Units.ONE), "series axis: " + axis.note());
        r.table(summary.build());
        r.table(peaks.build());
        r.table(inflections.build());
        r.curve(features("peaks", peakRows, context));
        r.curve(features("inflections", inflectionRows, context));
        Dataset.Builder vs = Dataset.builder(context.stepId() + ".vs-" + axis.name(), DatasetKind.GENERIC)
                .name("phase features against " + axis.name()).meta(Curves.ROLE, "series");
        if (axis.scale() != null) {
            vs.potentialColumn(axis.name(), axis.unit(), axis.values().clone(), axis.scale());
        } else {
            vs.column(axis.name(), axis.unit(), axis.values().clone());
        }
        r.curve(vs.column("f_peak", Units.HERTZ, dominant).column("f_inflection_low", Units.HERTZ, lowInflection)
                .build());
        if (!axis.known()) {
            r.warning("no " + axis.name() + " known for the spectra (" + axis.note()
                    + "): give 'potentials' or choose against=index");
        }
        return r.build();
    }

    /** Legend: the potential (with scale) when known, else the dataset name. */
    static String legend(ImpedanceData d, SeriesAxis axis, int s) {
        double x = axis.values()[s];
        if (Double.isNaN(x) || axis.name().equals("index")) {
            return d.name();
        }
        if (axis.scale() != null) {
            return String.format(Locale.ROOT, "%.3f V", x) + (axis.scale().isConvertible() ? " " + axis.scale() : "")
                    + " (" + d.name() + ")";
        }
        return String.format(Locale.ROOT, "%.4g s (%s)", x, d.name());
    }

    private static Dataset features(String role, List<double[]> rows, AnalysisContext context) {
        double[] s = new double[rows.size()];
        double[] f = new double[rows.size()];
        double[] ph = new double[rows.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = rows.get(i)[0];
            f[i] = rows.get(i)[1];
            ph[i] = rows.get(i)[2];
        }
        return Dataset.builder(context.stepId() + "." + role, DatasetKind.GENERIC).name(role).meta(Curves.ROLE, role)
                .column("spectrum", Units.ONE, s).column("f", Units.HERTZ, f).column("-phase", Units.DEGREE, ph).build();
    }
}
