package org.electrocat.eis.analysis;

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
import org.electrocat.eis.kk.KkResult;
import org.electrocat.eis.kk.LinKramersKronig;
import org.electrocat.eis.spectrum.ImpedanceData;
import org.osgi.service.component.annotations.Component;

/**
 * {@code eis.kk}: Lin-KK validity test (Schönleber et al., Electrochim. Acta 131 (2014) 20; see
 * {@link LinKramersKronig}) with M chosen by the µ criterion: M, µ, the RMS of the relative residuals
 * (the batch quality number), Boukamp's pseudo χ², and the list of points whose residual exceeds
 * the tolerance, so users know which points to trust.
 *
 * <p>Parameters: {@code c} (0.85), {@code maxM} (50), {@code fitType} (complex | real | imag,
 * default complex as in the paper; impedance.py defaults to real), {@code addCapacitor} (false),
 * {@code tolerance} (%, 1), {@code fMin}/{@code fMax}, {@code dropInductive}.
 */
@Component(service = Analysis.class, property = {"electrocat.id=eis.kk", "electrocat.technique=eis"})
public final class KkAnalysis extends EisAnalysis {

    @Override
    public String id() {
        return "eis.kk";
    }

    @Override
    public String label() {
        return "Kramers–Kronig test (Lin-KK)";
    }

    @Override
    public String description() {
        return "Lin-KK test of Schönleber et al. (2014): the spectrum is fitted by an ohmic resistor, a series inductor"
                + " (and optionally a capacitor) and M RC elements with log-spaced time constants from 1/ω_max to 1/ω_min,"
                + " by linear least squares weighted by 1/|Z|; M grows until µ = 1 − Σ|R_k<0|/Σ|R_k≥0| ≤ c. Residuals"
                + " (Z − Z_KK)/|Z| above the tolerance mark points that violate causality, linearity or stationarity.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.number("c", "µ threshold", "", 0.85,
                        "M grows until µ ≤ c (Schönleber's criterion); lower c allows more RC elements.").range(0.01, 1),
                ParameterSpec.integer("maxM", "Largest M", 50, "Most RC elements tried (impedance.py max_M).")
                        .range(1, 500),
                ParameterSpec.choice("fitType", "Fit type", "complex", List.of("complex", "real", "imag"),
                        "Fit both parts (Schönleber), the real part (impedance.py default) or the imaginary part."),
                ParameterSpec.bool("addCapacitor", "Series capacitor", false,
                        "Add a series capacitor to the KK model, for spectra whose |Z| keeps rising at low frequency"
                                + " (blocking electrodes, semi-infinite diffusion)."),
                ParameterSpec.number("tolerance", "Residual tolerance", "%", 1.0,
                        "Points with |ΔZ'|/|Z| or |ΔZ''|/|Z| above this are listed as not KK-consistent.")
                        .range(1e-6, 100),
                F_MIN, F_MAX, DROP_INDUCTIVE);
    }

    @Override
    public Result run(AnalysisContext context) {
        Result.Builder r = Result.builder(this, context);
        Dataset input = spectrumInputs(context, r).get(0);
        ImpedanceData data = spectra(context, List.of(input), r).get(0);
        Parameters p = context.parameters();
        double tolerance = p.number("tolerance") / 100;
        KkResult kk = LinKramersKronig.test(data, p.number("c"), p.integer("maxM"),
                LinKramersKronig.FitType.parse(p.choice("fitType")), p.bool("addCapacitor"));
        if (!kk.muReached()) {
            r.warning(String.format(Locale.ROOT, "µ stayed above c = %.2f up to M = %d (µ = %.3f): the result uses"
                    + " M = %d; raise maxM or check the data", kk.c(), kk.elements(), kk.mu(), kk.elements()));
        }
        int[] out = kk.outliers(tolerance);
        r.value("M", "RC elements M", Quantity.of(kk.elements(), Units.ONE), "chosen by µ ≤ c");
        r.value("mu", "µ", Quantity.of(kk.mu(), Units.ONE));
        r.value("rms", "RMS of residuals (Z − Z_KK)/|Z|", Quantity.of(100 * kk.rms(), Units.PERCENT));
        r.value("pseudoChiSquare", "Pseudo χ² (Boukamp)", Quantity.of(kk.pseudoChiSquare(), Units.ONE));
        r.value("outliers", "Points beyond tolerance", Quantity.of(out.length, Units.ONE),
                "of " + data.size() + " (|residual| > " + p.asText().get("tolerance") + ")");
        r.value("R0", "Ohmic resistance of the KK model", Quantity.of(kk.r0(), Units.OHM));
        double[] dRe = kk.residualsRe();
        double[] dIm = kk.residualsIm();
        if (out.length > 0) {
            StringBuilder sb = new StringBuilder();
            Table.Builder t = Table.builder("Points beyond the " + p.asText().get("tolerance") + " tolerance")
                    .column("Point", null).column("f", Units.HERTZ).column("ΔZ'/|Z|", Units.PERCENT)
                    .column("ΔZ''/|Z|", Units.PERCENT);
            for (int i : out) {
                t.row(i + 1, data.frequency()[i], 100 * dRe[i], 100 * dIm[i]);
                sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4g Hz",
                        data.frequency()[i]));
            }
            r.table(t.build());
            r.warning(out.length + " of " + data.size() + " points are not Kramers–Kronig consistent within "
                    + p.asText().get("tolerance") + ": " + sb);
        }
        Table.Builder all = Table.builder("Lin-KK residuals").column("f", Units.HERTZ).column("ΔZ'/|Z|", Units.PERCENT)
                .column("ΔZ''/|Z|", Units.PERCENT).column("Trusted", null);
        java.util.Set<Integer> bad = new java.util.HashSet<>();
        for (int i : out) {
            bad.add(i);
        }
        for (int i = 0; i < data.size(); i++) {
            all.row(data.frequency()[i], 100 * dRe[i], 100 * dIm[i], bad.contains(i) ? "no" : "yes");
        }
        r.table(all.build());
        String base = input.id();
        r.curve(Curves.spectrum(base + ".measured", data.name(), "measured", data, input.provenance()));
        r.curve(Curves.spectrum(base + ".kk", "Lin-KK model (M = " + kk.elements() + ")", "kk",
                ImpedanceData.of("kk", data.frequency(), kk.fitRe(), kk.fitIm()), input.provenance()));
        r.curve(Curves.residuals(base + ".residuals", "Lin-KK residuals", data.frequency(), dRe, dIm,
                input.provenance()).toBuilder().meta("eis.tolerance", String.valueOf(100 * tolerance)).build());
        return r.build();
    }
}
