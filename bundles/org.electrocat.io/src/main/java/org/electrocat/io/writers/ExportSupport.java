package org.electrocat.io.writers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.io.AtomicFiles;

/**
 * What every dataset export does around its format: refuse to replace one of the raw files the
 * dataset was read from (raw data are the one thing a workbench must never destroy), report
 * progress, honour cancellation, and write atomically.
 */
final class ExportSupport {

    private ExportSupport() {
    }

    /** Writes {@code content} to {@code target} atomically after the checks. */
    static void export(Dataset d, Path target, ProgressMonitor monitor, AtomicFiles.Content content)
            throws IOException {
        checkNotSource(d, target);
        monitor.begin("Writing " + target.getFileName(), d.rows());
        monitor.checkCancelled();
        AtomicFiles.write(target, content);
        monitor.worked(d.rows());
        monitor.done();
    }

    /**
     * @throws IllegalArgumentException naming the file when {@code target} is a source of {@code d}
     */
    static void checkNotSource(Dataset d, Path target) throws IOException {
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
