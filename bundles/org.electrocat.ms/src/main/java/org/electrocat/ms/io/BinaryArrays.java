package org.electrocat.ms.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.electrocat.api.FormatException;

/**
 * Decodes the base64 binary arrays of mzML and mzXML: optional zlib compression, 32- or 64-bit
 * floats or integers, little-endian (mzML) or network order (mzXML). The declared number of values
 * is checked against what the data holds; nothing is allocated from a declared length: the base64
 * text bounds uncompressed data, and inflation stops at the declared size (or {@link #MAX_BYTES}), so
 * a forged length or a zlib bomb ends in a {@link FormatException}, not in an out-of-memory error.
 */
public final class BinaryArrays {

    /** Largest decoded array accepted / bytes (32 Mi doubles). */
    public static final int MAX_BYTES = 256 << 20;

    /** Numeric type of the array values. */
    public enum Type {
        FLOAT32(4), FLOAT64(8), INT32(4), INT64(8);

        private final int width;

        Type(int width) {
            this.width = width;
        }

        /** Bytes per value. */
        public int width() {
            return width;
        }
    }

    /** Where an array comes from, for error messages. */
    public record Origin(String file, long line, String field) {
    }

    private BinaryArrays() {
    }

    /**
     * Decodes an array.
     *
     * @param base64         the element text (white space is ignored)
     * @param expectedValues number of values the file declares; {@code -1} when it declares none
     * @throws FormatException naming file, line and field when the text is not base64, the zlib data is
     *                         broken, or the value count differs from the declared one
     */
    public static double[] decode(String base64, Type type, boolean zlib, ByteOrder order, long expectedValues,
            Origin origin) throws FormatException {
        if (expectedValues > MAX_BYTES / type.width()) {
            throw error(origin, "declares " + expectedValues + " values, more than the " + (MAX_BYTES / type.width())
                    + " an array may hold");
        }
        byte[] raw;
        try {
            raw = decodeBase64(base64);
        } catch (IllegalArgumentException e) {
            throw error(origin, "binary data is not valid base64 (" + e.getMessage() + ")");
        }
        byte[] bytes = zlib ? inflate(raw, expectedValues < 0 ? MAX_BYTES : expectedValues * type.width(), origin) : raw;
        if (bytes.length % type.width() != 0) {
            throw error(origin, bytes.length + " bytes are not a whole number of " + type.width() + "-byte values");
        }
        int n = bytes.length / type.width();
        if (expectedValues >= 0 && n != expectedValues) {
            throw error(origin, "declares " + expectedValues + " values but the binary data holds " + n);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(order);
        double[] v = new double[n];
        switch (type) {
            case FLOAT32 -> {
                for (int i = 0; i < n; i++) {
                    v[i] = b.getFloat(i * 4);
                }
            }
            case FLOAT64 -> {
                for (int i = 0; i < n; i++) {
                    v[i] = b.getDouble(i * 8);
                }
            }
            case INT32 -> {
                for (int i = 0; i < n; i++) {
                    v[i] = b.getInt(i * 4);
                }
            }
            case INT64 -> {
                for (int i = 0; i < n; i++) {
                    v[i] = b.getLong(i * 8);
                }
            }
        }
        return v;
    }

    /**
     * Decodes base64 text in which white space ({@link Character#isWhitespace}) is ignored. The usual
     * mzML text is one line: its Latin-1 bytes (an intrinsic bulk copy) go to the strict decoder as
     * they are, and only when that fails is white space taken out and the decoding repeated (a bad
     * character then fails for good). Copying char by char through a StringBuilder first was 40 % of
     * reading an mzML file. Characters beyond Latin-1 become '?', which the decoder rejects.
     *
     * @throws IllegalArgumentException when the text is not base64
     */
    private static byte[] decodeBase64(String s) {
        byte[] text = s.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return Base64.getDecoder().decode(withoutWhiteSpace(s, text));
        }
    }

    /** {@code text} (the Latin-1 bytes of s) without the white space of s. */
    private static byte[] withoutWhiteSpace(String s, byte[] text) {
        if (text.length != s.length()) {
            return slowBase64Bytes(s); // a surrogate pair became one byte: indices no longer line up
        }
        byte[] out = new byte[text.length];
        int m = 0;
        for (int i = 0; i < text.length; i++) {
            byte b = text[i];
            // printable ASCII is kept at once; anything else is kept unless it is white space
            if (b > ' ' && b != '?' || !Character.isWhitespace(s.charAt(i))) {
                out[m++] = b;
            }
        }
        return Arrays.copyOf(out, m);
    }

    private static byte[] slowBase64Bytes(String s) {
        byte[] out = new byte[s.length()];
        int m = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                out[m++] = c <= 0xff ? (byte) c : (byte) '?';
            }
        }
        return Arrays.copyOf(out, m);
    }

    /** Inflates at most {@code limit} bytes; one byte more is an error (forged length or bomb). */
    private static byte[] inflate(byte[] data, long limit, Origin origin) throws FormatException {
        long cap = Math.min(limit, MAX_BYTES);
        Inflater inf = new Inflater();
        try {
            inf.setInput(data);
            if (limit < MAX_BYTES) {
                return inflateDeclared(inf, (int) cap, origin);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap, 1 << 16) + 1);
            byte[] buf = new byte[1 << 16];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw error(origin, "zlib data is truncated");
                }
                if (out.size() + (long) n > cap) {
                    throw error(origin, "zlib data inflates beyond the declared " + cap
                            + " bytes (forged array length or decompression bomb)");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw error(origin, "zlib data is corrupt (" + e.getMessage() + ")");
        } finally {
            inf.end();
        }
    }

    /**
     * Inflates into an array of the declared size (no growing buffer, no final copy); fewer bytes
     * come back shortened (the caller reports the count), more are refused.
     */
    private static byte[] inflateDeclared(Inflater inf, int size, Origin origin) throws DataFormatException,
            FormatException {
        byte[] out = new byte[size];
        int at = 0;
        while (!inf.finished()) {
            if (at == size) {
                if (inf.inflate(new byte[1]) > 0 || !inf.finished() && !inf.needsInput()) {
                    throw error(origin, "zlib data inflates beyond the declared " + size
                            + " bytes (forged array length or decompression bomb)");
                }
                if (!inf.finished()) {
                    throw error(origin, "zlib data is truncated");
                }
                break;
            }
            int n = inf.inflate(out, at, size - at);
            if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                throw error(origin, "zlib data is truncated");
            }
            at += n;
        }
        return at == size ? out : Arrays.copyOf(out, at);
    }

    private static FormatException error(Origin o, String problem) {
        return new FormatException(o.file(), o.line(), o.field(), problem, null);
    }
}
