package org.electrocat.vibspec.io.jcamp;

/**
 * Splits one data line of a JCAMP-DX table into tokens of the ASCII squeezed difference form
 * (ASDF, JCAMP-DX 4.24 §5.9; McDonald &amp; Wilks, Appl. Spectrosc. 42 (1988) 151) and of AFFN:
 *
 * <ul>
 *   <li>AFFN: ordinary numbers ({@code 12}, {@code -3.5}, {@code 1.2E-3}) separated by blanks,
 *       commas or semicolons; PAC: a sign starts a new number ({@code +10160-10159});</li>
 *   <li>SQZ: the first digit and the sign in one character, {@code @}=0, {@code A}–{@code I}=1–9,
 *       {@code a}–{@code i}=−1–−9 ({@code A23} = 123, {@code b5} = −25);</li>
 *   <li>DIF: a difference to the previous ordinate, {@code %}=0, {@code J}–{@code R}=1–9,
 *       {@code j}–{@code r}=−1–−9;</li>
 *   <li>DUP: a repeat count for the previous token, {@code S}–{@code Z}=1–8, {@code s}=9
 *       ({@code T} = the previous value occurs 2 times in all);</li>
 *   <li>{@code ?}: a missing value (NaN).</li>
 * </ul>
 *
 * An {@code E} or {@code e} directly followed by a sign inside an AFFN number is its exponent;
 * otherwise it is the SQZ digit 5 / −5. Numbers of up to 18 digits with a decimal exponent of at
 * most 22 are assembled exactly from integers (one correctly rounded division or multiplication);
 * longer ones go through {@link Double#parseDouble}. Reusable; not thread-safe.
 */
final class AsdfTokenizer {

    /** Token kinds. */
    static final byte ABS = 0;
    static final byte DIF = 1;
    static final byte DUP = 2;

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private byte[] kinds = new byte[64];
    private double[] values = new double[64];
    private int count;

    /** Thrown for a character or number the form does not allow; the caller adds file and line. */
    static final class TokenException extends Exception {
        private static final long serialVersionUID = 1L;

        TokenException(String message) {
            super(message);
        }
    }

    int count() {
        return count;
    }

    byte kind(int i) {
        return kinds[i];
    }

    /** The value of token {@code i}: the number, the difference, or the repeat count. */
    double value(int i) {
        return values[i];
    }

    /**
     * Tokenizes {@code line}.
     *
     * @throws TokenException naming the column of the first character that is not allowed
     */
    void tokenize(String line) throws TokenException {
        count = 0;
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == ',' || c == ';') {
                i++;
                continue;
            }
            if (c == '?') {
                push(ABS, Double.NaN);
                i++;
                continue;
            }
            byte kind;
            int sign = 1;
            long mantissa = 0;
            int digits = 0;
            boolean affn = false;
            if (c >= '0' && c <= '9' || c == '.') {
                kind = ABS;
                affn = true;
            } else if (c == '+' || c == '-') {
                kind = ABS;
                affn = true;
                sign = c == '-' ? -1 : 1;
                i++;
                if (i >= n || !(Character.isDigit(line.charAt(i)) || line.charAt(i) == '.')) {
                    throw new TokenException("sign '" + c + "' without a number at column " + i);
                }
            } else if (c >= '@' && c <= 'I') {
                kind = ABS;
                mantissa = c - '@';
                digits = 1;
                i++;
            } else if (c >= 'a' && c <= 'i') {
                kind = ABS;
                sign = -1;
                mantissa = c - 'a' + 1;
                digits = 1;
                i++;
            } else if (c == '%') {
                kind = DIF;
                digits = 1;
                i++;
            } else if (c >= 'J' && c <= 'R') {
                kind = DIF;
                mantissa = c - 'J' + 1;
                digits = 1;
                i++;
            } else if (c >= 'j' && c <= 'r') {
                kind = DIF;
                sign = -1;
                mantissa = c - 'j' + 1;
                digits = 1;
                i++;
            } else if (c >= 'S' && c <= 'Z' || c == 's') {
                kind = DUP;
                mantissa = c == 's' ? 9 : c - 'S' + 1;
                digits = 1;
                i++;
            } else {
                throw new TokenException("character '" + printable(c) + "' at column " + (i + 1)
                        + " is not AFFN or ASDF");
            }
            int start = i;
            int fraction = -1;
            int exponent = 0;
            boolean exact = true;
            while (i < n) {
                char d = line.charAt(i);
                if (d >= '0' && d <= '9') {
                    if (digits < 18) {
                        mantissa = mantissa * 10 + (d - '0');
                        if (mantissa != 0 || digits > 0) {
                            digits++;
                        }
                    } else {
                        exact = false;
                    }
                    if (fraction >= 0) {
                        fraction++;
                    }
                    i++;
                } else if (d == '.' && fraction < 0 && kind != DUP) {
                    fraction = 0;
                    i++;
                } else if (affn && (d == 'E' || d == 'e') && i + 1 < n
                        && (line.charAt(i + 1) == '+' || line.charAt(i + 1) == '-')) {
                    int j = i + 2;
                    int e = 0;
                    while (j < n && Character.isDigit(line.charAt(j)) && e < 100000) {
                        e = e * 10 + (line.charAt(j) - '0');
                        j++;
                    }
                    if (j == i + 2) {
                        throw new TokenException("exponent without digits at column " + (i + 1));
                    }
                    exponent = line.charAt(i + 1) == '-' ? -e : e;
                    i = j;
                    break;
                } else {
                    break;
                }
            }
            if (affn && i == start) {
                throw new TokenException("'.' without digits at column " + (i + 1));
            }
            double v;
            int scale = exponent - Math.max(0, fraction);
            if (exact && Math.abs(scale) <= 22) {
                v = scale >= 0 ? mantissa * POW10[scale] : mantissa / POW10[-scale];
            } else {
                v = slowParse(line, start, i, kind, affn, c);
            }
            push(kind, sign * v);
        }
    }

    /** Exact value of a long number: rebuilds the digits as AFFN text and lets the JDK round it. */
    private static double slowParse(String line, int start, int end, byte kind, boolean affn, char first) {
        if (kind == DUP) {
            return Double.POSITIVE_INFINITY; // a repeat count of 19+ digits: the caller rejects it
        }
        StringBuilder sb = new StringBuilder(end - start + 2);
        if (!affn) {
            int lead = first == '%' ? 0 : first >= '@' && first <= 'I' ? first - '@' : first >= 'a' && first <= 'i'
                    ? first - 'a' + 1 : first >= 'J' && first <= 'R' ? first - 'J' + 1 : first - 'j' + 1;
            sb.append((char) ('0' + lead));
        }
        sb.append(line, start, end);
        String s = sb.toString().replace('e', 'E');
        return Math.abs(Double.parseDouble(s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s));
    }

    private void push(byte kind, double value) {
        if (count == kinds.length) {
            kinds = java.util.Arrays.copyOf(kinds, count * 2);
            values = java.util.Arrays.copyOf(values, count * 2);
        }
        kinds[count] = kind;
        values[count] = value;
        count++;
    }

    private static String printable(char c) {
        return c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c);
    }
}
