package org.electrocat.vibspec.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the shared instrument files: the folder named by the system property
 * {@code electrocat.shared} (set by the build), else the first {@code shared/data} found walking up
 * from the working directory (a worktree sits one level deeper than the main checkout). A test whose
 * file is absent is skipped with a message saying so.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code shared/data/<relative>}, or the calling test is skipped. */
    public static Path file(String relative) {
        Path dir = dataDir();
        Path f = dir == null ? null : dir.resolve(relative);
        Assumptions.assumeTrue(f != null && Files.isRegularFile(f), "../shared/data absent: skipping test on " + relative);
        return f;
    }

    private static Path dataDir() {
        String prop = System.getProperty("electrocat.shared");
        if (prop != null && Files.isDirectory(Paths.get(prop, "data"))) {
            return Paths.get(prop, "data");
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared").resolve("data"))) {
                return p.resolve("shared").resolve("data");
            }
        }
        return null;
    }
}
