package org.electrocat.echem.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.echem.chart.EchemCharts.Series;
import org.jfree.chart.JFreeChart;

/**
 * Voltammogram chart of {@code echem.lsv}: every sweep, the analysed sweep emphasised, the onset
 * potentials as markers, the background and tangent lines of the tangent method, and a Tafel plot.
 */
final class LsvCharts {

    private static final int MAX_SWEEPS = 12;

    private LsvCharts() {
    }

    static List<NamedChart> of(Result r, String lsvId, String tafelId) {
        List<NamedChart> out = new ArrayList<>();
        Optional<Dataset> processed = r.curves().stream().filter(d -> d.id().endsWith(".lsv")).findFirst();
        processed.ifPresent(d -> out.add(new NamedChart(lsvId, "Current density against potential; markers: onset"
                + " potentials; dashed: background and tangent of the tangent method.", voltammogram(r, d))));
        r.curves().stream().filter(d -> d.id().equals("lsv.tafel")).findFirst().ifPresent(d -> {
            List<Series> s = List.of(Series.points("data", d.require("log|j|").array(), d.require("E").array()),
                    Series.dashed("fit", d.require("log|j|").array(), d.require("E fit").array()));
            JFreeChart c = EchemCharts.lines(null, "log₁₀(|j| / mA cm⁻²)", EchemCharts.axisLabel(d.require("E")), s,
                    false);
            String b = r.value("tafel.slope").map(v -> v.quantity().toString()).orElse("");
            out.add(new NamedChart(tafelId, "Tafel plot of the chosen window; slope " + b + ".", c));
        });
        return out;
    }

    private static JFreeChart voltammogram(Result r, Dataset d) {
        Column e = d.require("E");
        double[] ev = e.array();
        double[] j = d.require("j").array();
        double[] sweep = d.require("sweep").array();
        int analysed = (int) ResultCharts.quantity(r, "segment").map(q -> q.value()).orElse(0.0).doubleValue();
        List<Series> series = new ArrayList<>();
        Series main = null;
        int shown = 0;
        int start = 0;
        for (int i = 1; i <= ev.length; i++) {
            if (i == ev.length || sweep[i] != sweep[start]) {
                int s = (int) sweep[start];
                if (s == analysed) {
                    main = new Series("sweep " + s + " (analysed)", java.util.Arrays.copyOfRange(ev, start, i),
                            java.util.Arrays.copyOfRange(j, start, i), EchemCharts.Style.EMPHASIS);
                } else if (shown < MAX_SWEEPS) {
                    // series keys must be unique; only the first grey sweep appears in the legend
                    series.add(new Series(shown == 0 ? "other sweeps" : "sweep " + s, java.util.Arrays.copyOfRange(ev, start, i),
                            java.util.Arrays.copyOfRange(j, start, i), EchemCharts.Style.MUTED));
                    shown++;
                }
                start = i;
            }
        }
        if (main != null) {
            series.add(main);
        }
        addTangent(r, series);
        JFreeChart chart = EchemCharts.lines(null, EchemCharts.axisLabel(e), EchemCharts.axisLabel(d.require("j")),
                series, false);
        ResultCharts.quantity(r, "onset.threshold").ifPresent(q -> EchemCharts.markX(chart, q.value(), "onset (threshold)",
                1));
        ResultCharts.quantity(r, "onset.tangent").ifPresent(q -> EchemCharts.markX(chart, q.value(), "onset (tangent)",
                2));
        for (int k = 1; k <= 5; k++) {
            ResultCharts.quantity(r, "peak" + k + ".E").ifPresent(q -> EchemCharts.markX(chart, q.value(), "peak", 3));
        }
        return chart;
    }

    /** Background line from the sweep start to the onset, tangent from the onset to where it was taken. */
    private static void addTangent(Result r, List<Series> series) {
        Optional<Double> ts = ResultCharts.quantity(r, "tangent.slope").map(q -> q.value());
        Optional<Double> ti = ResultCharts.quantity(r, "tangent.intercept").map(q -> q.value());
        Optional<Double> bs = ResultCharts.quantity(r, "background.slope").map(q -> q.value());
        Optional<Double> bi = ResultCharts.quantity(r, "background.intercept").map(q -> q.value());
        Optional<Double> on = ResultCharts.quantity(r, "onset.tangent").map(q -> q.value());
        Optional<Double> at = ResultCharts.quantity(r, "tangent.at").map(q -> q.value());
        Optional<Double> from = ResultCharts.quantity(r, "sweep.start").map(q -> q.value());
        if (ts.isEmpty() || ti.isEmpty() || bs.isEmpty() || bi.isEmpty() || on.isEmpty() || at.isEmpty()
                || from.isEmpty()) {
            return;
        }
        double o = on.get();
        double[] xb = {from.get(), o};
        double[] xt = {o, at.get() + 0.1 * (at.get() - o)};
        series.add(Series.dashed("background", xb, new double[] {bi.get() + bs.get() * xb[0],
            bi.get() + bs.get() * xb[1]}));
        series.add(Series.dashed("tangent", xt, new double[] {ti.get() + ts.get() * xt[0], ti.get() + ts.get() * xt[1]}));
    }
}
