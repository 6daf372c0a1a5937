package org.electrocat.core.units;

import java.util.Locale;
import java.util.Objects;

/**
 * A number with its unit and, where known, its standard uncertainty (one sigma, same unit).
 * An uncertainty of {@code NaN} means "not determined", never zero.
 *
 * @param value       the value
 * @param uncertainty standard uncertainty, or {@code NaN} when unknown
 * @param unit        the unit of both value and uncertainty
 */
public record Quantity(double value, double uncertainty, Unit unit) {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
    }

    /** A value without a determined uncertainty. */
    public static Quantity of(double value, Unit unit) {
        return new Quantity(value, Double.NaN, unit);
    }

    /** A value with its standard uncertainty. */
    public static Quantity of(double value, double uncertainty, Unit unit) {
        return new Quantity(value, uncertainty, unit);
    }

    /**
     * Parses {@code "0.197 V"}, {@code "40 uF/cm2"}, {@code "1e-3 A cm-2"} or a bare number (then in
     * {@code defaultUnit}).
     *
     * @throws IllegalArgumentException naming the text when the number or unit cannot be read
     */
    public static Quantity parse(String text, Unit defaultUnit) {
        String t = text.trim();
        int split = 0;
        while (split < t.length() && "0123456789+-.eE".indexOf(t.charAt(split)) >= 0) {
            // an 'e' followed by a letter starts a unit (e.g. "5 eV" has a space, "5eV" does not)
            if ((t.charAt(split) == 'e' || t.charAt(split) == 'E') && split + 1 < t.length()
                    && !Character.isDigit(t.charAt(split + 1)) && t.charAt(split + 1) != '-' && t.charAt(split + 1) != '+') {
                break;
            }
            split++;
        }
        String number = t.substring(0, split);
        String unitText = t.substring(split).trim();
        double v;
        try {
            v = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number with a unit");
        }
        Unit u = unitText.isEmpty() ? defaultUnit : Units.parse(unitText);
        if (u == null) {
            throw new IllegalArgumentException("'" + text + "' needs a unit");
        }
        return of(v, u);
    }

    /** True when the uncertainty is known. */
    public boolean hasUncertainty() {
        return !Double.isNaN(uncertainty);
    }

    /** The same quantity in another unit of the same dimension. */
    public Quantity to(Unit other) {
        double k = unit.conversionFactorTo(other);
        return new Quantity(value * k, uncertainty * k, other);
    }

    /** The value expressed in {@code other}. */
    public double in(Unit other) {
        return value * unit.conversionFactorTo(other);
    }

    /** Formats as {@code 0.5600 ± 0.0100 mF/cm2} with the given number of significant digits. */
    public String format(int significantDigits) {
        String v = String.format(Locale.ROOT, "%." + significantDigits + "g", value);
        String u = unit.symbol().equals("1") ? "" : " " + unit.symbol();
        if (hasUncertainty()) {
            return v + " ± " + String.format(Locale.ROOT, "%.2g", uncertainty) + u;
        }
        return v + u;
    }

    @Override
    public String toString() {
        return format(6);
    }
}
