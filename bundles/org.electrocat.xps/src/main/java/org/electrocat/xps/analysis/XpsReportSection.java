package org.electrocat.xps.analysis;

import org.electrocat.api.ReportBuilder;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.osgi.service.component.annotations.Component;

/** Report block of every XPS result: what was done, the key values with errors, tables; charts follow. */
@Component(service = ReportSection.class, property = {"electrocat.id=xps.section", "electrocat.technique=xps"})
public final class XpsReportSection implements ReportSection {

    @Override
    public boolean supports(Result result) {
        return result.analysisId().startsWith("xps.");
    }

    @Override
    public void write(Result result, ReportBuilder report) {
        report.paragraph(switch (result.analysisId()) {
            case "xps.fit" -> "Peak fit after background subtraction; doublets keep their spin–orbit splitting and area "
                    + "ratio. Errors are one standard error from the fit covariance (scaled by the reduced χ²).";
            case "xps.shift" -> "Binding-energy shifts of the same lines against the first sample; the error combines both "
                    + "fits' standard errors. Positive shifts are to higher binding energy.";
            case "xps.calibrate" -> "Charge correction: every binding energy shifted so the reference line sits at its "
                    + "reference energy (" + result.parameters().getOrDefault("referenceEnergy", "") + ").";
            case "xps.quantify" -> "Atomic fractions from background-subtracted areas divided by the sensitivity factors "
                    + "given; errors from counting noise.";
            default -> "XPS analysis " + result.analysisId() + ".";
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
