package org.electrocat.io;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared instrument files: the {@code electrocat.shared} system property (set by the
 * build to {@code <repo>/../shared}), else the first {@code shared/data} folder found walking up
 * from the working directory (a git worktree sits one level deeper than the main checkout).
 * Tests that need the files are skipped with a visible message when neither exists.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code shared/data/<relative>}; skips the calling test when absent. */
    public static Path file(String relative) {
        Path data = root();
        Assumptions.assumeTrue(data != null && Files.isRegularFile(data.resolve(relative)),
                "../shared/data absent: skipping test on " + relative);
        return data.resolve(relative);
    }

    private static Path root() {
        String prop = System.getProperty("electrocat.shared");
        if (prop != null && Files.isDirectory(Path.of(prop, "data"))) {
            return Path.of(prop, "data");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared").resolve("data"))) {
                return p.resolve("shared").resolve("data");
            }
        }
        return null;
    }
}
