package org.electrocat.io.text;

import java.io.IOException;
import java.io.InputStream;
import org.electrocat.api.FormatException;

/**
 * Splits a byte stream into lines without decoding it: LF, CRLF and lone CR all end a line; a
 * last line without terminator counts. After {@link #next()} the line is
 * {@code buffer()[start(), end())}, valid until the next call. Lines longer than
 * {@link #MAX_LINE_BYTES} are refused rather than buffered without bound.
 */
final class LineScanner {

    /** Longest accepted line; beyond it the input is not a text table. */
    static final int MAX_LINE_BYTES = 64 << 20;

    private final InputStream in;
    private final String source;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private int start;
    private int end;
    private long line;
    private long consumed;

    LineScanner(InputStream in, String source, int bufferSize) {
        this.in = in;
        this.source = source;
        this.buf = new byte[bufferSize];
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** 1-based number of the current line. */
    long lineNumber() {
        return line;
    }

    /** Bytes consumed so far, terminators included. */
    long bytesConsumed() {
        return consumed + pos;
    }

    /** Advances to the next line; false at the end of the input. */
    boolean next() throws IOException {
        int i = pos;
        while (true) {
            byte[] b = buf;
            int lim = limit;
            while (i < lim && b[i] != '\n' && b[i] != '\r') {
                i++;
            }
            if (i < lim) {
                if (b[i] == '\r' && i + 1 == lim && !eof) {
                    // a CR at the buffer's end may be the first half of CRLF: read on before deciding
                    i = refill(i);
                    continue;
                }
                start = pos;
                end = i;
                pos = b[i] == '\r' && i + 1 < lim && b[i + 1] == '\n' ? i + 2 : i + 1;
                line++;
                return true;
            }
            if (eof) {
                if (pos < lim) {
                    start = pos;
                    end = lim;
                    pos = lim;
                    line++;
                    return true;
                }
                return false;
            }
            i = refill(i);
        }
    }

    /** Moves the unfinished line to the buffer's start, reads more; returns the shifted scan index. */
    private int refill(int scanIndex) throws IOException {
        int keep = limit - pos;
        if (keep == buf.length) {
            if (buf.length >= MAX_LINE_BYTES) {
                throw TextErrors.at(source, line + 1, null, "line is longer than " + MAX_LINE_BYTES
                        + " bytes: not a text table");
            }
            byte[] bigger = new byte[Math.min(MAX_LINE_BYTES, buf.length * 2)];
            System.arraycopy(buf, pos, bigger, 0, keep);
            buf = bigger;
        } else if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, keep);
        }
        consumed += pos;
        int shifted = scanIndex - pos;
        pos = 0;
        limit = keep;
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
        return shifted;
    }
}
