package org.electrocat.examples;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.BarSeries;
import org.electrocat.chart.Charts;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.osgi.service.component.annotations.Component;

/**
 * Charts of the example helpers: a heat map per product for {@code example.femap} (viridis, blank
 * cells grey) and the relative differences of {@code example.compare} as bars.
 */
@Component(service = ChartContributor.class, property = {"electrocat.id=example.charts", "electrocat.technique=example"})
public final class ExampleCharts implements ChartContributor {

    @Override
    public boolean supports(Result result) {
        return result.analysisId().equals(FeMap.ID) || result.analysisId().equals(PaperComparison.ID);
    }

    @Override
    public List<NamedChart> charts(Result result) {
        return result.analysisId().equals(FeMap.ID) ? heatmaps(result) : differences(result);
    }

    private static List<NamedChart> heatmaps(Result r) {
        Dataset axis = r.curves().stream().filter(d -> d.id().equals(FeMap.AXIS_CURVE)).findFirst().orElse(null);
        if (axis == null) {
            return List.of();
        }
        Column e = axis.require("E");
        double[] xs = e.array();
        List<NamedChart> out = new ArrayList<>();
        for (Table t : r.tables()) {
            List<String> rows = new ArrayList<>();
            double[][] z = new double[t.rows().size()][xs.length];
            boolean any = false;
            for (int i = 0; i < t.rows().size(); i++) {
                List<Object> row = t.rows().get(i);
                rows.add(String.valueOf(row.get(0)));
                for (int c = 0; c < xs.length; c++) {
                    Object cell = row.get(c + 1);
                    z[i][c] = cell instanceof Quantity q ? q.value() : Double.NaN;
                    any |= cell instanceof Quantity;
                }
            }
            if (!any) {
                continue;
            }
            String product = t.title().replaceFirst("^FE ", "");
            Axis x = e.scale() == null || !e.scale().isConvertible() ? Axis.of("E", e.unit())
                    : Axis.potential("E", e.unit(), e.scale());
            out.add(new NamedChart("femap-" + product.replaceAll("[^A-Za-z0-9]", ""), "Faradaic efficiency of "
                    + product + " over catalyst and potential.", Charts.heatmap("FE " + product, x, xs, "Catalyst",
                            rows, z, Axis.of("FE(" + product + ")", "%"))));
        }
        return out;
    }

    private static List<NamedChart> differences(Result r) {
        if (r.tables().isEmpty()) {
            return List.of();
        }
        Table t = r.tables().get(0);
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            if (row.get(4) instanceof Number n) {
                String label = String.valueOf(row.get(0));
                while (labels.contains(label)) {
                    label = label + " ";
                }
                labels.add(label);
                values.add(n.doubleValue());
            }
        }
        if (labels.isEmpty()) {
            return List.of();
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        return List.of(new NamedChart("paper-vs-electrocat", "Relative difference (ElectroCat − paper)/|paper| of"
                + " each published number.", Charts.bar("ElectroCat vs paper", "Published number",
                        Axis.of("(ElectroCat − paper)/|paper|", "%"), labels, List.of(BarSeries.of("difference", v)))));
    }
}
