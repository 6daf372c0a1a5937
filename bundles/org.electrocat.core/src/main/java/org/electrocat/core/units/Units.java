package org.electrocat.core.units;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The unit table and a parser for the unit notations found in instrument files and study files.
 *
 * <p>Grammar: factors separated by white space, {@code *}, {@code ·} or {@code .}; a {@code /}
 * divides by the factor (or parenthesised group) that follows it; every factor is an optional SI
 * prefix, a unit symbol and an optional integer exponent written {@code 2}, {@code ^2}, {@code -2},
 * {@code ^-2} or with superscripts ({@code ²}, {@code ⁻¹}). Examples: {@code mA cm-2},
 * {@code mA/cm²}, {@code umol h-1 cm-2}, {@code µmol/(h·cm2)}, {@code 1/cm}, {@code F/cm^2}.
 * Exact symbols are looked up before prefixes are split off, so {@code min} is minutes,
 * {@code Pa} is pascal and {@code mol} is mole.
 */
public final class Units {

    private static final Map<String, Unit> SYMBOLS = new LinkedHashMap<>();
    private static final Map<String, Double> PREFIXES = new LinkedHashMap<>();

    /** Dimensionless 1. */
    public static final Unit ONE;
    public static final Unit PERCENT;
    public static final Unit SECOND;
    public static final Unit HOUR;
    public static final Unit METRE;
    public static final Unit CENTIMETRE;
    public static final Unit SQUARE_CENTIMETRE;
    public static final Unit GRAM;
    public static final Unit AMPERE;
    public static final Unit MILLIAMPERE;
    public static final Unit VOLT;
    public static final Unit OHM;
    public static final Unit FARAD;
    public static final Unit COULOMB;
    public static final Unit HERTZ;
    public static final Unit MOLE;
    public static final Unit ELECTRONVOLT;
    public static final Unit KELVIN;
    public static final Unit DEGREE;
    public static final Unit WAVENUMBER;
    public static final Unit ANGSTROM;
    public static final Unit INVERSE_ANGSTROM;
    public static final Unit MASS_TO_CHARGE;
    public static final Unit ARBITRARY;

