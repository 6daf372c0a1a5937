package org.electrocat.ms.report;

import org.electrocat.api.NamedChart;
import org.electrocat.api.ReportBuilder;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.electrocat.ms.chem.IsotopeTable;
import org.osgi.service.component.annotations.Component;

/**
 * The report block of MS results: what was compared (the mass convention is always stated, since
 * for metal clusters the monoisotopic, most-abundant and average m/z differ by Da), the values, the
 * tables, the charts and the data sources of the isotope table.
 */
@Component(service = ReportSection.class, property = {"electrocat.id=ms.report", "electrocat.technique=ms"})
public final class MsReportSection implements ReportSection {

    private final MsCharts charts = new MsCharts();

    @Override
    public boolean supports(Result result) {
        return result.analysisId().startsWith("ms.");
    }

    @Override
    public void write(Result result, ReportBuilder report) {
        report.heading(result.title());
        report.paragraph(explanation(result));
        for (String w : result.warnings()) {
            report.warning(w);
        }
        report.values(result.values());
        for (Table t : result.tables()) {
            report.table(t);
        }
        if (charts.supports(result)) {
            for (NamedChart c : charts.charts(result)) {
                report.chart(c);
            }
        }
        report.paragraph("Data: " + IsotopeTable.SOURCE + ". m/z = (M − z·mₑ)/|z| with M the summed neutral-atom"
                + " masses.");
    }

    private static String explanation(Result result) {
        String r = result.parameters().getOrDefault("resolvingPower", "");
        return switch (result.analysisId()) {
            case "ms.assign" -> "Mass convention compared: " + result.parameters().getOrDefault("compare", "")
                    + " (monoisotopic = most abundant isotope of every element; most abundant = centroid of the"
                    + " highest peak of the calculated profile at R = " + r + "; average = envelope centroid)."
                    + " Errors are measured (or reported) minus calculated.";
            case "ms.label" -> "Each fragment is calculated with the natural element and with every atom of it as the"
                    + " enriched label; shifts compare the most abundant peaks at R = " + r + ".";
            default -> "Fine structure to the stated coverage (IsoSpec algorithm), profile at R = " + r
                    + ", centroided at half height.";
        };
    }
}
