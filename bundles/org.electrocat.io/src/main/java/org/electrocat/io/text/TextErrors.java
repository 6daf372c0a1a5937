package org.electrocat.io.text;

import org.electrocat.api.FormatException;

/** Builds {@link FormatException}s for a source named by text (a path or a stream's name). */
final class TextErrors {

    private TextErrors() {
    }

    static FormatException at(String source, long line, String field, String problem) {
        return new FormatException(source, line, field, problem, null);
    }
}
