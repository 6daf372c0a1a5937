package org.electrocat.echem.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.echem.chart.EchemCharts.Series;
import org.jfree.chart.JFreeChart;

/** The charts of each echem analysis, built from a {@link Result}'s curves, values and tables. */
final class ResultCharts {

    private ResultCharts() {
    }

    static List<NamedChart> of(Result r) {
        switch (r.analysisId()) {
            case "echem.ca":
                return chronoamperogram(r, "ca");
            case "echem.fe":
                return fe(r);
            case "echem.calibration":
                return calibration(r);
            case "echem.conversion":
                return conversion(r);
            case "echem.lsv":
                return lsv(r);
            case "echem.cdl":
                return cdl(r);
            case "echem.recyclability":
                return recyclability(r);
            case "echem.fe-map":
                return FeMapCharts.of(r);
            default:
                return List.of();
        }
    }

    private static Optional<Dataset> curve(Result r, String idSuffix) {
        return r.curves().stream().filter(d -> d.id().endsWith(idSuffix)).findFirst();
    }

    private static Series series(String name, Dataset d, String x, String y) {
        return Series.line(name, d.require(x).array(), d.require(y).array());
    }

    private static String id(Result r, String suffix) {
        return (r.id() + "-" + suffix).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static List<NamedChart> chronoamperogram(Result r, String prefix) {
        Optional<Dataset> c = curve(r, ".ca");
        if (c.isEmpty()) {
            return List.of();
        }
        Dataset d = c.get();
        Column t = d.require("time");
        JFreeChart current = EchemCharts.lines(null, EchemCharts.axisLabel(t), EchemCharts.axisLabel(d.require("j")),
                List.of(series(d.name(), d, "time", "j")), false);
        JFreeChart charge = EchemCharts.lines(null, EchemCharts.axisLabel(t), EchemCharts.axisLabel(d.require("Q")),
                List.of(series("∫|I|dt", d, "time", "Q")), false);
        return List.of(new NamedChart(id(r, prefix + "-current"), "Current density against time in the integration"
                + " window.", current), new NamedChart(id(r, prefix + "-charge"), "Cumulative charge ∫|I|dt.", charge));
    }

    private static List<NamedChart> fe(Result r) {
        List<String> products = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        List<Double> u = new ArrayList<>();
        for (Result.Value val : r.values()) {
            if (val.key().startsWith("fe.") && !val.key().equals("fe.total")) {
                products.add(val.key().substring(3));
                v.add(val.quantity().value());
                u.add(val.quantity().uncertainty());
            }
        }
        List<NamedChart> out = new ArrayList<>();
        if (!products.isEmpty()) {
            out.add(new NamedChart(id(r, "fe"), "Faradaic efficiency per product; error bars: one standard uncertainty.",
                    EchemCharts.bars(null, "product", "FE / %", List.of("FE"), products, new double[][] {unbox(v)},
                            new double[][] {unbox(u)})));
        }
        out.addAll(chronoamperogram(r, "fe"));
        return out;
    }

    private static List<NamedChart> calibration(Result r) {
        Optional<Dataset> c = curve(r, "calibration");
        if (c.isEmpty()) {
            return List.of();
        }
        Dataset d = c.get();
        double[] x = d.require("c").array();
        double[] y = d.require("response").array();
        double[] fit = d.require("fit").array();
        double[] role = d.require("role").array();
        List<double[]> std = split(x, y, role, 0);
        List<double[]> smp = split(x, y, role, 1);
        double[] order = x.clone();
        java.util.Arrays.sort(order);
        double[] line = new double[order.length];
        double slope = r.value("slope").map(q -> q.quantity().value()).orElse(Double.NaN);
        double icpt = r.value("intercept").map(q -> q.quantity().value()).orElse(Double.NaN);
        for (int i = 0; i < order.length; i++) {
            line[i] = icpt + slope * order[i];
        }
        List<Series> s = new ArrayList<>();
        s.add(Series.points("standards", std.get(0), std.get(1)));
        s.add(Series.dashed("least-squares line", order, line));
        if (smp.get(0).length > 0) {
            s.add(Series.points("samples (as measured)", smp.get(0), smp.get(1)));
        }
        return List.of(new NamedChart(id(r, "calibration"), "Calibration line with standards and samples.",
                EchemCharts.lines(null, EchemCharts.axisLabel(d.require("c")), "response", s, false)));
    }

    private static List<double[]> split(double[] x, double[] y, double[] role, double which) {
        int n = 0;
        for (double v : role) {
            if (v == which) {
                n++;
            }
        }
        double[] a = new double[n];
        double[] b = new double[n];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (role[i] == which) {
                a[k] = x[i];
                b[k++] = y[i];
            }
        }
        return List.of(a, b);
    }

