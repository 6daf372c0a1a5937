package org.electrocat.vibspec.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;

/** Small helpers for reader tests: write a text fixture, read with default or given options. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Writes {@code text} (ISO-8859-1) to {@code dir/name}. */
    public static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(StandardCharsets.ISO_8859_1));
        return f;
    }

    /** Reads with the given options (others at their defaults). */
    public static List<Dataset> read(DatasetReader r, Path f, Map<String, String> options) throws IOException {
        return r.read(f, Parameters.resolve("reader " + r.id(), r.options(), options), ProgressMonitor.NONE);
    }

    /** Reads with default options. */
    public static List<Dataset> read(DatasetReader r, Path f) throws IOException {
        return read(r, f, Map.of());
    }
}
