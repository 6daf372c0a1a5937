package org.electrocat.tests.toy;

import java.util.List;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.osgi.service.component.annotations.Component;

/** Draws the cumulative charge of a toy.charge result. */
@Component(service = ChartContributor.class, property = {"electrocat.id=toy.charge.chart", "electrocat.technique=toy"})
public final class ToyChart implements ChartContributor {
    @Override
    public boolean supports(Result result) {
        return result.analysisId().equals("toy.charge");
    }

    @Override
    public List<NamedChart> charts(Result result) {
        Dataset q = result.curves().get(0);
        XYSeries s = new XYSeries("Q");
        for (int k = 0; k < q.rows(); k++) {
            s.add(q.require("t").get(k), q.require("Q").get(k));
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Cumulative charge", "t / s", "Q / C",
                new XYSeriesCollection(s), PlotOrientation.VERTICAL, false, false, false);
        return List.of(new NamedChart("charge", "Cumulative charge against time.", chart));
    }
}
