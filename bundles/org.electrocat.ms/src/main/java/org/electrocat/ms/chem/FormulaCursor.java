package org.electrocat.ms.chem;

/** Position in a formula being read. */
final class FormulaCursor {
    final String s;
    int pos;

    FormulaCursor(String s) {
        this.s = s;
    }

    boolean atEnd() {
        return pos >= s.length();
    }

    char peek() {
        return s.charAt(pos);
    }

    char at(int p) {
        return p < s.length() ? s.charAt(p) : 0;
    }

    void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            pos++;
        }
    }
}
