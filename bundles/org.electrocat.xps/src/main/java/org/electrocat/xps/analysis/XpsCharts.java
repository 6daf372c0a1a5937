package org.electrocat.xps.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.Series;
import org.electrocat.chart.SpectrumLayout;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.xps.io.XpsSpectra;
import org.osgi.service.component.annotations.Component;

/**
 * Charts of XPS fits (xps.fit, xps.shift, xps.calibrate): measured spectrum, background, fitted lines
 * and envelope on a binding-energy axis running from high to low, and the residuals below on the
 * same reversed axis.
 */
@Component(service = ChartContributor.class, property = {"electrocat.id=xps.charts", "electrocat.technique=xps"})
public final class XpsCharts implements ChartContributor {

    @Override
    public boolean supports(Result result) {
        return result.analysisId().startsWith("xps.")
                && result.curves().stream().anyMatch(d -> "fit".equals(d.metadata().get("xps.curves")));
    }

    @Override
    public List<NamedChart> charts(Result result) {
        List<NamedChart> out = new ArrayList<>();
        int k = 0;
        for (Dataset d : result.curves()) {
            if (!"fit".equals(d.metadata().get("xps.curves"))) {
                continue;
            }
            k++;
            double[] be = d.require(XpsSpectra.BE).array();
            List<Series> s = new ArrayList<>();
            s.add(Series.of("measured", be, d.require(XpsSpectra.INTENSITY).array()));
            s.add(Series.of("background", be, d.require("background").array()));
            for (Column c : d.columns()) {
                if (c.name().startsWith("line: ")) {
                    s.add(Series.of(c.name().substring(6), be, c.array()));
                }
            }
            s.add(Series.of("envelope", be, d.require("envelope").array()));
            Axis x = Axis.of("Binding energy", "eV");
            Axis y = Axis.of("Intensity", "counts/s");
            String id = "xps-fit-" + k;
            out.add(new NamedChart(id, d.name() + ": measured spectrum, background, fitted lines and envelope.",
                    Charts.spectrum(d.name(), x, y, s, SpectrumLayout.OVERLAY.reversed())));
            out.add(new NamedChart(id + "-residuals", d.name() + ": residuals (measured − envelope).",
                    Charts.spectrum(null, x, Axis.of("Residual", "counts/s"),
                            List.of(Series.of("residual", be, d.require("residual").array())),
                            SpectrumLayout.OVERLAY.reversed())));
        }
        return out;
    }
}
