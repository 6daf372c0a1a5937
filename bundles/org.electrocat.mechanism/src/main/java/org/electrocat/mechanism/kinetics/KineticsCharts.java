package org.electrocat.mechanism.kinetics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.HouseStyle;
import org.electrocat.chart.Series;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.osgi.service.component.annotations.Component;

/**
 * Charts of a {@code mechanism.kinetics} result: FE of every product against potential (model lines,
 * measured points in the same colour), CHO conversion against potential, concentrations and FE
 * against time at one potential, and measured against model with the line y = x.
 */
@Component(service = ChartContributor.class, property = {"electrocat.id=mechanism.kinetics.charts",
        "electrocat.technique=mechanism"})
public final class KineticsCharts implements ChartContributor {

    @Override
    public boolean supports(Result result) {
        return KineticsAnalysis.ID.equals(result.analysisId()) && curve(result, KineticsOutputs.MODEL).isPresent();
    }

    private static Optional<Dataset> curve(Result r, String kind) {
        return r.curves().stream().filter(d -> kind.equals(d.kind())).findFirst();
    }

    @Override
    public List<NamedChart> charts(Result result) {
        List<NamedChart> out = new ArrayList<>();
        Dataset model = curve(result, KineticsOutputs.MODEL).orElseThrow();
        Optional<Dataset> measured = curve(result, KineticsOutputs.MEASURED);
        Column e = model.require("E");
        Axis potential = Axis.potential("E", e.unit(), e.scale());
        String time = String.format(Locale.ROOT, "%.0f s", Double.parseDouble(model.meta("time").orElse("NaN")));
        List<Series> lines = new ArrayList<>();
        for (Product p : Product.values()) {
            lines.add(Series.of(p.label() + " (model)", e.array(), model.require("FE " + p.label()).array()));
        }
        JFreeChart fe = Charts.xy("Faradaic efficiency after " + time, potential, Axis.of("FE", "%"), lines);
        measured.ifPresent(m -> addPoints(fe, m, Product.values().length, true));
        out.add(new NamedChart("fe-vs-potential", "Faradaic efficiency of each product against potential: model"
                + " lines" + (measured.isPresent() ? ", measured points" : "") + ".", fe));
        JFreeChart conv = Charts.xy("Cyclohexanone conversion after " + time, potential, Axis.of("Conversion", "%"),
                List.of(Series.of("model", e.array(), model.require("CHO conversion").array())));
        measured.ifPresent(m -> addPoints(conv, m, Product.values().length, false));
        out.add(new NamedChart("conversion-vs-potential", "Cyclohexanone conversion against potential.", conv));
        curve(result, KineticsOutputs.TIME_COURSE).ifPresent(t -> out.addAll(timeCourse(t)));
        measured.ifPresent(m -> {
            Series points = Series.of("measured values", m.require("measured").array(), m.require("model").array());
            out.add(new NamedChart("measured-vs-model", "Model against measured values (FE and conversion, %);"
                    + " the line is y = x.", Charts.scatterWithFit("Measured vs model", Axis.of("Measured", "%"),
                    Axis.of("Model", "%"), points, 1, 0, "y = x")));
        });
        return out;
    }

    /** Measured points as markers coloured like the model line of the same quantity. */
    private static void addPoints(JFreeChart chart, Dataset m, int conversionCode, boolean fe) {
        double[] e = m.require("E").array();
        double[] v = m.require("measured").array();
        double[] q = m.require("quantity").array();
        DefaultXYDataset points = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        int series = 0;
        for (int code = 0; code <= conversionCode; code++) {
            if (fe == (code == conversionCode)) {
                continue;
            }
            int n = 0;
            for (double c : q) {
                n += c == code ? 1 : 0;
            }
            if (n == 0) {
                continue;
            }
            double[][] xy = new double[2][n];
            int k = 0;
            for (int i = 0; i < q.length; i++) {
                if (q[i] == code) {
                    xy[0][k] = e[i];
                    xy[1][k++] = v[i];
                }
            }
            String name = code == conversionCode ? "measured" : Product.values()[code].label() + " (measured)";
            points.addSeries(name, xy);
            renderer.setSeriesPaint(series, HouseStyle.colour(fe ? code : 0));
            series++;
        }
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(1, points);
        plot.setRenderer(1, renderer);
    }

    private static List<NamedChart> timeCourse(Dataset t) {
        double[] hours = t.require("t").array();
        List<Series> conc = new ArrayList<>();
        List<Series> fe = new ArrayList<>();
        for (Column c : t.columns()) {
            if (c.name().startsWith("c(")) {
                conc.add(Series.of(c.name().substring(2, c.name().length() - 1), hours, c.array()));
            } else if (c.name().startsWith("FE ")) {
                fe.add(Series.of(c.name().substring(3), hours, c.array()));
            }
        }
        String at = t.name().replace("Time course ", "");
        return List.of(
                new NamedChart("time-course-concentrations", "Concentrations against electrolysis time " + at + ".",
                        Charts.xy("Concentrations " + at, Axis.of("t", "h"), Axis.of("c", "mM"), conc)),
                new NamedChart("time-course-fe", "Cumulative Faradaic efficiencies against time " + at + ".",
                        Charts.xy("Faradaic efficiency " + at, Axis.of("t", "h"), Axis.of("FE", "%"), fe)));
    }
}
