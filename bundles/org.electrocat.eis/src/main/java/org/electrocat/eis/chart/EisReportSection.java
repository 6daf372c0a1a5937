package org.electrocat.eis.chart;

import java.util.Map;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ReportBuilder;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.model.Table;
import org.osgi.service.component.annotations.Component;

/**
 * Report blocks for the eis analyses, in the order an impedance reader expects: the method with its
 * reference, warnings (non-convergence, parameters on bounds, correlated parameters, points that
 * fail the KK test), the values, the charts, the tables, and the provenance.
 */
@Component(service = ReportSection.class, property = {"electrocat.id=eis.report", "electrocat.technique=eis"})
public final class EisReportSection implements ReportSection {

    private static final Map<String, String> METHOD = Map.of(
            "eis.fit", "Complex nonlinear least squares (Macdonald 1982; Boukamp 1986): real and imaginary residuals"
                    + " stacked and divided by σ (|Z| for modulus weighting), minimised by Levenberg–Marquardt with bounds"
                    + " and an analytic Jacobian. Standard errors from the covariance (JᵀJ)⁻¹·χ²/ν, 95 % intervals from"
                    + " Student's t. Circuit notation and parameter names as impedance.py.",
            "eis.kk", "Lin-KK test (Schönleber, Klotz, Ivers-Tiffée, Electrochim. Acta 131 (2014) 20): a KK-compliant"
                    + " chain of M RC elements with fixed log-spaced time constants, fitted by weighted linear least"
                    + " squares; M is the smallest number with µ ≤ c. Residuals above the tolerance mark points to distrust.",
            "eis.bode", "Bode overlays per potential. Phase peaks: maxima of −φ(log f) with the given prominence"
                    + " (scipy find_peaks semantics), located by a parabola vertex; inflection points: extrema of"
                    + " d(−φ)/d log f.",
            "eis.batch", "The same circuit fitted by CNLS to every spectrum of the series (each fit also started from"
                    + " its neighbour's result); parameters ± 1 SE against potential or time.",
            "eis.ftacv", "FTACV (Bond et al., Anal. Chem. 77 (2005) 186A): real FFT of the current, band around k·f kept,"
                    + " inverse transform of the positive-frequency band to the analytic signal; its modulus is the k-th"
                    + " harmonic envelope, the band around 0 the DC component. Envelopes are evaluated exactly on a"
                    + " decimated time grid.",
            "eis.drt", "Distribution of relaxation times by Tikhonov-regularised non-negative least squares (Wan,"
                    + " Saccoccio, Chen, Ciucci, Electrochim. Acta 184 (2015) 483): piecewise-constant γ on a log τ grid,"
                    + " residuals weighted by 1/|Z|, difference penalty λ; peak resistances integrate γ between the"
                    + " minima that separate the peaks.");

    @Override
    public boolean supports(Result result) {
        return EisChartContributor.ANALYSES.contains(result.analysisId());
    }

    @Override
    public void write(Result result, ReportBuilder report) {
        report.paragraph(METHOD.getOrDefault(result.analysisId(), ""));
        for (String w : result.warnings()) {
            report.warning(w);
        }
        report.values(result.values());
        for (NamedChart c : EisCharts.of(result)) {
            report.chart(c);
        }
        for (Table t : result.tables()) {
            report.table(t);
        }
        report.heading("Provenance");
        report.paragraph(provenance(result));
    }

    /** Sources and steps as one readable paragraph. */
    static String provenance(Result r) {
        StringBuilder sb = new StringBuilder();
        Provenance p = r.provenance();
        for (Provenance.Source s : p.sources()) {
            sb.append("Source ").append(s.file()).append(" (SHA-256 ")
                    .append(s.sha256(), 0, Math.min(16, s.sha256().length())).append("…, ").append(s.size())
                    .append(" bytes) read by ").append(s.reader()).append(' ').append(s.readerVersion()).append(". ");
        }
        for (Provenance.Step s : p.steps()) {
            sb.append("Step ").append(s.operation()).append(' ').append(s.version()).append(" with ")
                    .append(s.parameters()).append(". ");
        }
        return sb.toString().trim();
    }
}
