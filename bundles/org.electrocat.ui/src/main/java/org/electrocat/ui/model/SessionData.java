package org.electrocat.ui.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a session file (format in {@code docs/session-format.md}), as read, before anything
 * is opened. Paths are absolute here (relative ones are resolved against the session's folder).
 *
 * @param formatVersion version of the session format
 * @param savedAt       ISO-8601 instant of the save
 * @param theme         workbench theme ({@code light} or {@code dark})
 * @param files         raw files
 * @param studies       study files
 * @param runs          analyses run, in order
 */
public record SessionData(int formatVersion, String savedAt, String theme, List<FileRef> files,
        List<StudyRef> studies, List<RunRef> runs) {

    /** The format version this workbench writes and reads. */
    public static final int FORMAT_VERSION = 1;

    public SessionData {
        files = List.copyOf(files);
        studies = List.copyOf(studies);
        runs = List.copyOf(runs);
    }

    /**
     * A raw file.
     *
     * @param id      workspace id
     * @param path    absolute path
     * @param sha256  SHA-256 when saved
     * @param size    size in bytes when saved
     * @param reader  reader id
     * @param options reader options
     */
    public record FileRef(String id, String path, String sha256, long size, String reader, Map<String, String> options) {
        public FileRef {
            options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }
    }

    /**
     * A study file.
     *
     * @param path   absolute path
     * @param sha256 SHA-256 when saved
     */
    public record StudyRef(String path, String sha256) {
    }

    /**
     * An analysis run.
     *
     * @param id         step id
     * @param analysis   analysis id
     * @param inputs     input ids
     * @param parameters parameters as text
     * @param failure    why it failed when saved, or {@code null}
     * @param summary    its values when saved, or {@code null} when it had none
     */
    public record RunRef(String id, String analysis, List<String> inputs, Map<String, String> parameters, String failure,
            ResultSummary summary) {
        public RunRef {
            inputs = List.copyOf(inputs);
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }
}
