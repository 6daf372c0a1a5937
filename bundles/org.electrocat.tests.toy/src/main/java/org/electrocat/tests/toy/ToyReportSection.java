package org.electrocat.tests.toy;

import org.electrocat.api.ReportBuilder;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;
import org.osgi.service.component.annotations.Component;

/** The toy technique's report block. */
@Component(service = ReportSection.class, property = {"electrocat.id=toy.charge.section", "electrocat.technique=toy"})
public final class ToyReportSection implements ReportSection {

    /** Text the section writes, so tests can find it in the report. */
    public static final String MARKER = "Toy section: the charge is the integral of the current.";

    @Override
    public boolean supports(Result result) {
        return result.analysisId().equals("toy.charge");
    }

    @Override
    public void write(Result result, ReportBuilder report) {
        report.paragraph(MARKER);
        report.values(result.values());
    }
}
