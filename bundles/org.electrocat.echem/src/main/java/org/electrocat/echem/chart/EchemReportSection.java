package org.electrocat.echem.chart;

import java.util.Map;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ReportBuilder;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.model.Table;
import org.osgi.service.component.annotations.Component;

/**
 * Report blocks for the echem analyses, in the order a reader expects: what was computed and how
 * (method and reference), warnings, the key values, the charts, the tables, then the provenance
 * (source files with SHA-256, reader, analysis version and parameters).
 */
@Component(service = ReportSection.class, property = {"electrocat.id=echem.report", "electrocat.technique=echem"})
public final class EchemReportSection implements ReportSection {

    private static final Map<String, String> METHOD = Map.of(
            "echem.ca", "Charge Q = ∫|I|dt by the trapezoid rule over the chosen time window (exact for the"
                    + " piecewise-linear current, also across zero crossings). u(Q) combines the Richardson estimate"
                    + " of the discretisation error, |T(h) − T(2h)|/3, with the stated current uncertainty.",
            "echem.fe", "FE_i = n_i·F·N_i/Q with F = 96485.33212 C/mol and n = 6 (CHOX, NH2OH), 2 (NO2⁻, H2), 8"
                    + " (NH3/NH4⁺); partial current density j_i = n_i·F·N_i/(t·A); yield rate N_i/(t·A) and N_i/(t·m)."
                    + " Uncertainties by first-order propagation (GUM, JCGM 100:2008).",
            "echem.calibration", "Ordinary least-squares calibration line; LOD = 3.3σ/slope and LOQ = 10σ/slope"
                    + " (ICH Q2(R2)); sample concentrations by inverse prediction with the uncertainty of Miller &"
                    + " Miller (eq. 5.9), multiplied by the dilution factor.",
            "echem.conversion", "Conversion X = (n0 − nt)/n0, oxime selectivity S = n_CHOX/(n0 − nt), carbon balance"
                    + " (nt + n_CHOX + n_other)/n0; first-order propagated standard uncertainties.",
            "echem.lsv", "Potentials converted to the target scale (E_RHE = E_ref + E0_ref + (ln10·RT/F)·pH) and"
                    + " optionally iR-corrected (E − I·Ru). Onset where |j| crosses the threshold (interpolated), and"
                    + " by the intersection of the background line with the tangent at the steepest rise; peaks above a"
                    + " straight baseline between their bases; Tafel slope from a least-squares fit of E against"
                    + " log|j|.",
            "echem.cdl", "Δj = (j_anodic − j_cathodic)/2 at the window centre against scan rate; Cdl is the slope of"
                    + " the least-squares line. ECSA = Cdl/Cs (Cs = 40 µF cm⁻² unless changed); per geometric area this"
                    + " is the roughness factor.",
            "echem.recyclability", "Charge and mean current density per consecutive run; FE per run from the given"
                    + " amounts; retention relative to the first run; FE trend by least squares.",
            "echem.fe-map", "Faradaic efficiencies of the labelled echem.fe steps over applied potential × catalyst;"
                    + " replicates (same catalyst and potential) pooled as mean ± sample standard deviation.");

    @Override
    public boolean supports(Result result) {
        return EchemChartContributor.ANALYSES.contains(result.analysisId());
    }

    @Override
    public void write(Result result, ReportBuilder report) {
        report.paragraph(METHOD.getOrDefault(result.analysisId(), ""));
        for (String w : result.warnings()) {
            report.warning(w);
        }
        report.values(result.values());
        for (NamedChart c : ResultCharts.of(result)) {
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
            sb.append("Source ").append(s.file()).append(" (SHA-256 ").append(s.sha256(), 0, Math.min(16,
                    s.sha256().length())).append("…, ").append(s.size()).append(" bytes) read by ").append(s.reader())
                    .append(' ').append(s.readerVersion()).append(". ");
        }
        for (Provenance.Step s : p.steps()) {
            sb.append("Step ").append(s.operation()).append(' ').append(s.version()).append(" at ").append(s.at())
                    .append(" with ").append(s.parameters()).append(". ");
        }
        return sb.toString().trim();
    }
}
