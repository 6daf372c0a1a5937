package org.electrocat.api;

import java.io.IOException;
import java.nio.file.Path;
import org.electrocat.core.model.Dataset;

/**
 * Writes a {@link Dataset} to a file format (CSV, JSON, JCAMP-DX ...). Writers must write
 * atomically (temporary file, then rename) so that a failure never leaves a half-written file in
 * place of a good one, and must refuse to overwrite the dataset's own source file.
 */
public interface DatasetWriter {

    /** Unique id, e.g. {@code core.csv}. */
    String id();

    /** Format name for users. */
    String label();

    /** File extension without dot. */
    String extension();

    /** True when this writer can represent the dataset (e.g. a JCAMP writer needs a spectrum). */
    boolean canWrite(Dataset dataset);

    /**
     * Writes the dataset.
     *
     * @throws IOException when the file cannot be written; the target is then unchanged
     */
    void write(Dataset dataset, Path target, ProgressMonitor monitor) throws IOException;
}
