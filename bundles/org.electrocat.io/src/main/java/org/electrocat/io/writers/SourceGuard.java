package org.electrocat.io.writers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;

/**
 * Refuses to let an export replace one of the raw files a dataset was read from: raw data are
 * the one thing a workbench must never destroy.
 */
final class SourceGuard {

    private SourceGuard() {
    }

    /**
     * @throws IllegalArgumentException naming the file when {@code target} is a source of {@code d}
     */
    static void check(Dataset d, Path target) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        for (Provenance.Source s : d.provenance().sources()) {
            Path src = Path.of(s.file()).toAbsolutePath().normalize();
            boolean same = src.equals(t) || (Files.exists(src) && Files.exists(t) && Files.isSameFile(src, t));
            if (same) {
                throw new IllegalArgumentException("refusing to overwrite " + target + ": it is the raw file dataset '"
                        + d.id() + "' was read from");
            }
        }
    }
}
