package org.electrocat.api;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file could not be read because its content is not what the format requires. The message
 * names the file, the line (or byte offset for binary formats) and the field, so the user can
 * open the file and see the problem.
 */
public class FormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String field;
    private final String problem;

    /**
     * @param file    the file (may be {@code null} for streams)
     * @param line    1-based line number, or byte offset for binary formats, or -1 when unknown
     * @param field   the header field or column concerned, or {@code null}
     * @param problem what is wrong, in the user's words
     */
    public FormatException(Path file, long line, String field, String problem) {
        this(file == null ? null : file.toString(), line, field, problem, null);
    }

    public FormatException(String file, long line, String field, String problem, Throwable cause) {
        super(compose(file, line, field, problem), cause);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    private static String compose(String file, long line, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file);
        if (line >= 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (field != null) {
            sb.append("field '").append(field).append("': ");
        }
        return sb.append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** 1-based line or byte offset, -1 when unknown. */
    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
