package org.electrocat.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.electrocat.chart.NumberText;
import org.electrocat.chart.UnitText;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;

/**
 * Numbers as the report prints them. A value with an uncertainty follows the GUM convention
 * (JCGM 100:2008, §7.2.6): the standard uncertainty rounded to two significant digits and the value
 * rounded to the same decimal place ({@code 0.563 ± 0.012}); very small or large magnitudes share
 * one power of ten ({@code (4.21 ± 0.13)×10⁻⁷}). A value without uncertainty gets four significant
 * digits; an undetermined value (NaN) prints as an em dash.
 */
public final class Formats {

    /** Shown for a value that was not determined. */
    public static final String MISSING = "—";

    private Formats() {
    }

    /**
     * The value ± uncertainty of {@code q}, without unit. Masses and m/z without an uncertainty keep
     * four decimals (mass spectrometry compares them at the mDa level: 3592.4227, not 3592).
     */
    public static String value(Quantity q) {
        if (isMassScale(q.unit()) && !(q.uncertainty() > 0) && Double.isFinite(q.value())) {
            return minus(new BigDecimal(q.value()).setScale(4, RoundingMode.HALF_UP).toPlainString());
        }
        return valueWithUncertainty(q.value(), q.uncertainty());
    }

    /** m/z, Th, Da and u: the units mass spectra are read in. */
    static boolean isMassScale(Unit u) {
        return u.symbol().equals("m/z") || u.symbol().equals("Th") || u.sameAs(DALTON);
    }

    private static final Unit DALTON = org.electrocat.core.units.Units.parse("Da");

    /** {@code value ± uncertainty} (or just the value when {@code u} is NaN or not positive). */
    public static String valueWithUncertainty(double v, double u) {
        if (Double.isNaN(v)) {
            return MISSING;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (!(u > 0) || Double.isInfinite(u)) {
            String s = NumberText.significant(v, 4);
            return u == 0 ? s + " ± 0" : s;
        }
        int uExp = (int) Math.floor(Math.log10(u));
        int mag = v == 0 ? uExp : (int) Math.floor(Math.log10(Math.abs(v)));
        int shared = Math.max(mag, uExp);
        if (shared < -3 || shared >= 6) {
            // common power of ten
            double scale = Math.pow(10, shared);
            return "(" + plain(v / scale, u / scale) + ")×" + NumberText.powerOfTen(shared);
        }
        return plain(v, u);
    }

    /** Value and uncertainty at the decimal place of the uncertainty's second significant digit. */
    private static String plain(double v, double u) {
        int decimals = 1 - (int) Math.floor(Math.log10(u));
        BigDecimal ur = new BigDecimal(u).setScale(decimals, RoundingMode.HALF_UP);
        // rounding may carry (0.0996 → 0.10): keep two significant digits after the carry
        if (ur.precision() - ur.scale() - 1 > (int) Math.floor(Math.log10(u))) {
            decimals--;
            ur = new BigDecimal(u).setScale(decimals, RoundingMode.HALF_UP);
        }
        BigDecimal vr = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP);
        return minus(plainString(vr)) + " ± " + plainString(ur);
    }

    private static String plainString(BigDecimal b) {
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /** A plain number for a table cell: up to six significant digits. */
    public static String number(double v) {
        return Double.isNaN(v) ? MISSING : NumberText.significant(v, 6);
    }

    /** The unit symbol typeset for reading ({@code mA cm⁻²}); empty for dimensionless 1. */
    public static String unit(Unit u) {
        return u == null ? "" : UnitText.pretty(u.symbol());
    }

    private static String minus(String s) {
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }
}
