package org.electrocat.ms.chem;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads molecular and ion formulas as chemists write them in mass spectrometry papers.
 *
 * <ul>
 *   <li>Elements with counts: {@code C8H10N4O2}; {@code D} is deuterium ({@code [2H]}).</li>
 *   <li>Isotopes: {@code [15N]}, {@code [13C]6} or {@code [13]C6} (a single isotope, abundance 1).</li>
 *   <li>Groups with multipliers, nested, in {@code ()}, {@code {}} or {@code []}:
 *       {@code Ag4Pd2(SR)7}, {@code H{Ag4Pd2(SR)7-S-Ti4O2(TBC[4])2}+}.</li>
 *   <li>Abbreviations ({@link Abbreviations}): {@code SR}, {@code TBC[4]}, {@code DCM}, user-defined.</li>
 *   <li>Hydrates and solvates: {@code CuSO4·5H2O}, {@code CuSO4*5H2O}, {@code CuSO4.5H2O}; a number at the
 *       start of a part multiplies that part ({@code 2C6H12O6+Na+}).</li>
 *   <li>Adducts: {@code +} adds a part ({@code C8H10N4O2+H+}); inside an ion bracket followed by a
 *       charge, {@code -} removes one ({@code [C8H10N4O2-H]-}); elsewhere {@code -} is a bond, as in the
 *       reference paper's {@code (SR)7-S-Ti4}. A negative count also removes atoms: {@code H-1}.</li>
 *   <li>Charges at the end of the formula or of a group: {@code +}, {@code 2-}, {@code ^2+}, {@code ^+2},
 *       {@code (2+)}, {@code " 2-"}. Digits right after an element or a round or curly bracket are a
 *       count, so {@code (H2O)2+} is two waters and charge +1; after a square bracket they are the
 *       charge, as in IUPAC ion notation: {@code [M+2H]2+}, {@code [Fe(CN)6]4-}.</li>
 * </ul>
 *
 * <p>Errors are {@link FormulaException}s with the position of the offending character.
 */
public final class FormulaParser {

    private final IsotopeTable table;
    private final Abbreviations abbreviations;
    private final Map<String, Formula> expanded = new HashMap<>();
    private final Set<String> expanding = new HashSet<>();

    public FormulaParser(IsotopeTable table, Abbreviations abbreviations) {
        this.table = table;
        this.abbreviations = abbreviations;
    }

    /** A parser with the standard isotope table and the default abbreviations. */
    public static FormulaParser standard() {
        return new FormulaParser(IsotopeTable.standard(), Abbreviations.defaults());
    }

    /** Parses with the standard table and default abbreviations. */
    public static Formula parseStandard(String text) {
        return standard().parse(text);
    }

