package org.electrocat.ms.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.ms.io.MzmlReader;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.WorkbenchContext;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Assumptions;

/** Real data for the view tests: the oxime study's ESI spectrum and the shared pyteomics mzML. */
final class TestFiles {

    private TestFiles() {
    }

    /** {@code examples/oxime-study/<relative>} of this repository; the test is skipped, visibly, when absent. */
    static Path oxime(String relative) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("examples/oxime-study").resolve(relative);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        Assumptions.assumeTrue(false, "examples/oxime-study/" + relative + " absent: skipping");
        return null;
    }

    /**
     * {@code shared/data/<relative>}: property {@code electrocat.shared}, else a {@code shared/}
     * folder above the working directory; the test is skipped, visibly, when absent.
     */
    static Path shared(String relative) {
        String prop = System.getProperty("electrocat.shared");
        Path f = prop == null ? null : Path.of(prop, "data", relative);
        for (Path p = Path.of("").toAbsolutePath(); (f == null || !Files.isRegularFile(f)) && p != null; p = p.getParent()) {
            f = p.resolve("shared/data").resolve(relative);
        }
        Assumptions.assumeTrue(f != null && Files.isRegularFile(f), "../shared/data absent: skipping " + relative);
        return f;
    }

    static List<Dataset> mzml(Path file) throws IOException {
        MzmlReader r = new MzmlReader();
        return r.read(file, Parameters.resolve("test", r.options(), Map.of()), ProgressMonitor.NONE);
    }

    static Result run(Analysis a, List<Dataset> inputs, Map<String, String> params) {
        return a.run(AnalysisContext.of("step", inputs, Parameters.resolve("test", a.parameters(), params)));
    }

    /** A workbench stand-in that records the charts views ask it to show. */
    static final class Context implements WorkbenchContext {
        final List<JFreeChart> shown = new java.util.ArrayList<>();

        @Override
        public List<NamedChart> charts(Result result) {
            return List.of();
        }

        @Override
        public JComponent chartPanel(JFreeChart chart, String fileId) {
            shown.add(chart);
            JPanel p = new JPanel();
            p.setName("chart:" + fileId);
            return p;
        }

        @Override
        public List<Dataset> selectedDatasets() {
            return List.of();
        }

        @Override
        public java.util.Optional<Result> selectedResult() {
            return java.util.Optional.empty();
        }

        @Override
        public void open(ViewInput input) {
        }

        @Override
        public void log(String message) {
        }

        @Override
        public java.awt.Window window() {
            return null;
        }
    }
}
