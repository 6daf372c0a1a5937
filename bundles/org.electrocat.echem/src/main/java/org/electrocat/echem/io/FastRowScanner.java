package org.electrocat.echem.io;

/**
 * One pass over a clean data row: finds the fields and converts the numbers in the same sweep
 * over the bytes (instead of finding the line end, then the separators, then parsing each field).
 * It handles only the common shape, {@code [-+]digits[.digits][E[-+]digits]} fields separated by
 * one separator byte, with a decimal mantissa of at most 18 digits that Clinger's fast path
 * converts exactly (Clinger, PLDI 1990: both operands exact, one rounding); anything else (spaces, NaN, long mantissas, bad
 * fields, wrong field counts) is reported as {@link #CAREFUL} so the caller re-parses that row
 * with the general, message-giving path. Results are therefore identical to the general path.
 */
final class FastRowScanner {

    /** The buffer ended before the row did (more bytes needed). */
    static final int INCOMPLETE = -1;
    /** The row needs the general path. */
    static final int CAREFUL = -2;

    /** 10^0 .. 10^22, all exact doubles. */
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long EXACT_LIMIT = 1L << 53;

    private FastRowScanner() {
    }

    /**
     * Scans the row that starts at {@code s}.
     *
     * @param row receives the values (length = number of columns)
     * @return the index just after the row's line break ({@code len} for a last line at end of
     *         file), {@link #INCOMPLETE} or {@link #CAREFUL}
     */
    static int scan(byte[] buf, int s, int len, boolean eof, byte separator, byte decimal, double[] row) {
        int n = row.length;
        int i = s;
        for (int field = 0; field < n; field++) {
            if (i >= len) {
                return eof ? CAREFUL : INCOMPLETE;
            }
            boolean negative = false;
            byte c = buf[i];
            if (c == '-' || c == '+') {
                negative = c == '-';
                i++;
            }
            long m = 0;
            int digits = 0;
            int exp = 0;
            boolean any = false;
            boolean point = false;
            for (; i < len; i++) {
                c = buf[i];
                if (c >= '0' && c <= '9') {
                    any = true;
                    if (m != 0 || c != '0') {
                        if (++digits > 18) {
                            return CAREFUL;
                        }
                        m = m * 10 + (c - '0');
                    }
                    if (point) {
                        exp--;
                    }
                } else if (c == decimal && !point) {
                    point = true;
                } else {
                    break;
                }
            }
            if (!any) {
                return i >= len && !eof ? INCOMPLETE : CAREFUL;
            }
            if (i < len && (buf[i] == 'E' || buf[i] == 'e')) {
                i++;
                boolean expNegative = false;
                if (i < len && (buf[i] == '-' || buf[i] == '+')) {
                    expNegative = buf[i] == '-';
                    i++;
                }
                int e = 0;
                int ed = 0;
                for (; i < len && buf[i] >= '0' && buf[i] <= '9' && ed < 4; i++, ed++) {
                    e = e * 10 + (buf[i] - '0');
                }
                if (ed == 0) {
                    return i >= len && !eof ? INCOMPLETE : CAREFUL;
                }
                exp += expNegative ? -e : e;
            }
            if (i >= len && !eof) {
                return INCOMPLETE;
            }
            if (!(m == 0 || (m < EXACT_LIMIT && exp >= -22 && exp <= 22))) {
                return CAREFUL;
            }
            double v = m == 0 ? 0.0 : exp >= 0 ? m * POW10[exp] : m / POW10[-exp];
            row[field] = negative ? -v : v;
            if (field < n - 1) {
                if (i >= len || buf[i] != separator) {
                    return CAREFUL;
                }
                i++;
            }
        }
        // end of row: optional trailing separator, optional '\r', then '\n' or end of file
        if (i < len && buf[i] == separator) {
            i++;
        }
        if (i < len && buf[i] == '\r') {
            i++;
        }
        if (i >= len) {
            return eof ? len : INCOMPLETE;
        }
        return buf[i] == '\n' ? i + 1 : CAREFUL;
    }
}
