package org.electrocat.io.text;

/**
 * Byte-order marks and UTF-8 validation, for choosing how to decode instrument text. Instruments
 * write ASCII, UTF-8 or a Windows code page (EC-Lab and Gamry write ISO-8859-1 {@code µ} and
 * {@code °} as single bytes, which are invalid UTF-8); a byte sequence valid as UTF-8 is almost
 * never meant as ISO-8859-1, so valid-UTF-8-else-ISO-8859-1 is a safe rule.
 */
final class TextEncoding {

    private TextEncoding() {
    }

    /** Length of a UTF-8 byte order mark at the start of {@code b}, else 0. */
    static int utf8BomLength(byte[] b, int from, int to) {
        return to - from >= 3 && (b[from] & 0xFF) == 0xEF && (b[from + 1] & 0xFF) == 0xBB && (b[from + 2] & 0xFF) == 0xBF
                ? 3 : 0;
    }

    /** True when {@code b} starts with a UTF-16 or UTF-32 byte order mark. */
    static boolean hasWideBom(byte[] b, int length) {
        if (length < 2) {
            return false;
        }
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        return (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)
                || (length >= 4 && b0 == 0 && b1 == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF);
    }

    /** True when {@code b[from, to)} is well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, max U+10FFFF). */
    static boolean isValidUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + n >= to) {
                return false;
            }
            int cp = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += n + 1;
        }
        return true;
    }
}
