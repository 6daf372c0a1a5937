package org.electrocat.io.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;

/**
 * A column header split into the quantity's name and its unit, as instruments write them:
 * {@code E/V}, {@code <I>/mA}, {@code Re(Z)/Ohm}, {@code -Im(Z)/Ohm}, {@code (Q-Qo)/C},
 * {@code Phase(Z)/deg}, {@code j/mA/cm2}, {@code I (mA)}, {@code Current(A)}, {@code Z' [Ohm]},
 * {@code E / V vs. RHE}. Units are read with {@link Units}; a reference electrode written after
 * {@code vs} is kept as text in {@link #reference()}.
 *
 * <p>Rules, first match wins: a trailing {@code [unit]}; the first top-level {@code /} whose right
 * side is a unit; a trailing {@code (unit)}, unless the part before is a function such as
 * {@code Re}, {@code Im} or {@code Phase} (so {@code Phase(Z)} stays a name). When a header has
 * unit notation that {@link Units} does not know ({@code T/°C}, {@code ox/red}), the whole header
 * stays the name, the unit is dimensionless and {@link #note()} says so.
 *
 * @param text      the header as written (trimmed)
 * @param name      the quantity's name
 * @param unit      its unit ({@link Units#ONE} when none or unknown)
 * @param unitText  the unit as written, {@code ""} when none
 * @param reference reference electrode text after {@code vs} ({@code "RHE"}, {@code "Ref."}), or {@code null}
 * @param note      why the unit was not recognised, or {@code null}
 */
public record ColumnHeader(String text, String name, Unit unit, String unitText, String reference, String note) {

    private static final Set<String> FUNCTIONS = Set.of("re", "im", "phase", "arg", "mod", "abs", "log", "ln", "lg",
            "exp", "sqrt", "real", "imag", "d", "f");
    private static final Pattern VERSUS = Pattern.compile("\\s*\\bvs\\b\\.?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNIT_LIKE = Pattern.compile("[^\\s]{1,16}");

    /** Parses a header cell. */
    public static ColumnHeader parse(String header) {
        String t = header == null ? "" : header.trim();
        if (t.isEmpty()) {
            return new ColumnHeader("", "", Units.ONE, "", null, null);
        }
        if (t.endsWith("]")) {
            int open = t.lastIndexOf('[');
            if (open > 0) {
                return withUnitText(t, t.substring(0, open), t.substring(open + 1, t.length() - 1));
            }
        }
        String unknownUnit = null;
        int depth = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == '/' && depth == 0 && k > 0 && k < t.length() - 1) {
                String right = t.substring(k + 1).trim();
                Parsed p = unitWithReference(right);
                if (p != null) {
                    return split(t, t.substring(0, k), p, right);
                }
                if (unknownUnit == null && UNIT_LIKE.matcher(stripReference(right)).matches()) {
                    unknownUnit = right;
                }
            }
        }
        if (unknownUnit == null && t.endsWith(")")) {
            int open = matchingOpen(t);
            if (open > 0) {
                String before = t.substring(0, open);
                String inside = t.substring(open + 1, t.length() - 1).trim();
                boolean spaced = Character.isWhitespace(t.charAt(open - 1));
                if (spaced || !isFunction(before)) {
                    Parsed p = unitWithReference(inside);
                    if (p != null) {
                        return split(t, before, p, inside);
                    }
                    if (spaced && UNIT_LIKE.matcher(stripReference(inside)).matches()) {
                        unknownUnit = inside;
                    }
                }
            }
        }
        if (t.equalsIgnoreCase("m/z")) {
            return new ColumnHeader(t, t, Units.MASS_TO_CHARGE, t, null, null);
        }
        if (unknownUnit != null) {
            return unknown(t, unknownUnit);
        }
        String[] nameRef = nameAndReference(t);
        return new ColumnHeader(t, nameRef[0], Units.ONE, "", nameRef[1], null);
    }

    /** The same header with the unit given separately, e.g. in a Gamry units row ({@code V vs. Ref.}). */
    public ColumnHeader withUnit(String unitCell) {
        String u = unitCell == null ? "" : unitCell.trim();
        if (u.isEmpty()) {
            return this;
        }
        Parsed p = unitWithReference(u);
        if (p == null) {
            return new ColumnHeader(text, name, Units.ONE, u, reference, "unit '" + u + "' of column '" + name
                    + "' is not a known unit: values kept dimensionless");
        }
        return new ColumnHeader(text, name, p.unit, u, p.reference != null ? p.reference : reference, null);
    }

    /** True when the cell reads as a unit (with an optional {@code vs} reference): used to spot units rows. */
    public static boolean isUnit(String cell) {
        String u = cell.trim();
        return u.equals("#") || unitWithReference(u) != null;
    }

    private static ColumnHeader withUnitText(String t, String namePart, String unitText) {
        Parsed p = unitWithReference(unitText.trim());
        if (p == null) {
            return unknown(t, unitText.trim());
        }
        return split(t, namePart, p, unitText.trim());
    }

    private static ColumnHeader split(String t, String namePart, Parsed p, String unitText) {
        String[] nameRef = nameAndReference(namePart.trim());
        String ref = p.reference != null ? p.reference : nameRef[1];
        return new ColumnHeader(t, nameRef[0], p.unit, unitText, ref, null);
    }

    private static ColumnHeader unknown(String t, String unitText) {
        return new ColumnHeader(t, t, Units.ONE, unitText, null, "unit '" + unitText + "' in column header '" + t
                + "' is not a known unit: values kept dimensionless");
    }

    /** {@code "E vs RHE"} → {@code ["E", "RHE"]}; no {@code vs} → {@code [name, null]}. */
    private static String[] nameAndReference(String s) {
        Matcher m = VERSUS.matcher(s);
        if (m.find() && m.start() > 0 && m.end() < s.length()) {
            return new String[] {s.substring(0, m.start()).trim(), s.substring(m.end()).trim()};
        }
        return new String[] {s, null};
    }

    private static String stripReference(String unitText) {
        Matcher m = VERSUS.matcher(unitText);
        return m.find() && m.start() > 0 ? unitText.substring(0, m.start()).trim() : unitText;
    }

    private record Parsed(Unit unit, String reference) {
    }

    /** {@code "V vs. Ref."} → (V, "Ref."); {@code "mA"} → (mA, null); not a unit → null. */
    private static Parsed unitWithReference(String s) {
        if (s.isEmpty()) {
            return null;
        }
        String unitPart = s;
        String ref = null;
        Matcher m = VERSUS.matcher(s);
        if (m.find() && m.start() > 0) {
            unitPart = s.substring(0, m.start()).trim();
            ref = s.substring(m.end()).trim();
            if (ref.isEmpty()) {
                ref = null;
            }
        }
        if (unitPart.equals("#")) {
            return new Parsed(Units.ONE.withSymbol("#"), ref);
        }
        try {
            return new Parsed(Units.parseLenient(unitPart), ref);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int matchingOpen(String t) {
        int depth = 0;
        for (int k = t.length() - 1; k >= 0; k--) {
            char c = t.charAt(k);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isFunction(String before) {
        String b = before.trim().toLowerCase(Locale.ROOT);
        while (!b.isEmpty() && "-+|".indexOf(b.charAt(0)) >= 0) {
            b = b.substring(1);
        }
        return FUNCTIONS.contains(b);
    }
}
