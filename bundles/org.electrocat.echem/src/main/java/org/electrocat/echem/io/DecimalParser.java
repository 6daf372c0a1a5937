package org.electrocat.echem.io;

/**
 * Parses decimal numbers straight from bytes, with either a decimal point or a decimal comma
 * (EC-Lab writes {@code 3,2896E+000} in comma locales), without creating a {@code String}.
 *
 * <p>Method: the digits are accumulated into a {@code long} mantissa {@code m} and a decimal
 * exponent {@code e}; when {@code m < 2^53} and {@code |e| <= 22} both {@code m} and {@code 10^|e|}
 * are exact doubles, so one IEEE multiplication or division gives the correctly rounded result
 * (Clinger's fast path: W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990).
 * Anything else (long mantissas, huge exponents, NaN, Infinity) falls back to
 * {@link Double#parseDouble}, so results are always identical to the JDK's.
 */
public final class DecimalParser {

    private static final double[] POW10 = new double[23];
    private static final long EXACT_LIMIT = 1L << 53;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private DecimalParser() {
    }

    /**
     * Parses {@code buf[from, to)} (surrounding spaces allowed).
     *
     * @param decimalComma true when ',' is the decimal separator ('.' is accepted too)
     * @throws NumberFormatException when the text is not a number
     */
    public static double parse(byte[] buf, int from, int to, boolean decimalComma) {
        while (from < to && buf[from] == ' ') {
            from++;
        }
        while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\r')) {
            to--;
        }
        if (from >= to) {
            throw new NumberFormatException("empty field");
        }
        int i = from;
        boolean negative = false;
        if (buf[i] == '-' || buf[i] == '+') {
            negative = buf[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int exponent = 0;
        boolean anyDigit = false;
        boolean seenPoint = false;
        for (; i < to; i++) {
            byte c = buf[i];
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (digits < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (mantissa != 0) {
                        digits++;
                    }
                    if (seenPoint) {
                        exponent--;
                    }
                } else {
                    return slow(buf, from, to, decimalComma);
                }
            } else if ((c == '.' || (c == ',' && decimalComma)) && !seenPoint) {
                seenPoint = true;
            } else {
                break;
            }
        }
        if (!anyDigit) {
            return slow(buf, from, to, decimalComma);
        }
        if (i < to) {
            byte c = buf[i];
            if (c != 'e' && c != 'E') {
                return slow(buf, from, to, decimalComma);
            }
            i++;
            boolean expNegative = false;
            if (i < to && (buf[i] == '-' || buf[i] == '+')) {
                expNegative = buf[i] == '-';
                i++;
            }
            int exp = 0;
            int expDigits = 0;
            for (; i < to; i++) {
                byte d = buf[i];
                if (d < '0' || d > '9' || expDigits > 5) {
                    return slow(buf, from, to, decimalComma);
                }
                exp = exp * 10 + (d - '0');
                expDigits++;
            }
            if (expDigits == 0) {
                return slow(buf, from, to, decimalComma);
            }
            exponent += expNegative ? -exp : exp;
        }
        if (!isExact(mantissa, exponent)) {
            return slow(buf, from, to, decimalComma);
        }
        double v = exact(mantissa, exponent);
        return negative ? -v : v;
    }

    /** True when {@code m · 10^e} is converted exactly by {@link #exact} (Clinger's fast path). */
    static boolean isExact(long m, int e) {
        return m == 0 || (m < EXACT_LIMIT && e >= -22 && e <= 22);
    }

    /** {@code m · 10^e}, correctly rounded when {@link #isExact} holds: one IEEE operation on exact operands. */
    static double exact(long m, int e) {
        if (m == 0) {
            return 0.0;
        }
        return e >= 0 ? m * POW10[e] : m / POW10[-e];
    }

    /** The JDK path for everything the fast path cannot do exactly. */
    private static double slow(byte[] buf, int from, int to, boolean decimalComma) {
        char[] chars = new char[to - from];
        for (int k = 0; k < chars.length; k++) {
            char c = (char) (buf[from + k] & 0xff);
            chars[k] = c == ',' && decimalComma ? '.' : c;
        }
        String s = new String(chars);
        String unsigned = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        if (unsigned.equals("NaN") || unsigned.equals("Infinity")) {
            return Double.parseDouble(s);
        }
        // Double.parseDouble accepts "1d", "0x1p3" and trailing 'f': instrument files never mean those
        for (char c : chars) {
            if (c == 'd' || c == 'D' || c == 'f' || c == 'F' || c == 'x' || c == 'X' || c == 'p' || c == 'P') {
                throw new NumberFormatException("'" + s + "' is not a decimal number");
            }
        }
        return Double.parseDouble(s);
    }

    /** Parses a whole string (header values): decimal point or comma. */
    public static double parse(String text) {
        byte[] b = new byte[text.length()];
        for (int k = 0; k < b.length; k++) {
            char c = text.charAt(k);
            b[k] = c < 256 ? (byte) c : (byte) '?';
        }
        return parse(b, 0, b.length, true);
    }
}
