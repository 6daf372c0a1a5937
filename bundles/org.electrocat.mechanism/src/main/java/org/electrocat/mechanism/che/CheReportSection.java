package org.electrocat.mechanism.che;

import org.electrocat.api.ReportBuilder;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;
import org.electrocat.mechanism.MechanismReport;
import org.osgi.service.component.annotations.Component;

/**
 * The report block of {@code mechanism.che}: the method, warnings first (illustrative energies above
 * all), the limiting potentials, the diagrams and the step table.
 */
@Component(service = ReportSection.class, property = {"electrocat.id=mechanism.che.section",
        "electrocat.technique=mechanism"})
public final class CheReportSection implements ReportSection {

    /** The method paragraph of the section. */
    static final String METHOD = "Step free energies with the computational hydrogen electrode (Nørskov et al.,"
            + " J. Phys. Chem. B 108 (2004) 17886): ΔG(U, pH) = ΔG_ref + n_e·e·(U − U_ref) + (n_H − n_e)·k_B·T·ln10·"
            + "(pH − pH_ref), U vs RHE. The limiting potential U_L = −max ΔG/(n·e) over reduction steps is the"
            + " potential at which every reduction step is downhill; the step that sets it is the"
            + " potential-determining step (PDS). The largest step at U is what papers often call the"
            + " rate-determining step; both are thermodynamic descriptors, not kinetic barriers.";

    @Override
    public boolean supports(Result result) {
        return CheAnalysis.ID.equals(result.analysisId());
    }

    @Override
    public void write(Result result, ReportBuilder report) {
        MechanismReport.write(result, report, METHOD, new CheCharts().charts(result));
    }
}
