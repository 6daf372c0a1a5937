package org.electrocat.echem.io;

import org.electrocat.io.text.NumberParser;

/**
 * Numbers in instrument text fields, converted by the shared {@link NumberParser} of
 * {@code org.electrocat.io} (JDK-identical doubles; Clinger's fast path and Eisel–Lemire). What the
 * instrument readers add: surrounding blanks and a stray '\r' are ignored, and where a file may use
 * a decimal comma (EC-Lab in comma locales, hand-edited header values) a decimal point is accepted
 * too, since a field holds one number and cannot be read two ways.
 */
final class Fields {

    private Fields() {
    }

    /**
     * Parses {@code buf[from, to)}.
     *
     * @param decimalComma true when ',' may be the decimal separator ('.' is accepted as well)
     * @throws NumberFormatException naming the text when it is not a number
     */
    static double number(byte[] buf, int from, int to, boolean decimalComma) {
        while (from < to && buf[from] == ' ') {
            from++;
        }
        while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\r')) {
            to--;
        }
        if (decimalComma && NumberParser.isNumber(buf, from, to, (byte) ',')) {
            return NumberParser.parse(buf, from, to, (byte) ',');
        }
        return NumberParser.parse(buf, from, to, (byte) '.');
    }

    /** Parses a header or table value with a decimal point or a decimal comma. */
    static double number(String text) {
        byte[] b = new byte[text.length()];
        for (int k = 0; k < b.length; k++) {
            char c = text.charAt(k);
            b[k] = c < 128 ? (byte) c : (byte) '?';
        }
        return number(b, 0, b.length, true);
    }
}
