package org.electrocat.xas.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.Series;
import org.electrocat.chart.SpectrumLayout;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.osgi.service.component.annotations.Component;

/**
 * XAS charts: normalised µ(E) of every spectrum, χ(k)·kⁿ, |χ(R)| (with the real part), χ(q), and the
 * linear-combination fit with its components.
 */
@Component(service = ChartContributor.class, property = {"electrocat.id=xas.charts", "electrocat.technique=xas"})
public final class XasCharts implements ChartContributor {

    @Override
    public boolean supports(Result result) {
        return result.analysisId().startsWith("xas.") && result.curves().stream()
                .anyMatch(d -> d.metadata().containsKey("xas.curves"));
    }

    @Override
    public List<NamedChart> charts(Result result) {
        List<NamedChart> out = new ArrayList<>();
        List<Series> norm = new ArrayList<>();
        List<Series> chik = new ArrayList<>();
        List<Series> chir = new ArrayList<>();
        List<Series> chiq = new ArrayList<>();
        String w = "2";
        for (Dataset d : result.curves()) {
            String kind = d.metadata().getOrDefault("xas.curves", "");
            String name = unique(d.name(), norm.size() + chik.size() + chir.size());
            switch (kind) {
                case "norm" -> norm.add(Series.of(name, d.require("energy").array(), d.require("norm").array()));
                case "chik" -> {
                    w = d.metadata().getOrDefault("xas.kweight", w);
                    chik.add(Series.of(name, d.require("k").array(), d.require("chi*k^" + w).array()));
                }
                case "chir" -> {
                    chir.add(Series.of(name, d.require("R").array(), d.require("|chi(R)|").array()));
                    if (result.curves().stream().filter(x -> "chir".equals(x.metadata().get("xas.curves"))).count() == 1) {
                        chir.add(Series.of("Re χ(R)", d.require("R").array(), d.require("Re chi(R)").array()));
                    }
                }
                case "chiq" -> chiq.add(Series.of(name, d.require("q").array(), d.require("Re chi(q)").array()));
                case "lcf" -> {
                    List<Series> s = new ArrayList<>();
                    double[] e = d.require("energy").array();
                    s.add(Series.of("sample", e, d.require("sample").array()));
                    s.add(Series.of("fit", e, d.require("fit").array()));
                    for (Column c : d.columns()) {
                        if (c.name().startsWith("component: ")) {
                            s.add(Series.of(c.name().substring(11), e, c.array()));
                        }
                    }
                    out.add(new NamedChart("xas-lcf", "Linear-combination fit: sample, fit and weighted references.",
                            Charts.xy(null, Axis.of("E", "eV"), Axis.of("normalised µ(E)", ""), s)));
                }
                default -> {
                }
            }
        }
        if (!norm.isEmpty()) {
            out.add(new NamedChart("xas-norm", "Normalised µ(E).",
                    Charts.spectrum(null, Axis.of("E", "eV"), Axis.of("normalised µ(E)", ""), norm, SpectrumLayout.OVERLAY)));
        }
        if (!chik.isEmpty()) {
            out.add(new NamedChart("xas-chik", "EXAFS χ(k)·k^" + w + " after AUTOBK background removal.",
                    Charts.xy(null, Axis.of("k", "Å-1"), Axis.of("χ(k)·k^" + w, "Å-" + w), chik)));
        }
        if (!chir.isEmpty()) {
            out.add(new NamedChart("xas-chir", "|χ(R)| (phase-uncorrected) of the k^" + w + "-weighted, windowed χ(k).",
                    Charts.xy(null, Axis.of("R", "Å"), Axis.of("|χ(R)|", "Å-" + (Integer.parseInt(w) + 1)), chir)));
        }
        if (!chiq.isEmpty()) {
            out.add(new NamedChart("xas-chiq", "Back-transform Re χ(q) over the R window.",
                    Charts.xy(null, Axis.of("q", "Å-1"), Axis.of("Re χ(q)", ""), chiq)));
        }
        return out;
    }

    private static String unique(String name, int n) {
        return name == null || name.isBlank() ? "spectrum " + (n + 1) : name;
    }
}
