package org.electrocat.ms.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.Series;
import org.electrocat.chart.SpectrumLayout;
import org.electrocat.core.model.Dataset;
import org.electrocat.ms.analysis.ResultCurves;
import org.electrocat.ms.io.SpectrumDatasets;
import org.osgi.service.component.annotations.Component;

/**
 * Charts for MS results, one per group (candidate ion or labelled fragment): the measured region,
 * the calculated profile(s) and the fine-structure sticks (drawn as vertical lines from zero),
 * all in % of their own maximum so that pattern shapes compare directly.
 */
@Component(service = ChartContributor.class, property = {"electrocat.id=ms.charts", "electrocat.technique=ms"})
public final class MsCharts implements ChartContributor {

    @Override
    public boolean supports(Result result) {
        return result.analysisId().startsWith("ms.") && !result.curves().isEmpty();
    }

    @Override
    public List<NamedChart> charts(Result result) {
        Map<String, List<Dataset>> groups = new LinkedHashMap<>();
        for (Dataset d : result.curves()) {
            groups.computeIfAbsent(d.metadata().getOrDefault(ResultCurves.GROUP, "spectrum"), k -> new ArrayList<>())
                    .add(d);
        }
        List<NamedChart> charts = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Dataset>> g : groups.entrySet()) {
            List<Series> series = new ArrayList<>();
            for (Dataset d : g.getValue()) {
                if (d.rows() == 0) {
                    continue;
                }
                double[] x = d.require(SpectrumDatasets.MZ).array();
                double[] y = d.require(SpectrumDatasets.INTENSITY).array();
                String label = d.metadata().getOrDefault(ResultCurves.LABEL, d.name());
                if (ResultCurves.STICKS.equals(d.metadata().get(ResultCurves.ROLE))) {
                    series.add(sticks(label, x, y));
                } else {
                    series.add(Series.of(label, x, y));
                }
            }
            if (series.isEmpty()) {
                continue;
            }
            String id = "ms-" + result.id().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + (++n);
            charts.add(new NamedChart(id, caption(result, g.getKey()),
                    Charts.spectrum(g.getKey(), Axis.of("m/z", ""), Axis.of("relative intensity", "%"), series,
                            SpectrumLayout.OVERLAY)));
        }
        return charts;
    }

    private static String caption(Result result, String group) {
        return switch (result.analysisId()) {
            case "ms.label" -> group + ": unlabelled and labelled isotope patterns (each scaled to 100 %)";
            case "ms.assign" -> group + ": calculated profile against the measured region (each scaled to 100 %)";
            default -> group + ": isotope pattern, profile and fine structure (% of the highest)";
        };
    }

    /**
     * Sticks as one series of vertical segments from zero separated by gaps (NaN), the way the
     * report and the workbench's MS views draw centroids and fine structure.
     */
    public static Series sticks(String name, double[] x, double[] y) {
        double[] sx = new double[3 * x.length];
        double[] sy = new double[3 * x.length];
        for (int i = 0; i < x.length; i++) {
            sx[3 * i] = x[i];
            sy[3 * i] = 0;
            sx[3 * i + 1] = x[i];
            sy[3 * i + 1] = y[i];
            sx[3 * i + 2] = Double.NaN;
            sy[3 * i + 2] = Double.NaN;
        }
        return Series.of(name, sx, sy);
    }
}
