package org.electrocat.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.api.Technique;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.Series;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Quantity;
import org.electrocat.runtime.PluginRegistry;
import org.electrocat.ui.model.WorkspaceRunner;

/**
 * A small plugin for the tests: the platform's real delimited-text reader, and a trapezoid
 * integral analysis ({@code test.integral}) with a chart contributor, whose results have an
 * analytic reference: for y = sin(x) on [0, π] in N equal steps the trapezoid sum is
 * (π/N)·cot(π/(2N)) exactly, because Σ_{k=1}^{N-1} sin(kπ/N) = cot(π/(2N)).
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The trapezoid sum of sin on [0, π] in {@code n} steps, from the closed form above. */
    public static double trapezoidSin(int n) {
        return Math.PI / n / Math.tan(Math.PI / (2.0 * n));
    }

    /** Writes x, sin(x) (times {@code amplitude}) on [0, π] in {@code n} steps; headers with units. */
    public static Path sineFile(Path dir, String name, int n, double amplitude) throws IOException {
        StringBuilder sb = new StringBuilder("t/s,I/A\n");
        for (int k = 0; k <= n; k++) {
            double x = Math.PI * k / n;
            sb.append(Double.toString(x)).append(',').append(Double.toString(amplitude * Math.sin(x))).append('\n');
        }
        return Files.writeString(dir.resolve(name), sb.toString());
    }

    /** A registry with the delimited-text reader, the test technique, analysis and chart. */
    public static PluginRegistry registry() {
        return new PluginRegistry().add(delimitedTextReader()).add(new TestTechnique()).add(new Integral())
                .add(new IntegralChart());
    }

    /**
     * The platform's delimited-text reader (core.csv), as the distribution installs it. The
     * workbench does not import its package (it finds readers as services), so the tests load it
     * by name from the test class path rather than widen the bundle's imports.
     */
    public static DatasetReader delimitedTextReader() {
        try {
            return (DatasetReader) Class.forName("org.electrocat.io.readers.DelimitedTextReader").getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("org.electrocat.io is not on the test class path", e);
        }
    }

    public static WorkspaceRunner runner() {
        return new WorkspaceRunner(registry(), Map.of("ElectroCat", "test"));
    }

    /** The test technique. */
    public static final class TestTechnique implements Technique {
        @Override
        public String id() {
            return "test";
        }

        @Override
        public String label() {
            return "Test technique";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public String description() {
            return "Analyses for the workbench's tests.";
        }

        @Override
        public List<String> datasetKinds() {
            return List.of(DatasetKind.GENERIC);
        }
    }

    /** Trapezoid integral of the y column over the x column (from the reader's axis mapping), times a scale. */
    public static final class Integral implements Analysis {
        @Override
        public String id() {
            return "test.integral";
        }

        @Override
        public String label() {
            return "Integral";
        }

        @Override
        public String technique() {
            return "test";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public String description() {
            return "Trapezoid integral of y over x, times a scale factor.";
        }

        @Override
        public List<String> inputKinds() {
            return List.of(DatasetKind.GENERIC, DatasetKind.TIME_SERIES);
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.number("scale", "Scale", "1", 1.0, "multiplies the integral").range(0, 100),
                    ParameterSpec.number("offset", "Offset", "A", 0.0, "subtracted from y before integrating"),
                    ParameterSpec.choice("rule", "Rule", "trapezoid", List.of("trapezoid", "left"), "integration rule"),
                    ParameterSpec.integer("every", "Every n-th point", 1, "use every n-th point").range(1, 1000),
                    ParameterSpec.bool("absolute", "Absolute value", false, "integrate |y|"));
        }

        @Override
        public Result run(AnalysisContext c) {
            Dataset d = c.single();
            Column xc = d.require(d.meta("axis.x").orElse(d.columnNames().get(0)));
            Column yc = d.require(d.meta("axis.y").orElse(d.columnNames().get(1)));
            double[] x = xc.array();
            double[] y = yc.array();
            double offset = c.parameters().number("offset");
            boolean left = c.parameters().choice("rule").equals("left");
            int every = c.parameters().integer("every");
            boolean abs = c.parameters().bool("absolute");
            List<Double> cum = new ArrayList<>();
            double area = 0;
            int prev = 0;
            cum.add(0.0);
            for (int k = every; k < x.length; k += every) {
                double y0 = value(y[prev] - offset, abs);
                double y1 = value(y[k] - offset, abs);
                area += (left ? y0 : 0.5 * (y0 + y1)) * (x[k] - x[prev]);
                cum.add(area);
                prev = k;
            }
            double[] qx = new double[cum.size()];
            double[] q = new double[cum.size()];
            for (int i = 0; i < q.length; i++) {
                qx[i] = x[i * every];
                q[i] = cum.get(i) * c.parameters().number("scale");
            }
            return Result.builder(this, c)
                    .value("area", "Area", Quantity.of(area * c.parameters().number("scale"), yc.unit().times(xc.unit())))
                    .value("points", "Points used", Quantity.of(q.length, org.electrocat.core.units.Units.ONE))
                    .curve(Dataset.builder(c.stepId() + "/cumulative", DatasetKind.GENERIC).name("cumulative")
                            .column(xc.name(), xc.unit(), qx).column("Q", yc.unit().times(xc.unit()), q).build())
                    .build();
        }

        private static double value(double v, boolean abs) {
            return abs ? Math.abs(v) : v;
        }
    }

    /** Draws the cumulative integral of a test.integral result. */
    public static final class IntegralChart implements ChartContributor {
        @Override
        public boolean supports(Result result) {
            return result.analysisId().equals("test.integral");
        }

        @Override
        public List<NamedChart> charts(Result result) {
            Dataset q = result.curves().get(0);
            Column x = q.columns().get(0);
            Column y = q.require("Q");
            return List.of(new NamedChart("cumulative", "Cumulative integral.",
                    Charts.xy("Cumulative " + result.id(), Axis.of(x), Axis.of(y), List.of(Series.of("Q", x.array(), y.array())))));
        }
    }
}
