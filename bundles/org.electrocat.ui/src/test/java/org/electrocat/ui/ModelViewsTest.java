package org.electrocat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.Series;
import org.electrocat.ui.model.AnalysisRun;
import org.electrocat.ui.model.ChartData;
import org.electrocat.ui.model.ProjectNodes;
import org.electrocat.ui.model.ResultRows;
import org.electrocat.ui.model.Workspace;
import org.electrocat.ui.views.DatasetChartView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless models behind the tree, the results table and the CSV export of charts. */
class ModelViewsTest {

    @TempDir
    Path dir;

    @Test
    void theProjectTreeAndResultsTableFollowTheWorkspace() throws Exception {
        var runner = Fixtures.runner();
        Workspace ws = new Workspace();
        Path data = Fixtures.sineFile(dir, "sine.csv", 10, 1);
        ws.putFile(runner.open(data, ws.newFileId(data), null, Map.of(), ProgressMonitor.NONE));
        assertEquals("sine-2", ws.newFileId(data), "ids are unique");
        ws.putRun(runner.run(ws.files(), ws.runs(), AnalysisRun.pending(ws.newRunId("test.integral"), "test.integral",
                List.of("sine"), Map.of()), ProgressMonitor.NONE).run());
        ws.putRun(runner.run(ws.files(), ws.runs(), AnalysisRun.pending(ws.newRunId("test.integral"), "test.integral",
                List.of("sine"), Map.of("every", "0")), ProgressMonitor.NONE).run());
        ProjectNodes.Node root = ProjectNodes.of(ws);
        List<String> labels = root.flatten().stream().map(n -> n.kind() + " " + n.label()).toList();
        assertEquals(List.of("ROOT Workspace", "FILES Files", "FILE sine.csv  [core.csv]",
                "DATASET sine  (generic, 11 rows)", "RUNS Analyses", "RUN integral-1: test.integral",
                "DATASET integral-1/cumulative  (generic, 11 rows)", "RUN integral-2: test.integral  (failed)",
                "STUDIES Studies"), labels);
        List<ResultRows.Row> rows = ResultRows.of(ws);
        assertEquals(3, rows.size());
        assertEquals("Area", rows.get(0).quantity());
        assertEquals(ResultRows.number(Fixtures.trapezoidSin(10)), rows.get(0).value());
        assertEquals("A*s", rows.get(0).unit().replace("·", "*").replace(" ", "*"));
        assertEquals("failed", rows.get(2).status());
        assertTrue(rows.get(2).note().contains("parameter 'every' = '0'"), rows.get(2).note());
    }

    @Test
    void theGenericChartStartsWithAxesWorthLookingAt() throws Exception {
        var v = org.electrocat.core.units.Units.VOLT;
        var ma = org.electrocat.core.units.Units.MILLIAMPERE;
        var s = org.electrocat.core.units.Units.SECOND;
        var one = org.electrocat.core.units.Units.ONE;
        var scale = org.electrocat.core.potential.PotentialScale.RHE;
        // the reader's mapping, when both columns vary
        var mapped = org.electrocat.core.model.Dataset.builder("a", "generic").column("t", s, new double[] {0, 1})
                .column("x", one, new double[] {3, 4}).column("y", one, new double[] {5, 6}).meta("axis.x", "x")
                .meta("axis.y", "y").build();
        assertEquals(List.of("x", "y"), DatasetChartView.defaultAxes(mapped));
        // a constant mode flag mapped as x: potential (E… preferred over control) against current instead
        var cv = org.electrocat.core.model.Dataset.builder("cv", "generic").column("mode", one, new double[] {2, 2, 2})
                .column("ox/red", one, new double[] {0, 1, 1}).column("time", s, new double[] {0, 1, 2})
                .potentialColumn("control", v, new double[] {0, 0.1, 0.2}, scale)
                .potentialColumn("Ewe", v, new double[] {0, 0.11, 0.19}, scale).column("<I>", ma, new double[] {1, 2, 1})
                .meta("axis.x", "mode").meta("axis.y", "ox/red").build();
        assertEquals(List.of("Ewe", "<I>"), DatasetChartView.defaultAxes(cv));
        // no potential: the varying time column against the next varying column
        var ca = org.electrocat.core.model.Dataset.builder("ca", "generic").column("flag", one, new double[] {1, 1})
                .column("I", ma, new double[] {3, 2}).column("time", s, new double[] {0, 1}).build();
        assertEquals(List.of("time", "I"), DatasetChartView.defaultAxes(ca));
        // a real BioLogic CV export read by the generic text reader
        Path mpt = Path.of(System.getProperty("electrocat.shared", "../shared"), "data/echem/Pt_poly_cv_CUT.mpt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(mpt), "../shared/data absent: skipping the .mpt case");
        var read = Fixtures.runner().open(mpt, "cv", null, Map.of(), ProgressMonitor.NONE).datasets().get(0);
        assertEquals(List.of("Ewe", "<I>"), DatasetChartView.defaultAxes(read));
    }

    @Test
    void numbersAreShownWithSixSignificantDigitsWhateverTheLocale() {
        assertEquals("1.99589", ResultRows.number(1.9958859727087))
        ;
        assertEquals("0.5", ResultRows.number(0.5));
        assertEquals("-1.23457e-05", ResultRows.number(-1.234567e-5));
        assertEquals("1.00000e+06", ResultRows.number(1e6));
        assertEquals("0", ResultRows.number(0));
    }

    @Test
    void chartCsvHoldsEveryPlottedPointWithAxisLabelsAsHeaders() throws Exception {
        double[] x = {0, 0.5, 1};
        var chart = Charts.scatterWithFit("t", Axis.of("E", "V"), Axis.of("I", "mA"), Series.of("measured", x, new double[] {1, 2, 3}),
                Series.of("fit", new double[] {0, 1}, new double[] {1.1, 2.9}));
        Path csv = dir.resolve("chart.csv");
        ChartData.writeCsv(chart, csv);
        assertEquals(List.of("series,E / V,I / mA", "measured,0,1", "measured,0.5,2", "measured,1,3", "fit,0,1.1", "fit,1,2.9"),
                Files.readAllLines(csv));
    }
}
