package org.electrocat.vibspec.io;

import java.io.IOException;
import java.io.InputStream;
import org.electrocat.api.FormatException;

/**
 * Reads ISO-8859-1 text line by line (LF, CR LF or CR) with a limit on the line length, so that a
 * binary or hostile file cannot make the reader build one gigantic string. A NUL byte means the file
 * is binary and is reported as such.
 */
public final class BoundedLines {

    private final InputStream in;
    private final String source;
    private final int maxLine;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int len;
    private int lineNumber;
    private boolean pendingLf;
    private char[] chars = new char[256];

    /**
     * @param source  file name for messages
     * @param maxLine longest line accepted, in bytes
     */
    public BoundedLines(InputStream in, String source, int maxLine) {
        this.in = in;
        this.source = source;
        this.maxLine = maxLine;
    }

    /** 1-based number of the line last returned (0 before the first). */
    public int lineNumber() {
        return lineNumber;
    }

    /**
     * The next line without its terminator, or {@code null} at the end of the input.
     *
     * @throws FormatException when a line is longer than the limit or holds a NUL byte
     */
    public String next() throws IOException {
        int n = 0;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            byte b = buffer[pos++];
            if (pendingLf) {
                pendingLf = false;
                if (b == '\n') {
                    continue;
                }
            }
            any = true;
            if (b == '\n') {
                break;
            }
            if (b == '\r') {
                pendingLf = true;
                break;
            }
            if (b == 0) {
                throw new FormatException(source, lineNumber + 1, null, "binary content (NUL byte): not a text file", null);
            }
            if (n == maxLine) {
                throw new FormatException(source, lineNumber + 1, null, "line longer than " + maxLine
                        + " characters: not a text spectrum file", null);
            }
            if (n == chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.min(maxLine, n * 2));
            }
            chars[n++] = (char) (b & 0xFF);
        }
        lineNumber++;
        return new String(chars, 0, n);
    }
}
