package org.electrocat.eis.analysis;

import java.util.List;
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
import org.electrocat.eis.drt.RelaxationTimes;
import org.electrocat.eis.spectrum.ImpedanceData;
import org.electrocat.eis.spectrum.RelativeResiduals;
import org.osgi.service.component.annotations.Component;

/**
 * {@code eis.drt}: distribution of relaxation times by Tikhonov-regularised non-negative least
 * squares (Wan et al., Electrochim. Acta 184 (2015) 483; see {@link RelaxationTimes}): γ(τ), R∞, the
 * polarisation resistance, and the peaks with their time constants, characteristic frequencies and
 * resistances — a model-free view that suggests how many processes an equivalent circuit needs.
 *
 * <p>Parameters: {@code lambda} (1e-3), {@code pointsPerDecade} (10), {@code order} (penalty
 * order, 2), {@code inductance} (false), {@code fMin}/{@code fMax}, {@code dropInductive}.
 */
@Component(service = Analysis.class, property = {"electrocat.id=eis.drt", "electrocat.technique=eis"})
public final class DrtAnalysis extends EisAnalysis {

    @Override
    public String id() {
        return "eis.drt";
    }

    @Override
    public String label() {
        return "Distribution of relaxation times (DRT)";
    }

    @Override
    public String description() {
        return "DRT γ(ln τ) on a log-spaced τ grid (piecewise constant), R∞ and an optional inductor, fitted to the"
                + " spectrum weighted by 1/|Z| with a Tikhonov penalty λ‖Dγ‖² (first or second differences) under"
                + " non-negativity (Lawson–Hanson NNLS), as in DRTtools (Wan et al. 2015). Peaks give time constants"
                + " and resistances.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.number("lambda", "Regularisation λ", "", 1e-3,
                        "Weight of the smoothness penalty (dimensionless: γ is scaled by the median |Z|); larger λ"
                                + " gives broader, fewer peaks.").range(0, 1e6),
                ParameterSpec.integer("pointsPerDecade", "τ points per decade", 10, "Density of the τ grid.")
                        .range(1, 100),
                ParameterSpec.integer("order", "Penalty order", 2,
                        "0: ridge (‖γ‖²), 1: first differences, 2: second differences (curvature).").range(0, 2),
                ParameterSpec.bool("inductance", "Series inductor", false,
                        "Include a series inductance for spectra with inductive high-frequency points."),
                F_MIN, F_MAX, DROP_INDUCTIVE);
    }

    @Override
    public Result run(AnalysisContext context) {
        Result.Builder r = Result.builder(this, context);
        Dataset input = spectrumInputs(context, r).get(0);
        ImpedanceData data = spectra(context, List.of(input), r).get(0);
        Parameters p = context.parameters();
        RelaxationTimes.Drt d = RelaxationTimes.compute(data, new RelaxationTimes.Settings(p.number("lambda"),
                p.integer("pointsPerDecade"), p.integer("order"), p.bool("inductance")));
        r.value("rInf", "R∞", Quantity.of(d.rInf(), Units.OHM));
        r.value("polarisation", "Polarisation resistance ∫γ d ln τ", Quantity.of(d.polarisation(), Units.OHM));
        if (p.bool("inductance")) {
            r.value("inductance", "Series inductance", Quantity.of(d.inductance(), Units.parse("Ohm s").withSymbol("H")));
        }
        r.value("peaks", "DRT peaks", Quantity.of(d.peaks().size(), Units.ONE));
        r.value("rms", "RMS of (Z − Z_DRT)/|Z|", Quantity.of(100 * d.rms(), Units.PERCENT));
        Table.Builder t = Table.builder("DRT peaks").column("Peak", null).column("τ", Units.SECOND)
                .column("f = 1/(2πτ)", Units.HERTZ).column("γ at peak", Units.OHM).column("R", Units.OHM);
        int k = 1;
        for (RelaxationTimes.Peak pk : d.peaks()) {
            t.row(k++, pk.tau(), pk.frequency(), pk.gamma(), pk.resistance());
        }
        r.table(t.build());
        String base = input.id();
        r.curve(Dataset.builder(base + ".drt", DatasetKind.GENERIC).name("DRT of " + data.name())
                .provenance(input.provenance()).meta(Curves.ROLE, "drt").column("tau", Units.SECOND, d.tau())
                .column("gamma", Units.OHM, d.gamma()).build());
        r.curve(Curves.spectrum(base + ".measured", data.name(), "measured", data, input.provenance()));
        ImpedanceData model = ImpedanceData.of("DRT model", data.frequency(), d.fitRe(), d.fitIm());
        r.curve(Curves.spectrum(base + ".fit", "DRT model", "fit", model, input.provenance()));
        r.curve(Curves.residuals(base + ".residuals", "DRT residuals", data.frequency(),
                RelativeResiduals.real(data, d.fitRe()), RelativeResiduals.imag(data, d.fitIm()), input.provenance()));
        return r.build();
    }
}