    /**
     * Parses a formula.
     *
     * @throws FormulaException naming the position of the problem
     */
    public Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FormulaException(text == null ? "" : text, 0, "empty formula");
        }
        FormulaCursor c = new FormulaCursor(text);
        Atoms atoms = sequence(c, (char) 0, false);
        if (!c.atEnd()) {
            throw new FormulaException(text, c.pos, "unmatched '" + c.peek() + "'");
        }
        if (atoms.map.values().stream().allMatch(n -> n == 0)) {
            throw new FormulaException(text, 0, "no atoms");
        }
        if (atoms.charge > 1000 || atoms.charge < -1000) {
            throw new FormulaException(text, 0, "charge " + atoms.charge + " is not plausible");
        }
        try {
            return Formula.of(atoms.map, (int) atoms.charge);
        } catch (IllegalArgumentException e) {
            throw new FormulaException(text, 0, e.getMessage());
        }
    }

    /** Atom counts and charge being accumulated. */
    private static final class Atoms {
        final Map<Element, Long> map = new LinkedHashMap<>();
        long charge;

        void add(Atoms o, long factor, String text, int pos) {
            for (Map.Entry<Element, Long> e : o.map.entrySet()) {
                long n = map.getOrDefault(e.getKey(), 0L) + e.getValue() * factor;
                if (Math.abs(n) > Formula.MAX_COUNT) {
                    throw new FormulaException(text, pos, "more than " + Formula.MAX_COUNT + " atoms of "
                            + e.getKey().label());
                }
                map.put(e.getKey(), n);
            }
            charge += o.charge * factor;
        }
    }

    private Atoms sequence(FormulaCursor c, char closer, boolean ionBracket) {
        Atoms total = new Atoms();
        Atoms term = new Atoms();
        long termFactor = 1;
        int termSign = 1;
        boolean termStart = true;
        int termPos = c.pos;
        int pending = -1; // position of a joiner or leading number still waiting for its part
        while (true) {
            c.skipSpaces();
            if (c.atEnd() || c.peek() == closer) {
                break;
            }
            int chargeLength = ChargeNotation.chargeSuffix(c, c.pos);
            if (chargeLength > 0 && ChargeNotation.endsAfter(c, c.pos + chargeLength, closer)) {
                total.add(term, termFactor * termSign, c.s, termPos);
                term = new Atoms();
                total.charge += ChargeNotation.chargeValue(c.s.substring(c.pos, c.pos + chargeLength));
                c.pos += chargeLength;
                continue;
            }
            char ch = c.peek();
            if (ch == '+' || ch == '·' || ch == '•' || ch == '*' || ch == '.' || (ionBracket && ChargeNotation.isMinus(ch))) {
                if (termStart) {
                    throw new FormulaException(c.s, c.pos, "'" + ch + "' needs a formula part before it");
                }
                total.add(term, termFactor * termSign, c.s, termPos);
                term = new Atoms();
                termFactor = 1;
                termSign = ChargeNotation.isMinus(ch) ? -1 : 1;
                termStart = true;
                pending = c.pos;
                c.pos++;
                termPos = c.pos;
                continue;
            }
            if (ChargeNotation.isMinus(ch)) {
                if (termStart) {
                    throw new FormulaException(c.s, c.pos, "a bond '-' needs a formula part before it");
                }
                c.pos++; // a bond between two parts, as in (SR)7-S-Ti4: no atoms change
                continue;
            }
            if (Character.isDigit(ch)) {
                if (!termStart) {
                    throw new FormulaException(c.s, c.pos, "a count must follow an element, isotope, abbreviation"
                            + " or group (write H2O, not 2 after a space)");
                }
                pending = c.pos;
                termFactor = readInt(c);
                termStart = false;
                continue;
            }
            termStart = false;
            pending = -1;
            int unitPos = c.pos;
            Atoms unit = unit(c);
            long count = count(c, c.s.charAt(unitPos) == '[' && !isIsotopeLabel(c, unitPos), ionBracket, closer);
            term.add(unit, count, c.s, unitPos);
        }
        if (pending >= 0) {
            throw new FormulaException(c.s, pending, "'" + c.s.charAt(pending) + "' is not followed by a formula part");
        }
        total.add(term, termFactor * termSign, c.s, termPos);
        return total;
    }

    /** One element, isotope label, abbreviation or bracketed group (without its count). */
    private Atoms unit(FormulaCursor c) {
        char ch = c.peek();
        int start = c.pos;
        if (ch == '[' && isIsotopeLabel(c, start)) {
            return isotopeLabel(c);
        }
        if (ch == '(' || ch == '{' || ch == '[') {
            char close = ch == '(' ? ')' : ch == '{' ? '}' : ']';
            boolean ion = ch == '[' && ChargeNotation.chargeFollowsClose(c, start);
            c.pos++;
            Atoms inner = sequence(c, close, ion);
            if (c.atEnd() || c.peek() != close) {
                throw new FormulaException(c.s, start, "'" + ch + "' is never closed");
            }
            if (inner.map.isEmpty() && inner.charge == 0) {
                throw new FormulaException(c.s, start, "empty group");
            }
            c.pos++;
            return inner;
        }
        if (Character.isLetter(ch)) {
            return symbol(c);
        }
        throw new FormulaException(c.s, start, "unexpected character '" + ch + "'");
    }

    private Atoms symbol(FormulaCursor c) {
        int start = c.pos;
        String abbr = null;
        for (String name : abbreviations.entries().keySet()) {
            if (c.s.startsWith(name, start) && (abbr == null || name.length() > abbr.length())) {
                abbr = name;
            }
        }
        String element = null;
        if (Character.isUpperCase(c.peek())) {
            String two = c.s.length() > start + 1 && Character.isLowerCase(c.at(start + 1))
                    ? c.s.substring(start, start + 2) : null;
            String one = c.s.substring(start, start + 1);
            if (two != null && table.natural(two).isPresent()) {
                element = two;
            } else if (table.natural(one).isPresent() || one.equals("D")) {
                element = one;
            }
        }
        Atoms a = new Atoms();
        if (abbr != null && (element == null || abbr.length() >= element.length())) {
            c.pos += abbr.length();
            a.add(toAtoms(expand(abbr, c, start)), 1, c.s, start);
            return a;
        }
        if (element == null) {
            int end = start + 1;
            while (end < c.s.length() && Character.isLowerCase(c.s.charAt(end))) {
                end++;
            }
            throw new FormulaException(c.s, start, "unknown element or abbreviation '" + c.s.substring(start, end)
                    + "'");
        }
        c.pos += element.length();
        a.map.put(element.equals("D") ? table.isotope("H", 2) : table.natural(element).get(), 1L);
        return a;
    }

    private Formula expand(String name, FormulaCursor c, int pos) {
        Formula f = expanded.get(name);
        if (f != null) {
            return f;
        }
        if (!expanding.add(name)) {
            throw new FormulaException(c.s, pos, "abbreviation '" + name + "' is defined through itself");
        }
        try {
            f = parse(abbreviations.entries().get(name).formula());
        } catch (FormulaException e) {
            throw new FormulaException(c.s, pos, "abbreviation '" + name + "' is not a valid formula ("
                    + e.getMessage() + ")");
        } finally {
            expanding.remove(name);
        }
        expanded.put(name, f);
        return f;
    }

    private static Atoms toAtoms(Formula f) {
        Atoms a = new Atoms();
        a.map.putAll(f.atoms());
        a.charge = f.charge();
        return a;
    }

    private static boolean isIsotopeLabel(FormulaCursor c, int p) {
        return c.at(p) == '[' && Character.isDigit(c.at(p + 1));
    }

    /** {@code [15N]} or {@code [15]N}. */
    private Atoms isotopeLabel(FormulaCursor c) {
        int start = c.pos;
        c.pos++;
        int massNumber = (int) Math.min(readInt(c), Integer.MAX_VALUE);
        boolean closedFirst = !c.atEnd() && c.peek() == ']';
        if (closedFirst) {
            c.pos++;
        }
        if (c.atEnd() || !Character.isUpperCase(c.peek())) {
            throw new FormulaException(c.s, c.pos, "an isotope label needs an element symbol, e.g. [15N]");
        }
        String sym = c.s.substring(c.pos, c.pos + 1);
        if (Character.isLowerCase(c.at(c.pos + 1))) {
            sym = c.s.substring(c.pos, c.pos + 2);
        }
        c.pos += sym.length();
        if (!closedFirst) {
            if (c.atEnd() || c.peek() != ']') {
                throw new FormulaException(c.s, start, "isotope label is not closed with ']'");
            }
            c.pos++;
        }
        Atoms a = new Atoms();
        try {
            a.map.put(table.isotope(sym, massNumber), 1L);
        } catch (IllegalArgumentException e) {
            throw new FormulaException(c.s, start, e.getMessage());
        }
        return a;
    }

    /** The count after a unit: digits, or {@code -digits} (atoms removed); 1 when absent. */
    private static long count(FormulaCursor c, boolean afterSquareBracket, boolean ionBracket, char closer) {
        if (c.atEnd()) {
            return 1;
        }
        if (Character.isDigit(c.peek())) {
            if (afterSquareBracket) {
                int len = ChargeNotation.chargeSuffix(c, c.pos);
                if (len > 0 && ChargeNotation.endsAfter(c, c.pos + len, closer)) {
                    return 1; // [M+2H]2+ : the digits are the charge
                }
            }
            long n = readInt(c);
            if (n == 0) {
                throw new FormulaException(c.s, c.pos - 1, "a count of 0");
            }
            return n;
        }
        if (!ionBracket && ChargeNotation.isMinus(c.peek()) && Character.isDigit(c.at(c.pos + 1))) {
            c.pos++;
            return -readInt(c);
        }
        return 1;
    }

    private static long readInt(FormulaCursor c) {
        int start = c.pos;
        long n = 0;
        while (!c.atEnd() && Character.isDigit(c.peek())) {
            n = n * 10 + (c.peek() - '0');
            if (n > Formula.MAX_COUNT) {
                throw new FormulaException(c.s, start, "number too large");
            }
            c.pos++;
        }
        return n;
    }

}
