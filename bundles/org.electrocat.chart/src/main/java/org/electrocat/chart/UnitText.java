package org.electrocat.chart;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typesets unit symbols as instrument files and {@link org.electrocat.core.units.Units} write them
 * ({@code mA cm-2}, {@code uF/cm2}, {@code Ohm}, {@code cm-1}) the way a reader expects to see them
 * on an axis or in a report ({@code mA cm⁻²}, {@code µF/cm²}, {@code Ω}, {@code cm⁻¹}). Only the
 * presentation changes; the text still names the same unit.
 */
public final class UnitText {

    /** An exponent written after a unit symbol: {@code cm2}, {@code cm-2}, {@code cm^-2}, {@code s^2}. */
    private static final Pattern EXPONENT = Pattern.compile("(?<=[A-Za-zµΩÅ)])\\^?(-?)(\\d+)(?![\\d.])");
    /** The micro prefix typed as 'u' before a unit symbol (uA, uF, umol, um). */
    private static final Pattern MICRO = Pattern.compile("(?<![A-Za-z])u(?=(A|F|mol|m|g|s|V|L|C|W)(?![a-z]))");
    private static final Pattern OHM = Pattern.compile("(?<![A-Za-z])[Oo]hms?(?![a-z])");
    private static final Pattern DEGREE = Pattern.compile("(?<![A-Za-z])deg(?![a-z])");
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private UnitText() {
    }

    /**
     * The unit symbol typeset with superscript exponents and proper signs for micro, ohm and degree.
     * {@code null} and blank give an empty string; dimensionless {@code 1} gives an empty string too,
     * because an axis of a pure number carries no unit after its quantity.
     */
    public static String pretty(String symbol) {
        if (symbol == null || symbol.isBlank() || symbol.equals("1")) {
            return "";
        }
        String s = OHM.matcher(symbol.trim()).replaceAll("Ω");
        s = DEGREE.matcher(s).replaceAll("°");
        s = MICRO.matcher(s).replaceAll("µ");
        Matcher m = EXPONENT.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder sup = new StringBuilder();
            if (!m.group(1).isEmpty()) {
                sup.append('⁻');
            }
            for (char c : m.group(2).toCharArray()) {
                sup.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(sup.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
