package org.electrocat.io.safe;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.electrocat.api.FormatException;

/**
 * Passes at most {@code limit} bytes through and fails with a {@link FormatException} as soon as
 * the underlying stream offers one byte more. Put it after a decompressor so that a bomb (a few
 * kilobytes that inflate to terabytes) stops at the limit instead of filling memory or disk. A
 * stream of exactly {@code limit} bytes is fine.
 */
public class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String source;
    private final String what;
    private long count;

    /**
     * @param in     the stream to guard (closed with this one)
     * @param limit  largest number of bytes allowed
     * @param source file or entry name for messages
     * @param what   what the bytes are, for messages (e.g. {@code decompressed gzip data})
     */
    public LimitedInputStream(InputStream in, long limit, String source, String what) {
        super(in);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        this.limit = limit;
        this.source = source;
        this.what = what;
    }

    /** Bytes passed through so far. */
    public long count() {
        return count;
    }

    public long limit() {
        return limit;
    }

    @Override
    public int read() throws IOException {
        if (count >= limit) {
            return checkEnd();
        }
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (count >= limit) {
            return checkEnd();
        }
        int n = super.read(b, off, (int) Math.min(len, limit - count));
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return skipByReading(this, n);
    }

    /** Skips by reading through {@code in}, so that skipped bytes are counted like read ones. */
    static long skipByReading(InputStream in, long n) throws IOException {
        byte[] scratch = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = in.read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported: a reset would let bytes through twice without counting
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    /** At the limit: end of stream is fine, one more byte is an error. */
    private int checkEnd() throws IOException {
        if (super.read() < 0) {
            return -1;
        }
        throw new FormatException(source, limit, null, what + " exceed the limit of " + limit
                + " bytes (a decompression bomb, or raise the limit for a genuinely large file)", null);
    }
}
