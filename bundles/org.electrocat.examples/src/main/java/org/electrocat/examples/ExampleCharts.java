package org.electrocat.examples;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.BarSeries;
import org.electrocat.chart.Charts;
import org.electrocat.core.model.Table;
import org.osgi.service.component.annotations.Component;

/** The chart of {@code example.compare}: the relative difference of each published number, as bars. */
@Component(service = ChartContributor.class, property = {"electrocat.id=example.charts", "electrocat.technique=example"})
public final class ExampleCharts implements ChartContributor {

    @Override
    public boolean supports(Result result) {
        return result.analysisId().equals(PaperComparison.ID);
    }

    @Override
    public List<NamedChart> charts(Result result) {
        return differences(result);
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
