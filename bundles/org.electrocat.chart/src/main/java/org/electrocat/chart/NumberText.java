package org.electrocat.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as charts print them: a decimal point whatever the user's locale, no thousands
 * separators ({@code 2400 cm⁻¹}, not {@code 2,400}), no trailing zeros, and a ×10ⁿ-style exponent only
 * where plain digits would be unreadable.
 */
public final class NumberText {

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private NumberText() {
    }

    /** {@code v} rounded to {@code digits} significant digits, e.g. 0.5 → {@code 0.5}, 41.96 → {@code 42.0} at 3. */
    public static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros();
        int exp = b.precision() - b.scale() - 1;
        if (exp < -4 || exp >= 7) {
            return b.unscaledValue().signum() < 0 ? "−" + sci(b.negate()) : sci(b);
        }
        String s = b.toPlainString();
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    /** {@code 10ⁿ} with a superscript exponent. */
    public static String powerOfTen(int n) {
        StringBuilder sb = new StringBuilder("10");
        String digits = Integer.toString(Math.abs(n));
        if (n < 0) {
            sb.append('⁻');
        }
        for (char c : digits.toCharArray()) {
            sb.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }

    /**
     * A tick-label format for ticks {@code step} apart: just enough decimals to tell neighbours apart,
     * no grouping; scientific notation below 10⁻⁴ or from 10⁷ on.
     */
    public static NumberFormat tickFormat(double step) {
        DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ROOT);
        sym.setMinusSign('−');
        if (step < 1e-4 || step >= 1e7) {
            return new DecimalFormat("0.##E0", sym);
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals), sym);
        f.setGroupingUsed(false);
        return f;
    }

    private static String sci(BigDecimal b) {
        int exp = b.precision() - b.scale() - 1;
        BigDecimal mantissa = b.movePointLeft(exp).stripTrailingZeros();
        String m = mantissa.toPlainString();
        return (m.equals("1") ? "" : m + "×") + powerOfTen(exp);
    }
}
