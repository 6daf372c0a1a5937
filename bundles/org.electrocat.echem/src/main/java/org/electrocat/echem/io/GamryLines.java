package org.electrocat.echem.io;

import java.io.BufferedReader;
import java.io.IOException;

/** Lines of a text file with 1-based line numbers and a one-line push-back. */
final class GamryLines {

    private final BufferedReader reader;
    private String pushed;
    private long line;

    GamryLines(BufferedReader reader) {
        this.reader = reader;
    }

    /** The next line, or {@code null} at the end. */
    String next() throws IOException {
        if (pushed != null) {
            String p = pushed;
            pushed = null;
            line++;
            return p;
        }
        String l = reader.readLine();
        if (l != null) {
            line++;
        }
        return l;
    }

    /** Gives back the line just read; the next {@link #next()} returns it again. */
    void pushBack(String l) {
        pushed = l;
        line--;
    }

    /** Number of the line last returned by {@link #next()}. */
    long lineNumber() {
        return line;
    }
}
