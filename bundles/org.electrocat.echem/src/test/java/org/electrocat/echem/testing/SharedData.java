package org.electrocat.echem.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared sample instrument files ({@code <repo>/../shared/data}). The build sets the
 * system property {@code electrocat.shared}; when that folder is absent (e.g. in a git worktree one
 * level deeper) the parents of the working directory are searched for {@code shared/data}. Tests
 * are skipped with a visible message when the data cannot be found.
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
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("data"))) {
                return candidate;
            }
            p = p.getParent();
        }
        return null;
    }
}
