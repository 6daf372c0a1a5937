package org.electrocat.ms.chem;

/**
 * The charge notations {@link FormulaParser} accepts at the end of a formula or group: {@code +},
 * {@code 2-}, {@code ^2+}, {@code ^+2}, {@code (2+)}, and the Unicode minus sign.
 */
final class ChargeNotation {

    private ChargeNotation() {
    }

    static boolean isMinus(char ch) {
        return ch == '-' || ch == '\u2212';
    }

    /**
     * Length of a charge notation starting at {@code p} ({@code ^2+}, {@code ^+2}, {@code 2+}, {@code +},
     * {@code (2-)}), or -1.
     */
    static int chargeSuffix(FormulaCursor c, int p) {
        int q = p;
        if (c.at(q) == '(') {
            int r = q + 1;
            while (Character.isDigit(c.at(r))) {
                r++;
            }
            if ((c.at(r) == '+' || isMinus(c.at(r))) && c.at(r + 1) == ')') {
                return r + 2 - p;
            }
            return -1;
        }
        boolean caret = c.at(q) == '^';
        if (caret) {
            q++;
        }
        while (Character.isDigit(c.at(q))) {
            q++;
        }
        if (c.at(q) != '+' && !isMinus(c.at(q))) {
            return -1;
        }
        q++;
        if (caret && q - p == 2) {
            while (Character.isDigit(c.at(q))) {
                q++; // ^+2
            }
        }
        return q - p;
    }

    static boolean endsAfter(FormulaCursor c, int p, char closer) {
        int q = p;
        while (q < c.s.length() && Character.isWhitespace(c.s.charAt(q))) {
            q++;
        }
        return q >= c.s.length() || (closer != 0 && c.s.charAt(q) == closer);
    }

    static boolean chargeFollowsClose(FormulaCursor c, int open) {
        int depth = 0;
        for (int q = open; q < c.s.length(); q++) {
            char ch = c.s.charAt(q);
            if (ch == '(' || ch == '{' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == '}' || ch == ']') {
                depth--;
                if (depth == 0) {
                    int len = chargeSuffix(c, q + 1);
                    if (len <= 0) {
                        return false;
                    }
                    int r = q + 1 + len;
                    while (r < c.s.length() && Character.isWhitespace(c.s.charAt(r))) {
                        r++;
                    }
                    return r >= c.s.length() || ")}]".indexOf(c.s.charAt(r)) >= 0;
                }
            }
        }
        return false;
    }

    static long chargeValue(String notation) {
        String t = notation.replace("^", "").replace("(", "").replace(")", "").replace('\u2212', '-');
        int sign = t.indexOf('+') >= 0 ? 1 : -1;
        String digits = t.replace("+", "").replace("-", "");
        return sign * (digits.isEmpty() ? 1 : Long.parseLong(digits));
    }
}