    static {
        int[] none = new int[Unit.BASE_DIMENSIONS];
        ONE = base("1", 1, none);
        base("", 1, none);
        PERCENT = base("%", 0.01, none);
        base("ppm", 1e-6, none);
        DEGREE = base("deg", Math.PI / 180, none);
        alias("°", DEGREE);
        base("rad", 1, none);
        ARBITRARY = base("a.u.", 1, none);
        alias("au", ARBITRARY);
        alias("arb. units", ARBITRARY);
        alias("counts", ARBITRARY);
        alias("cps", ARBITRARY);
        alias("#", ARBITRARY);
        MASS_TO_CHARGE = base("m/z", 1, none);
        alias("Th", MASS_TO_CHARGE);

        METRE = base("m", 1, dim(0, 1));
        ANGSTROM = base("Å", 1e-10, dim(0, 1));
        alias("A°", ANGSTROM);
        alias("Ang", ANGSTROM);
        base("g", 1e-3, dim(1, 1));
        GRAM = SYMBOLS.get("g");
        base("Da", 1.66053906660e-27, dim(1, 1));
        alias("u", SYMBOLS.get("Da"));
        SECOND = base("s", 1, dim(2, 1));
        base("min", 60, dim(2, 1));
        HOUR = base("h", 3600, dim(2, 1));
        alias("hr", HOUR);
        AMPERE = base("A", 1, dim(3, 1));
        KELVIN = base("K", 1, dim(4, 1));
        MOLE = base("mol", 1, dim(5, 1));
        base("cd", 1, dim(6, 1));
        base("L", 1e-3, new int[] {3, 0, 0, 0, 0, 0, 0});
        alias("l", SYMBOLS.get("L"));
        base("M", 1e3, new int[] {-3, 0, 0, 0, 0, 1, 0});
        HERTZ = base("Hz", 1, new int[] {0, 0, -1, 0, 0, 0, 0});
        base("N", 1, new int[] {1, 1, -2, 0, 0, 0, 0});
        base("Pa", 1, new int[] {-1, 1, -2, 0, 0, 0, 0});
        base("bar", 1e5, new int[] {-1, 1, -2, 0, 0, 0, 0});
        base("J", 1, new int[] {2, 1, -2, 0, 0, 0, 0});
        ELECTRONVOLT = base("eV", 1.602176634e-19, new int[] {2, 1, -2, 0, 0, 0, 0});
        base("W", 1, new int[] {2, 1, -3, 0, 0, 0, 0});
        COULOMB = base("C", 1, new int[] {0, 0, 1, 1, 0, 0, 0});
        base("Ah", 3600, new int[] {0, 0, 1, 1, 0, 0, 0});
        VOLT = base("V", 1, new int[] {2, 1, -3, -1, 0, 0, 0});
        OHM = base("Ohm", 1, new int[] {2, 1, -3, -2, 0, 0, 0});
        alias("Ω", OHM);
        alias("ohm", OHM);
        alias("Ohms", OHM);
        alias("ohms", OHM);
        base("S", 1, new int[] {-2, -1, 3, 2, 0, 0, 0});
        FARAD = base("F", 1, new int[] {-2, -1, 4, 2, 0, 0, 0});

        PREFIXES.put("Y", 1e24);
        PREFIXES.put("Z", 1e21);
        PREFIXES.put("E", 1e18);
        PREFIXES.put("P", 1e15);
        PREFIXES.put("T", 1e12);
        PREFIXES.put("G", 1e9);
        PREFIXES.put("M", 1e6);
        PREFIXES.put("k", 1e3);
        PREFIXES.put("h", 1e2);
        PREFIXES.put("da", 1e1);
        PREFIXES.put("d", 1e-1);
        PREFIXES.put("c", 1e-2);
        PREFIXES.put("m", 1e-3);
        PREFIXES.put("µ", 1e-6);
        PREFIXES.put("μ", 1e-6);
        PREFIXES.put("u", 1e-6);
        PREFIXES.put("n", 1e-9);
        PREFIXES.put("p", 1e-12);
        PREFIXES.put("f", 1e-15);
        PREFIXES.put("a", 1e-18);

        CENTIMETRE = parse("cm");
        SQUARE_CENTIMETRE = parse("cm2");
        MILLIAMPERE = parse("mA");
        WAVENUMBER = parse("cm-1");
        INVERSE_ANGSTROM = parse("Å-1");
    }

    private Units() {
    }

    private static int[] dim(int index, int exponent) {
        int[] d = new int[Unit.BASE_DIMENSIONS];
        d[index] = exponent;
        return d;
    }

    private static Unit base(String symbol, double factor, int[] dimension) {
        Unit u = new Unit(symbol.isEmpty() ? "1" : symbol, factor, dimension);
        SYMBOLS.put(symbol, u);
        return u;
    }

    private static void alias(String symbol, Unit unit) {
        SYMBOLS.put(symbol, unit);
    }

