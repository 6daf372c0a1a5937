package org.electrocat.eis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.chart.ChartExport;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.electrocat.eis.ftacv.FtacvTest;
import org.electrocat.eis.testing.TestCharts;
import org.junit.jupiter.api.Test;

/**
 * eis.ftacv on a time-series dataset (the paper's 10 Hz, 0.1 V modulation; known harmonic
 * amplitudes from {@link FtacvTest}), its input checks, and every eis result drawn to SVG and
 * written as a report section.
 */
class FtacvAndChartsTest {

    static Dataset record(int n, double dt) {
        double[][] rec = FtacvTest.record(n, dt, null);
        double[] t = new double[n];
        double[] ma = new double[n];
        for (int s = 0; s < n; s++) {
            t[s] = 5 + s * dt;
            ma[s] = rec[1][s] * 1e3;
        }
        return Dataset.builder("ftacv", DatasetKind.TIME_SERIES).column("time", Units.SECOND, t)
                .potentialColumn("E", Units.VOLT, rec[0], PotentialScale.AG_AGCL_SAT_KCL)
                .column("I", Units.MILLIAMPERE, ma).build();
    }

    @Test
    void harmonicsOfATimeSeriesDataset() {
        Result r = SeriesAnalysesTest.run(new FtacvAnalysis(), List.of(record(100_000, 1e-3)), Map.of());
        assertEquals(10, r.value("frequency").orElseThrow().quantity().value(), 1e-4);
        assertEquals(0.1, r.value("amplitude").orElseThrow().quantity().value(), 1e-4);
        Table t = r.tables().get(0);
        for (int k = 1; k <= 5; k++) {
            double median = ((Number) t.rows().get(k - 1).get(3)).doubleValue();
            // in mA, as the current column
            assertEquals(FtacvTest.AMPLITUDES[k - 1] * 1e3, median, 0.005 * FtacvTest.AMPLITUDES[k - 1] * 1e3 + 3e-5,
                    "harmonic " + k);
        }
        Dataset h = r.curves().stream().filter(d -> "harmonics".equals(d.metadata().get(Curves.ROLE))).findFirst()
                .orElseThrow();
        assertEquals(PotentialScale.AG_AGCL_SAT_KCL, h.require("E_dc").scale());
        assertEquals(5.0, h.require("time").get(0), 1e-12, "times start at the record's first time stamp");
    }

    @Test
    void irregularTimeIsRefused() {
        Dataset d = record(10_000, 1e-3);
        double[] t = d.require("time").values();
        t[5000] += 0.0008;
        Dataset bad = d.toBuilder().column("time", Units.SECOND, t).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SeriesAnalysesTest.run(new FtacvAnalysis(), List.of(bad), Map.of()));
        assertTrue(e.getMessage().contains("not uniformly sampled: row 5001"), e.getMessage());
    }

    @Test
    void everyResultDrawsAndReports() {
        List<Result> results = new ArrayList<>();
        results.add(SeriesAnalysesTest.run(new FtacvAnalysis(), List.of(record(20_000, 1e-3)), Map.of()));
        List<Dataset> series = SeriesAnalysesTest.series(0.002);
        results.add(SeriesAnalysesTest.run(new BodeAnalysis(), series, Map.of()));
        results.add(SeriesAnalysesTest.run(new BatchAnalysis(), series, Map.of("circuit", "R0-p(R1,C1)")));
        results.add(SeriesAnalysesTest.run(new FitAnalysis(), series.subList(0, 1), Map.of("circuit", "R0-p(R1,C1)")));
        results.add(SeriesAnalysesTest.run(new KkAnalysis(), series.subList(0, 1), Map.of()));
        results.add(SeriesAnalysesTest.run(new DrtAnalysis(), series.subList(0, 1), Map.of()));
        org.electrocat.eis.chart.EisChartContributor charts = new org.electrocat.eis.chart.EisChartContributor();
        org.electrocat.eis.chart.EisReportSection section = new org.electrocat.eis.chart.EisReportSection();
        for (Result r : results) {
            assertTrue(charts.supports(r));
            List<NamedChart> list = charts.charts(r);
            assertFalse(list.isEmpty(), r.analysisId());
            for (NamedChart c : list) {
                String svg = ChartExport.svg(c.chart(), 800, 500);
                assertTrue(svg.startsWith("<svg") || svg.contains("<svg"), c.id());
            }
            TestCharts.Recorder rec = new TestCharts.Recorder();
            section.write(r, rec);
            assertEquals(list.size(), rec.charts, r.analysisId());
            assertTrue(rec.text.toString().contains("Provenance"));
        }
        assertEquals(List.of("ftacv-spectrum", "ftacv-dc", "ftacv-harmonic-1"), charts.charts(results.get(0)).stream()
                .map(NamedChart::id).toList().subList(0, 3));
    }
}
