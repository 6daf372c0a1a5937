package org.electrocat.eis.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.junit.jupiter.api.Assumptions;

/**
 * Real inputs for the view tests: the oxime study's files (examples/oxime-study, found by walking up
 * from the working directory) read with the technique's own readers, and results of its own
 * analyses, both loaded by class name and used through the api only, as the workbench finds them
 * as services. Tests are skipped with a message when the study is not there.
 */
final class RealData {

    private RealData() {
    }

    /** {@code examples/oxime-study/<relative>}; skips the calling test when absent. */
    static Path oxime(String relative) {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/oxime-study"))) {
            p = p.getParent();
        }
        Path f = p == null ? null : p.resolve("examples/oxime-study").resolve(relative);
        Assumptions.assumeTrue(f != null && Files.isRegularFile(f), "examples/oxime-study absent: skipping test on " + relative);
        return f;
    }

    static <T> T instance(String className, Class<T> type) {
        try {
            return type.cast(Class.forName(className).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " is not on the test class path", e);
        }
    }

    /** Reads a file with a reader given by class name. */
    static List<Dataset> read(String readerClass, Path file, Map<String, String> options) throws IOException {
        DatasetReader r = instance(readerClass, DatasetReader.class);
        return r.read(file, Parameters.resolve("reader " + r.id(), r.options(), options), ProgressMonitor.NONE);
    }

    /** Runs an analysis given by class name as step {@code stepId}, with study conditions. */
    static Result run(String analysisClass, String stepId, List<Dataset> inputs, Map<String, String> parameters,
            Map<String, String> conditions) {
        Analysis a = instance(analysisClass, Analysis.class);
        Parameters p = Parameters.resolve(a.id(), a.parameters(), parameters);
        return a.run(new AnalysisContext(stepId, inputs, p, conditions, Map.of(), ProgressMonitor.NONE));
    }

    /** The PEIS spectrum of Ag4Pd2-S-Ti4 at −1.3 V (BioLogic EC-Lab text export). */
    static Dataset peis() throws IOException {
        return read("org.electrocat.echem.io.BioLogicMptReader", oxime("data/eis/AgPdTi_PEIS_-1.3V.mpt"), Map.of()).get(0);
    }
}
