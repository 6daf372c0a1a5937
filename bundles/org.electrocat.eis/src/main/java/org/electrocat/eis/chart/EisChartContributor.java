package org.electrocat.eis.chart;

import java.util.List;
import java.util.Set;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.osgi.service.component.annotations.Component;

/**
 * Charts for the eis analyses: Nyquist, Bode and residual plots ({@code eis.fit}), KK residuals
 * with the tolerance band ({@code eis.kk}), phase and modulus overlays with peaks and inflections
 * and their frequencies against potential ({@code eis.bode}), parameters with error bars against
 * potential ({@code eis.batch}), and the FTACV spectrum, DC current and harmonic envelopes
 * ({@code eis.ftacv}), and γ(τ) with the model's Nyquist plot ({@code eis.drt}).
 */
@Component(service = ChartContributor.class, property = {"electrocat.id=eis.charts", "electrocat.technique=eis"})
public final class EisChartContributor implements ChartContributor {

    static final Set<String> ANALYSES = Set.of("eis.fit", "eis.kk", "eis.bode", "eis.batch", "eis.ftacv",
            "eis.drt");

    @Override
    public boolean supports(Result result) {
        return ANALYSES.contains(result.analysisId());
    }

    @Override
    public List<NamedChart> charts(Result result) {
        return supports(result) ? EisCharts.of(result) : List.of();
    }
}
