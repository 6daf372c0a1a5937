package org.electrocat.ms;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared sample files: property {@code electrocat.shared}, else a {@code shared/} folder above the working directory. */
public final class TestData {

    private TestData() {
    }

    /** {@code shared/data/<relative>}; the calling test is skipped, visibly, when it is absent. */
    public static Path shared(String relative) {
        String prop = System.getProperty("electrocat.shared");
        Path found = prop == null ? null : Path.of(prop, "data", relative);
        Path p = Path.of("").toAbsolutePath();
        while ((found == null || !Files.isRegularFile(found)) && p != null) {
            found = p.resolve("shared/data").resolve(relative);
            p = p.getParent();
        }
        Assumptions.assumeTrue(found != null && Files.isRegularFile(found), "../shared/data absent: skipping " + relative);
        return found;
    }
}
