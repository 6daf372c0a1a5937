package org.electrocat.vibspec.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ReportBuilder;
import org.electrocat.api.Result;
import org.electrocat.chart.ChartExport;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.model.Table;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.vibspec.analysis.BaselineAnalysis;
import org.electrocat.vibspec.analysis.InSituAnalysis;
import org.electrocat.vibspec.analysis.PeaksAnalysis;
import org.electrocat.vibspec.io.spc.SpcReader;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumSeries;
import org.electrocat.vibspec.testing.Fixtures;
import org.electrocat.vibspec.testing.Runs;
import org.electrocat.vibspec.testing.SharedData;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Charts are produced for each kind of result, render to SVG, and IR axes run from high to low. */
class ChartsAndReportTest {

    @Test
    void irPeaksChartIsReversedAndRenders() throws IOException {
        Dataset ir = Fixtures.read(new SpcReader(), SharedData.file("raman_ir/Ft-ir.spc")).get(0);
        Result r = Runs.run(new PeaksAnalysis(), List.of(ir), Map.of("positions", "1601, 1583, 1493, 1452",
                "shape", "lorentzian"));
        List<NamedChart> charts = new VibspecChartContributor().charts(r);
        assertEquals(1, charts.size());
        JFreeChart c = charts.get(0).chart();
        assertTrue(c.getXYPlot().getDomainAxis().isInverted(), "IR wavenumber axis runs high to low");
        String svg = ChartExport.svg(c, 800, 500);
        assertTrue(svg.startsWith("<svg") || svg.contains("<svg"), "svg");
        assertTrue(c.getXYPlot().getDataset().getSeriesCount() >= 3, "data, fit and components");
    }

    @Test
    void inSituChartsAndReportBlocks() {
        List<Spectrum> s = new ArrayList<>();
        double[] e = {0, -0.3, -0.6, -0.9};
        for (int k = 0; k < e.length; k++) {
            double[] x = new double[400];
            double[] y = new double[400];
            for (int i = 0; i < 400; i++) {
                x[i] = 1000 + i;
                y[i] = 10 + (300 + 200 * e[k]) / (1 + Math.pow((x[i] - 1045) / 5, 2))
                        + (-300 * e[k]) / (1 + Math.pow((x[i] - 1284) / 6, 2)) + Math.sin(i);
            }
            s.add(Spectrum.of("s" + k, "Raman shift", org.electrocat.core.units.Units.WAVENUMBER, x, "intensity",
                    org.electrocat.core.units.Units.ARBITRARY, y).atPotential(e[k], PotentialScale.AG_AGCL_SAT_KCL));
        }
        Result r = Runs.run(new InSituAnalysis(), List.of(SpectrumSeries.toDataset(s, "ser", Provenance.NONE)),
                Map.of("positions", "1045, 1284"));
        List<NamedChart> charts = new VibspecChartContributor().charts(r);
        List<String> ids = charts.stream().map(NamedChart::id).toList();
        assertEquals(List.of("spectra", "difference", "colourmap", "position", "area"), ids);
        for (NamedChart c : charts) {
            assertFalse(ChartExport.svg(c.chart(), 600, 400).isEmpty());
        }
        List<String> blocks = new ArrayList<>();
        new VibspecReportSection().write(r, new ReportBuilder() {
            public void heading(String text) {
                blocks.add("heading");
            }

            public void paragraph(String text) {
                blocks.add("paragraph");
            }

            public void values(List<Result.Value> values) {
                blocks.add("values");
            }

            public void table(Table table) {
                blocks.add("table");
            }

            public void chart(NamedChart chart) {
                blocks.add("chart");
            }

            public void warning(String text) {
                blocks.add("warning");
            }
        });
        assertEquals("paragraph", blocks.get(0));
        assertTrue(blocks.contains("values") && blocks.contains("table"));
        assertEquals(5, blocks.stream().filter(b -> b.equals("chart")).count());
    }

    @Test
    void seriesBaselineGivesAWaterfall() {
        List<Spectrum> s = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            double[] x = new double[100];
            double[] y = new double[100];
            for (int i = 0; i < 100; i++) {
                x[i] = 500 + 2 * i;
                y[i] = 5 + 0.01 * i + k * Math.exp(-(i - 50) * (i - 50) / 30.0);
            }
            s.add(Spectrum.of("s", "Raman shift", org.electrocat.core.units.Units.WAVENUMBER, x, "intensity",
                    org.electrocat.core.units.Units.ARBITRARY, y).atPotential(-0.01 * k, PotentialScale.RHE));
        }
        Result r = Runs.run(new BaselineAnalysis(), List.of(SpectrumSeries.toDataset(s, "ser", Provenance.NONE)),
                Map.of());
        List<NamedChart> charts = new VibspecChartContributor().charts(r);
        assertEquals(1, charts.size());
        assertEquals(SpectrumCharts.MAX_TRACES, charts.get(0).chart().getXYPlot().getDataset().getSeriesCount());
    }
}
