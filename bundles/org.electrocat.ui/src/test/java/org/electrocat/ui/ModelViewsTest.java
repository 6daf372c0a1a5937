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
