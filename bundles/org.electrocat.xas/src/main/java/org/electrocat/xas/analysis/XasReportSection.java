package org.electrocat.xas.analysis;

import org.electrocat.api.ReportBuilder;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.osgi.service.component.annotations.Component;

/** Report block of every XAS result: method in one paragraph, warnings, values, tables; charts follow. */
@Component(service = ReportSection.class, property = {"electrocat.id=xas.section", "electrocat.technique=xas"})
public final class XasReportSection implements ReportSection {

    @Override
    public boolean supports(Result result) {
        return result.analysisId().startsWith("xas.");
    }

    @Override
    public void write(Result result, ReportBuilder report) {
        report.paragraph(switch (result.analysisId()) {
            case "xas.normalize" -> "Pre-edge line and post-edge polynomial normalisation (Larch pre_edge names); E0 from "
                    + "the derivative maximum unless given; the parameters actually used are in the table.";
            case "xas.exafs" -> "AUTOBK background (rbkg), χ(k) with k² = 0.2625·(E − E0), Fourier transform of χ(k)·kⁿ "
                    + "with the stated window; R positions are phase-uncorrected half path lengths.";
            case "xas.lcf" -> "Linear-combination fit of normalised spectra; weights ± standard errors, R-factor.";
            case "xas.calibrate" -> "Energies shifted so the reference foil's E0 equals its tabulated value.";
            case "xas.oxidation-state" -> "Oxidation states interpolated from E0 on a line through the references.";
            default -> "XAS analysis " + result.analysisId() + ".";
        });
        for (String w : result.warnings()) {
            report.warning(w);
        }
        report.values(result.values());
        for (Table t : result.tables()) {
            report.table(t);
        }
    }
}
