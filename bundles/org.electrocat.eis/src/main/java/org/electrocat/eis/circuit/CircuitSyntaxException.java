package org.electrocat.eis.circuit;

/**
 * A circuit string that cannot be read. The message quotes the string, gives the 1-based position
 * and draws a caret under it, e.g.
 *
 * <pre>
 * circuit 'R0-p(R1,CPE1' at position 13: expected ',' or ')' to close p( opened at position 4
 *   R0-p(R1,CPE1
 *               ^
 * </pre>
 */
public final class CircuitSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String circuit;
    private final int position;

    /**
     * @param circuit  the text as given
     * @param position 1-based position of the offending character (length + 1 for "at the end")
     * @param problem  what is wrong there
     */
    public CircuitSyntaxException(String circuit, int position, String problem) {
        super("circuit '" + circuit + "' at position " + position + ": " + problem + "\n  " + circuit + "\n  "
                + " ".repeat(Math.max(0, position - 1)) + "^");
        this.circuit = circuit;
        this.position = position;
    }

    /** The circuit string. */
    public String circuit() {
        return circuit;
    }

    /** 1-based position of the error. */
    public int position() {
        return position;
    }
}
