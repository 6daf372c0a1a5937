package org.electrocat.echem.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Parameters;
import org.electrocat.api.ReportBuilder;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.electrocat.echem.analysis.CalibrationAnalysis;
import org.electrocat.echem.analysis.ChronoamperometryAnalysis;
import org.electrocat.echem.analysis.ConversionAnalysis;
import org.electrocat.echem.analysis.DoubleLayerCapacitanceAnalysis;
import org.electrocat.echem.analysis.FaradaicEfficiencyAnalysis;
import org.electrocat.echem.analysis.LsvAnalysis;
import org.electrocat.echem.analysis.RecyclabilityAnalysis;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Every analysis yields charts that render headless, with "quantity / unit" axes, and a report block. */
class ChartsAndReportTest {

    private static Result run(Analysis a, List<Dataset> in, Map<String, String> p) {
        return a.run(AnalysisContext.of("step-" + a.id().substring(6), in, Parameters.resolve(a.id(), a.parameters(), p)));
    }

    private static Dataset ca(double amps) {
        int n = 601;
        double[] t = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = k;
            i[k] = amps * (1 + 0.1 * Math.exp(-k / 50.0));
        }
        return Dataset.builder("ca" + amps, DatasetKind.TIME_SERIES).column("time", Units.SECOND, t)
                .column("I", Units.AMPERE, i).build();
    }

    private static Dataset cv(double v) {
        int n = 801;
        double[] e = new double[n];
        double[] i = new double[n];
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            int ph = k % 400;
            boolean up = ph < 200;
            e[k] = -0.2 + 0.001 * (up ? ph : 400 - ph);
            t[k] = k * 0.001 / v;
            i[k] = 1e-3 * (0.5 * v * (up ? 1 : -1)) - 2e-3 * Math.exp(-0.5 * Math.pow((e[k] + 0.1) / 0.01, 2));
        }
        return Dataset.builder("cv" + v, DatasetKind.VOLTAMMOGRAM)
                .potentialColumn("E", Units.VOLT, e, PotentialScale.AG_AGCL_SAT_KCL).column("I", Units.AMPERE, i)
                .column("time", Units.SECOND, t).build();
    }

    @Test
    void everyAnalysisChartsAndReports() {
        List<Result> results = List.of(
                run(new ChronoamperometryAnalysis(), List.of(ca(-5e-3)), Map.of()),
                run(new FaradaicEfficiencyAnalysis(), List.of(ca(-5e-3)), Map.of("products",
                        "CHOX: 3 ± 0.1 umol; NO2-: 1 umol")),
                run(new CalibrationAnalysis(), List.of(), Map.of("standards", "0, 10, 20, 40 uM", "responses",
                        "0.01, 0.12, 0.23, 0.47", "samples", "0.3")),
                run(new ConversionAnalysis(), List.of(), Map.of("choStart", "50 umol", "choEnd", "5 umol", "chox",
                        "44 umol")),
                run(new LsvAnalysis(), List.of(cv(0.05)), Map.of("onsetThreshold", "0.5 mA/cm2")),
                run(new DoubleLayerCapacitanceAnalysis(), List.of(cv(0.02), cv(0.05), cv(0.1)), Map.of("potential",
                        "-0.05 V")),
                run(new RecyclabilityAnalysis(), List.of(ca(-5e-3), ca(-4.8e-3), ca(-4.7e-3)), Map.of("amounts",
                        "3 ± 0.1, 2.9 ± 0.1, 2.8 ± 0.1 umol")));
        EchemChartContributor charts = new EchemChartContributor();
        EchemReportSection section = new EchemReportSection();
        for (Result r : results) {
            assertTrue(charts.supports(r), r.analysisId());
            List<NamedChart> cs = charts.charts(r);
            assertFalse(cs.isEmpty(), "charts for " + r.analysisId());
            for (NamedChart c : cs) {
                BufferedImage img = c.chart().createBufferedImage(400, 300);
                assertEquals(400, img.getWidth());
                assertFalse(c.caption().isEmpty());
            }
            Recorder rec = new Recorder();
            section.write(r, rec);
            assertTrue(rec.blocks.get(0).startsWith("paragraph:"), r.analysisId());
            assertTrue(rec.blocks.contains("heading:Provenance"), r.analysisId());
            assertTrue(rec.blocks.stream().anyMatch(b -> b.startsWith("chart:")), r.analysisId());
            assertTrue(rec.blocks.get(rec.blocks.size() - 1).contains("Step " + r.analysisId()), r.analysisId());
        }
        JFreeChart lsv = charts.charts(results.get(4)).get(0).chart();
        assertEquals("E / V vs Ag/AgCl (sat. KCl)", lsv.getXYPlot().getDomainAxis().getLabel());
        assertEquals("j / mA cm⁻²", lsv.getXYPlot().getRangeAxis().getLabel());
        JFreeChart cdl = charts.charts(results.get(5)).get(0).chart();
        assertEquals("v / mV s⁻¹", cdl.getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void unitLabels() {
        assertEquals("µmol h⁻¹ cm⁻²", EchemCharts.pretty("umol h-1 cm-2"));
        assertEquals("mF cm⁻²", EchemCharts.pretty("mF/cm2"));
        assertEquals("cm²", EchemCharts.pretty("cm2"));
        assertEquals("µM⁻¹", EchemCharts.pretty("1/uM"));
    }

    /** Records the blocks a section writes. */
    private static final class Recorder implements ReportBuilder {
        final List<String> blocks = new ArrayList<>();

        @Override
        public void heading(String text) {
            blocks.add("heading:" + text);
        }

        @Override
        public void paragraph(String text) {
            blocks.add("paragraph:" + text);
        }

        @Override
        public void values(List<Result.Value> values) {
            blocks.add("values:" + values.size());
        }

        @Override
        public void table(Table table) {
            blocks.add("table:" + table.title());
        }

        @Override
        public void chart(NamedChart chart) {
            blocks.add("chart:" + chart.id());
        }

        @Override
        public void warning(String text) {
            blocks.add("warning:" + text);
        }
    }
}
