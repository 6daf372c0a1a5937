package org.electrocat.ms.chem;

/**
 * A formula that cannot be read. The message quotes the formula, names the problem and the
 * 1-based character position, and marks it: {@code unknown element or abbreviation 'Xy' at
 * character 3 of 'C6Xy2' (C6»Xy2)}.
 */
public final class FormulaException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String formula;
    private final int position;

    /**
     * @param formula  the text being read
     * @param position 0-based index of the offending character
     * @param problem  what is wrong
     */
    public FormulaException(String formula, int position, String problem) {
        super(problem + " at character " + (position + 1) + " of '" + formula + "' ("
                + formula.substring(0, Math.min(position, formula.length())) + "»"
                + formula.substring(Math.min(position, formula.length())) + ")");
        this.formula = formula;
        this.position = position;
    }

    public String formula() {
        return formula;
    }

    /** 0-based index of the offending character in {@link #formula()}. */
    public int position() {
        return position;
    }
}