    private static List<NamedChart> conversion(Result r) {
        List<String> names = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        List<Double> u = new ArrayList<>();
        for (String k : List.of("conversion", "selectivity", "carbonBalance")) {
            r.value(k).ifPresent(val -> {
                names.add(val.label());
                v.add(val.quantity().value());
                u.add(val.quantity().uncertainty());
            });
        }
        return List.of(new NamedChart(id(r, "conversion"), "CHO conversion, CHOX selectivity and carbon balance;"
                + " error bars: one standard uncertainty.", EchemCharts.bars(null, "", "value / %", List.of("value"),
                        names, new double[][] {unbox(v)}, new double[][] {unbox(u)})));
    }

    private static List<NamedChart> lsv(Result r) {
        return LsvCharts.of(r, id(r, "lsv"), id(r, "tafel"));
    }

    private static List<NamedChart> cdl(Result r) {
        List<NamedChart> out = new ArrayList<>();
        curve(r, "cdl.fit").ifPresent(d -> {
            List<Series> s = List.of(Series.points("Δj at the window centre", d.require("v").array(),
                    d.require("Δj").array()), Series.dashed("linear fit, slope = Cdl", d.require("v").array(),
                            d.require("fit").array()));
            JFreeChart c = EchemCharts.lines(null, EchemCharts.axisLabel(d.require("v")),
                    EchemCharts.axisLabel(d.require("Δj")), s, false);
            String cdl = r.value("cdl").map(v -> v.quantity().toString()).orElse("");
            out.add(new NamedChart(id(r, "cdl-fit"), "Δj = (j_a − j_c)/2 against scan rate; Cdl = " + cdl + ".", c));
        });
        List<Series> cvs = new ArrayList<>();
        String xLabel = null;
        for (Dataset d : r.curves()) {
            if (d.id().endsWith(".cdl-cycle")) {
                cvs.add(series(d.name(), d, "E", "j"));
                xLabel = EchemCharts.axisLabel(d.require("E"));
            }
        }
        if (!cvs.isEmpty()) {
            JFreeChart c = EchemCharts.lines(null, xLabel, "j / mA cm⁻²", cvs, false);
            r.value("potential").ifPresent(v -> EchemCharts.markX(c, v.quantity().value(), "E evaluated", 7));
            out.add(new NamedChart(id(r, "cdl-cvs"), "The CV cycles used, one per scan rate.", c));
        }
        return out;
    }

    private static List<NamedChart> recyclability(Result r) {
        Optional<Dataset> c = curve(r, "recyclability");
        if (c.isEmpty()) {
            return List.of();
        }
        Dataset d = c.get();
        double[] cycles = d.require("cycle").array();
        List<String> names = new ArrayList<>();
        for (double k : cycles) {
            names.add(String.valueOf((int) k));
        }
        List<NamedChart> out = new ArrayList<>();
        double[] fe = d.require("FE").array();
        if (fe.length > 0 && Double.isFinite(fe[0])) {
            out.add(new NamedChart(id(r, "recyclability-fe"), "Faradaic efficiency per cycle; error bars: one"
                    + " standard uncertainty.", EchemCharts.bars(null, "cycle", "FE / %", List.of("FE"), names,
                            new double[][] {fe}, new double[][] {d.require("u(FE)").array()})));
        }
        out.add(new NamedChart(id(r, "recyclability-current"), "Mean |j| per cycle.", EchemCharts.lines(null, "cycle",
                EchemCharts.axisLabel(d.require("j")), List.of(series("mean |j|", d, "cycle", "j")), true)));
        return out;
    }

    private static double[] unbox(List<Double> l) {
        double[] a = new double[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }

    /** The first table of a result with the given title prefix, if any (for report sections). */
    static Optional<Table> table(Result r, String titlePrefix) {
        return r.tables().stream().filter(t -> t.title().startsWith(titlePrefix)).findFirst();
    }

    /** A value's quantity, if present. */
    static Optional<Quantity> quantity(Result r, String key) {
        return r.value(key).map(Result.Value::quantity);
    }
}
