package org.electrocat.mechanism.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.HouseStyle;
import org.electrocat.chart.Series;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.mechanism.kinetics.KineticsAnalysis;
import org.electrocat.mechanism.kinetics.Product;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The Faradaic efficiency against potential of a {@code mechanism.kinetics} result, for the
 * workbench: the model's FE of each chosen product (and optionally the cyclohexanone conversion) as
 * lines, and the measured values the model was fitted to as markers in the colour of their line.
 * Reads the result's curves of kind {@value #MODEL} (columns {@code E} with its scale,
 * {@code FE <product>}, {@code CHO conversion}) and {@value #MEASURED} (columns {@code E},
 * {@code measured}, {@code quantity}: the {@link Product} ordinal, or the number of products for
 * conversion).
 */
public final class KineticCascade {

    /** Curve kind of the model against potential (as {@code KineticsOutputs} writes it). */
    public static final String MODEL = "kinetic-model-vs-potential";
    /** Curve kind of the measured values with the model's values. */
    public static final String MEASURED = "kinetic-measured-vs-model";
    /** Name of the conversion column of the model curve. */
    static final String CONVERSION = "CHO conversion";

    private KineticCascade() {
    }

    /** True for a {@code mechanism.kinetics} result with its model curve. */
    public static boolean supports(Result r) {
        return KineticsAnalysis.ID.equals(r.analysisId()) && curve(r, MODEL).isPresent();
    }

    static Optional<Dataset> curve(Result r, String kind) {
        return r.curves().stream().filter(d -> kind.equals(d.kind())).findFirst();
    }

    /** True when the result compares the model with measured values. */
    public static boolean hasMeasured(Result r) {
        return curve(r, MEASURED).isPresent();
    }

    /**
     * The chart.
     *
     * @param products   products whose FE is drawn, in {@link Product} order
     * @param conversion whether the conversion is drawn too
     * @throws IllegalArgumentException when nothing is chosen
     */
    public static JFreeChart chart(Result r, Set<Product> products, boolean conversion) {
        if (products.isEmpty() && !conversion) {
            throw new IllegalArgumentException("choose at least one product or the conversion");
        }
        Dataset model = curve(r, MODEL).orElseThrow(() -> new IllegalArgumentException(r.id() + " has no model curve"));
        Column e = model.require("E");
        List<Series> lines = new ArrayList<>();
        List<Integer> codes = new ArrayList<>();
        for (Product p : Product.values()) {
            if (products.contains(p)) {
                lines.add(Series.of(p.label() + " (model)", e.array(), model.require("FE " + p.label()).array()));
                codes.add(p.ordinal());
            }
        }
        if (conversion) {
            lines.add(Series.of("CHO conversion (model)", e.array(), model.require(CONVERSION).array()));
            codes.add(Product.values().length);
        }
        String time = model.meta("time").map(t -> String.format(Locale.ROOT, " after %.0f s", Double.parseDouble(t)))
                .orElse("");
        Axis y = products.isEmpty() ? Axis.of("Conversion", "%") : conversion ? Axis.of("FE, conversion", "%")
                : Axis.of("FE", "%");
        JFreeChart chart = Charts.xy("Kinetic cascade model" + time, Axis.potential("E", e.unit(), e.scale()), y, lines);
        curve(r, MEASURED).ifPresent(m -> addMeasured(chart.getXYPlot(), m, codes));
        return chart;
    }

    /** Measured values as markers, one series per quantity drawn, coloured like its model line. */
    private static void addMeasured(XYPlot plot, Dataset m, List<Integer> codes) {
        double[] e = m.require("E").array();
        double[] v = m.require("measured").array();
        double[] q = m.require("quantity").array();
        DefaultXYDataset points = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int line = 0; line < codes.size(); line++) {
            int code = codes.get(line);
            List<double[]> xy = new ArrayList<>();
            for (int i = 0; i < q.length; i++) {
                if (q[i] == code) {
                    xy.add(new double[] {e[i], v[i]});
                }
            }
            if (xy.isEmpty()) {
                continue;
            }
            double[][] series = new double[2][xy.size()];
            for (int i = 0; i < xy.size(); i++) {
                series[0][i] = xy.get(i)[0];
                series[1][i] = xy.get(i)[1];
            }
            String name = code == Product.values().length ? "CHO conversion (measured)"
                    : Product.values()[code].label() + " (measured)";
            renderer.setSeriesPaint(points.getSeriesCount(), HouseStyle.colour(line));
            points.addSeries(name, series);
        }
        plot.setDataset(1, points);
        plot.setRenderer(1, renderer);
    }

    /**
     * The fit's figures of merit for the line above the chart, e.g.
     * {@code RMS of model − measured 2.31 %, reduced χ² 1.05}; empty without measured data.
     */
    public static String fitSummary(Result r) {
        List<String> parts = new ArrayList<>();
        r.value("fit.rms").ifPresent(v -> parts.add(String.format(Locale.ROOT, "RMS of model − measured %.3g %s",
                v.quantity().value(), v.quantity().unit().symbol())));
        r.value("fit.reducedChi2").ifPresent(v -> parts.add(String.format(Locale.ROOT, "reduced χ² %.3g",
                v.quantity().value())));
        r.value("model.feChoxMax").ifPresent(v -> parts.add(String.format(Locale.ROOT, "highest model FE(CHOX) %.3g %s (%s)",
                v.quantity().value(), v.quantity().unit().symbol(), v.note())));
        return String.join(";   ", parts);
    }
}
