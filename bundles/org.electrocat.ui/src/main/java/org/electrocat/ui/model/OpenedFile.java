package org.electrocat.ui.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.electrocat.core.model.Dataset;

/**
 * A raw file open in the workspace: where it is, the reader that read it, its SHA-256 and size at
 * the time it was read (so a changed file is noticed), the reader options, and the datasets it
 * gave. Their ids are this file's id, or {@code id/1}, {@code id/2} ... when the file holds several,
 * exactly as a study would name them. Immutable.
 *
 * @param id       workspace id, used as analysis input and in sessions
 * @param path     absolute, normalised path
 * @param readerId id of the reader that read it
 * @param sha256   hex SHA-256 of the bytes that were read
 * @param size     size in bytes
 * @param options  reader options as text
 * @param datasets what the reader returned, never empty
 */
public record OpenedFile(String id, Path path, String readerId, String sha256, long size, Map<String, String> options,
        List<Dataset> datasets) {

    public OpenedFile {
        Objects.requireNonNull(id, "file id");
        Objects.requireNonNull(path, "path of " + id);
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        datasets = List.copyOf(datasets);
        if (datasets.isEmpty()) {
            throw new IllegalArgumentException("file " + path + " gave no datasets");
        }
    }

    /** The same file with newly read content (after it changed on disk). */
    public OpenedFile reread(String newSha256, long newSize, List<Dataset> newDatasets) {
        return new OpenedFile(id, path, readerId, newSha256, newSize, options, newDatasets);
    }
}
