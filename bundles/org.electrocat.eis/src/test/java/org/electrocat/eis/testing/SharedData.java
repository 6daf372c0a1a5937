package org.electrocat.eis.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared sample files ({@code <repo>/../shared/data}, system property {@code electrocat.shared})
 * and the readers of the echem and io bundles, loaded by class name and used only through the
 * {@link DatasetReader} API (as the runtime would find them as services). Tests are skipped with a
 * visible message when the data are absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The file {@code data/<relative>}; skips the calling test when it is absent. */
    public static Path file(String relative) {
        Path base = root();
        Path f = base == null ? null : base.resolve("data").resolve(relative);
        Assumptions.assumeTrue(f != null && Files.isRegularFile(f), "../shared/data absent: skipping test on " + relative);
        return f;
    }

    private static Path root() {
        String prop = System.getProperty("electrocat.shared");
        if (prop != null && Files.isDirectory(Paths.get(prop, "data"))) {
            return Paths.get(prop);
        }
        Path p = Paths.get("").toAbsolutePath();
        while (p != null) {
            if (Files.isDirectory(p.resolve("shared").resolve("data"))) {
                return p.resolve("shared");
            }
            p = p.getParent();
        }
        return null;
    }

    /** A reader by class name (e.g. {@code org.electrocat.echem.io.GamryDtaReader}). */
    public static DatasetReader reader(String className) {
        try {
            return (DatasetReader) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("reader " + className + " is not on the test class path", e);
        }
    }

    /** Reads a file with the reader and options. */
    public static List<Dataset> read(String className, Path file, Map<String, String> options) throws IOException {
        DatasetReader r = reader(className);
        return r.read(file, Parameters.resolve("reader " + r.id(), r.options(), options), ProgressMonitor.NONE);
    }

    /** The impedance dataset of each sample file, read by its own reader (CSV with kind=impedance). */
    public static Map<String, Dataset> impedanceSamples() throws IOException {
        return Map.of(
                "csv", read("org.electrocat.io.readers.DelimitedTextReader", file("eis/exampleData.csv"),
                        Map.of("kind", "impedance")).get(0),
                "biologic", read("org.electrocat.echem.io.BioLogicMptReader", file("eis/exampleDataBioLogic.mpt"),
                        Map.of()).get(0),
                "gamry", read("org.electrocat.echem.io.GamryDtaReader", file("eis/exampleDataGamry.DTA"), Map.of())
                        .get(0),
                "chi", read("org.electrocat.echem.io.ChiTextReader", file("eis/exampleDataCHInstruments.txt"),
                        Map.of()).get(0));
    }
}
