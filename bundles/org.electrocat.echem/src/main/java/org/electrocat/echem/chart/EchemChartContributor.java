package org.electrocat.echem.chart;

import java.util.List;
import java.util.Set;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.osgi.service.component.annotations.Component;

/**
 * Charts for the echem analyses: chronoamperogram and cumulative charge ({@code echem.ca}), FE
 * bars with error bars ({@code echem.fe}), calibration line ({@code echem.calibration}),
 * conversion/selectivity/carbon-balance bars ({@code echem.conversion}), voltammogram with onsets,
 * tangent and peaks plus the Tafel plot ({@code echem.lsv}), Δj against scan rate with its fit and
 * the CV overlay ({@code echem.cdl}), FE and current per cycle ({@code echem.recyclability}), FE heat
 * maps and grouped bars with replicate error bars ({@code echem.fe-map}).
 */
@Component(service = ChartContributor.class, property = {"electrocat.id=echem.charts", "electrocat.technique=echem"})
public final class EchemChartContributor implements ChartContributor {

    static final Set<String> ANALYSES = Set.of("echem.ca", "echem.fe", "echem.calibration", "echem.conversion",
            "echem.lsv", "echem.cdl", "echem.recyclability", "echem.fe-map");

    @Override
    public boolean supports(Result result) {
        return ANALYSES.contains(result.analysisId());
    }

    @Override
    public List<NamedChart> charts(Result result) {
        return supports(result) ? ResultCharts.of(result) : List.of();
    }
}
