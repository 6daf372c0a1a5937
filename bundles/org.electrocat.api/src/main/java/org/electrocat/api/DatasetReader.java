package org.electrocat.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.electrocat.core.model.Dataset;

/**
 * Reads one file format into {@link Dataset}s. Register as an OSGi service with the properties
 * {@link ServiceProperties#ID} and {@link ServiceProperties#TECHNIQUE}.
 *
 * <p>Format detection is by content: the runtime reads the first bytes of a file and asks every
 * reader for its {@link #detect} confidence; the extension only breaks ties. A reader must never
 * throw from {@code detect}.
 *
 * <p>{@link #read} must fail with a {@link FormatException} naming the file, line (or byte offset)
 * and field when the content is not valid, must not allocate more than the file's size justifies
 * (a length field of 10 GB in a 1 kB file is an error, not an allocation), and must fill the
 * dataset's {@code Provenance} with the file's SHA-256 ({@code Provenance.ofFile}).
 */
public interface DatasetReader {

    /** Number of leading bytes the runtime passes to {@link #detect}. */
    int HEAD_BYTES = 8192;

    /** Unique id, e.g. {@code echem.biologic-mpt}. */
    String id();

    /** Format name for users, e.g. {@code BioLogic EC-Lab text (.mpt)}. */
    String label();

    /** Technique id this reader belongs to. */
    String technique();

    /** Version of the reader (its bundle version), recorded in provenance. */
    String version();

    /** Usual file extensions without dot, lower case, e.g. {@code [mpt]}. */
    List<String> extensions();

    /**
     * How sure the reader is that it can read the file: 0 (not this format) to 1 (magic bytes match).
     * Values around 0.5 mean "plausible" (e.g. only the extension fits).
     *
     * @param file the file (for its name; do not read it here)
     * @param head the first {@link #HEAD_BYTES} bytes of the file, or fewer for short files
     */
    double detect(Path file, byte[] head);

    /** Options the reader accepts (column mapping, reference electrode, decimal separator ...). */
    default List<ParameterSpec> options() {
        return List.of();
    }

    /**
     * Reads the file.
     *
     * @param file    the file
     * @param options resolved against {@link #options()}
     * @param monitor progress and cancellation
     * @return one or more datasets, never empty
     * @throws FormatException when the content is not valid for this format
     * @throws IOException     when the file cannot be read
     */
    List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException;
}
