package org.electrocat.mechanism.kinetics;

import org.electrocat.api.ReportBuilder;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;
import org.electrocat.mechanism.MechanismReport;
import org.osgi.service.component.annotations.Component;

/** The report block of {@code mechanism.kinetics}: model, fit quality, parameters, comparison, charts. */
@Component(service = ReportSection.class, property = {"electrocat.id=mechanism.kinetics.section",
        "electrocat.technique=mechanism"})
public final class KineticsReportSection implements ReportSection {

    /** The method paragraph of the section. */
    static final String METHOD = "Batch cascade model: NO3⁻ → NO2⁻ (2 e⁻) → NH2OH (4 e⁻) → NH3 (2 e⁻) at the"
            + " electrode, NH2OH + cyclohexanone → oxime in solution, and HER; electrode rate constants k(E) ="
            + " k_ref·exp(−αF(E − E_ref)/RT) (or Butler–Volmer with back reactions). The ODEs are integrated over"
            + " the electrolysis time; FE_i = n_i·F·N_i/Q with n = 2 (NO2⁻), 6 (NH2OH, oxime), 8 (NH3), 2 (H2)."
            + " With measured data the rate parameters are fitted by weighted Levenberg–Marquardt; errors are"
            + " standard errors from the covariance at the optimum.";

    @Override
    public boolean supports(Result result) {
        return KineticsAnalysis.ID.equals(result.analysisId());
    }

    @Override
    public void write(Result result, ReportBuilder report) {
        MechanismReport.write(result, report, METHOD, new KineticsCharts().charts(result));
    }
}
