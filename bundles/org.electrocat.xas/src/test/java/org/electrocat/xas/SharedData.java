package org.electrocat.xas;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared/data (system property {@code electrocat.shared}); skips tests visibly when absent. */
public final class SharedData {

    private SharedData() {
    }

    /** {@code shared/data/<relative>}; skips the calling test when absent. */
    public static Path file(String relative) {
        String prop = System.getProperty("electrocat.shared");
        Path data = null;
        if (prop != null && Files.isDirectory(Path.of(prop, "data"))) {
            data = Path.of(prop, "data");
        } else {
            for (Path p = Path.of("").toAbsolutePath(); p != null && data == null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("shared").resolve("data"))) {
                    data = p.resolve("shared").resolve("data");
                }
            }
        }
        Assumptions.assumeTrue(data != null && Files.isRegularFile(data.resolve(relative)),
                "../shared/data absent: skipping test on " + relative);
        return data.resolve(relative);
    }
}
