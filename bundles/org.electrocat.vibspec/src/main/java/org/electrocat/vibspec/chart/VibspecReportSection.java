package org.electrocat.vibspec.chart;

import java.util.Map;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ReportBuilder;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.osgi.service.component.annotations.Component;

/**
 * The report block of a vibspec result, in the order a spectroscopist reads it: what was done and
 * how to read it, the warnings, the key values (band shifts, tuning rates, counts), the tables
 * (fitted bands with their assignments, bands against potential), then the charts.
 */
@Component(service = ReportSection.class, property = {"electrocat.id=vibspec.report", "electrocat.technique=vibspec"})
public final class VibspecReportSection implements ReportSection {

    private static final Map<String, String> READING = Map.of(
            "vibspec.peaks", "Each band was fitted with its neighbours in a common window on a linear background; "
                    + "position, FWHM, area and height carry one standard error. Library matches are listed best "
                    + "first; several matches mean the assignment needs the chemist's judgement.",
            "vibspec.assign", "Band maxima were matched against the band library within the tolerance; every "
                    + "candidate is listed, best first.",
            "vibspec.compare", "Shifts are taken against the first sample; |shift|/SE above 2 marks a shift larger "
                    + "than the fits' uncertainty.",
            "vibspec.insitu", "Difference spectra are I(E) - I(E_ref). A band whose fitted area falls significantly "
                    + "(by more than 2 SE) below its area at the reference potential was consumed (it appears negative "
                    + "in the difference spectra); one that rises grew. The tuning rate is the slope of position "
                    + "against potential.",
            "vibspec.baseline", "The baseline was fitted under the data (above it for transmittance) and subtracted; "
                    + "the raw data and the baseline are kept in the output.");

    private final VibspecChartContributor charts = new VibspecChartContributor();

    @Override
    public boolean supports(Result result) {
        return VibspecChartContributor.ANALYSES.contains(result.analysisId());
    }

    @Override
    public void write(Result result, ReportBuilder report) {
        String reading = READING.get(result.analysisId());
        if (reading != null) {
            report.paragraph(reading);
        }
        for (String w : result.warnings()) {
            report.warning(w);
        }
        if (!result.values().isEmpty()) {
            report.values(result.values());
        }
        for (Table t : result.tables()) {
            report.table(t);
        }
        for (NamedChart c : charts.charts(result)) {
            report.chart(c);
        }
    }
}