    /**
     * Parses a unit expression. The returned unit keeps {@code text} (trimmed) as its symbol.
     *
     * @throws IllegalArgumentException with the position of the first token it cannot read
     */
    public static Unit parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("unit is missing");
        }
        String trimmed = text.trim();
        Unit exact = SYMBOLS.get(trimmed);
        if (exact != null) {
            return trimmed.isEmpty() ? exact : exact.withSymbol(trimmed);
        }
        Parser p = new Parser(normaliseSuperscripts(trimmed), trimmed);
        Unit u = p.product();
        if (p.pos < p.s.length()) {
            throw p.error("unexpected '" + p.s.charAt(p.pos) + "'");
        }
        return u.withSymbol(trimmed);
    }

    /** Parses, returning {@code fallback} for text that is not a unit (useful for headers). */
    public static Unit parseOr(String text, Unit fallback) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static String normaliseSuperscripts(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '⁻' -> sb.append('-');
                case '⁰' -> sb.append('0');
                case '¹' -> sb.append('1');
                case '²' -> sb.append('2');
                case '³' -> sb.append('3');
                case '⁴' -> sb.append('4');
                case '⁵' -> sb.append('5');
                case '⁶' -> sb.append('6');
                case '·', '×' -> sb.append('*');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Recursive-descent parser over one expression; {@code pos} is the read position. */
    private static final class Parser {
        final String s;
        final String original;
        int pos;

        Parser(String s, String original) {
            this.s = s;
            this.original = original;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("cannot read unit '" + original + "' at position " + (pos + 1)
                    + ": " + what);
        }

        Unit product() {
            Unit result = Units.ONE;
            boolean first = true;
            while (true) {
                skipSeparators();
                if (pos >= s.length() || s.charAt(pos) == ')') {
                    if (first) {
                        throw error("empty unit");
                    }
                    return result;
                }
                if (s.charAt(pos) == '/') {
                    pos++;
                    skipSpaces();
                    result = result.divide(factor());
                } else {
                    result = result.times(factor());
                }
                first = false;
            }
        }

        void skipSpaces() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        void skipSeparators() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '*'
                    || (s.charAt(pos) == '.' && pos > 0 && pos + 1 < s.length() && Character.isLetter(s.charAt(pos + 1))))) {
                pos++;
            }
        }

        Unit factor() {
            if (pos < s.length() && s.charAt(pos) == '(') {
                pos++;
                Unit inner = product();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw error("missing ')'");
                }
                pos++;
                return inner.pow(exponent());
            }
            if (pos < s.length() && s.charAt(pos) == '1' && (pos + 1 == s.length() || s.charAt(pos + 1) == '/' || s.charAt(pos + 1) == ' ')) {
                pos++;
                return Units.ONE;
            }
            int start = pos;
            while (pos < s.length() && isSymbolChar(s.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a unit symbol");
            }
            Unit unit = symbol(s.substring(start, pos), start);
            return unit.pow(exponent());
        }

        static boolean isSymbolChar(char c) {
            return Character.isLetter(c) || c == 'Å' || c == 'Ω' || c == 'µ' || c == 'μ' || c == '%' || c == '°';
        }

        int exponent() {
            if (pos < s.length() && s.charAt(pos) == '^') {
                pos++;
            }
            int start = pos;
            if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                pos++;
            }
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            String e = s.substring(start, pos);
            if (e.isEmpty()) {
                return 1;
            }
            if (e.equals("-") || e.equals("+")) {
                pos = start;
                throw error("exponent without digits");
            }
            return Integer.parseInt(e);
        }

        Unit symbol(String token, int at) {
            Unit exact = SYMBOLS.get(token);
            if (exact != null) {
                return exact;
            }
            for (Map.Entry<String, Double> prefix : PREFIXES.entrySet()) {
                String p = prefix.getKey();
                if (token.length() > p.length() && token.startsWith(p)) {
                    Unit baseUnit = SYMBOLS.get(token.substring(p.length()));
                    if (baseUnit != null && !baseUnit.isDimensionless()) {
                        return new Unit(token, baseUnit.siFactor() * prefix.getValue(), baseUnit.dimension());
                    }
                }
            }
            pos = at;
            throw error("unknown unit symbol '" + token + "'");
        }
    }

    /** Lower-case lookup helper for headers written in upper case by some instruments (e.g. {@code OHM}). */
    public static Unit parseLenient(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException first) {
            String lower = text.trim().toLowerCase(Locale.ROOT);
            if (lower.equals("ohm") || lower.equals("ohms")) {
                return OHM.withSymbol(text.trim());
            }
            throw first;
        }
    }
}
