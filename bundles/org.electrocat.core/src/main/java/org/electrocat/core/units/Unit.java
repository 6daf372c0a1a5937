package org.electrocat.core.units;

import java.util.Arrays;
import java.util.Objects;

/**
 * A unit of measurement: a symbol, a scale factor to the coherent SI unit of its dimension, and
 * the dimension as exponents of the SI base quantities (length, mass, time, current, temperature,
 * amount, luminous intensity).
 *
 * <p>Units are immutable. Parse them with {@link Units#parse(String)}, which understands the
 * notations found in instrument files ({@code mA/cm2}, {@code mA cm-2}, {@code µF cm⁻²},
 * {@code umol h-1 cm-2}, {@code Ohm}, {@code Ω}, {@code 1/cm}, {@code eV}). Conversion between
 * two units of the same dimension is a multiplication: {@link #conversionFactorTo(Unit)}.
 * Temperatures with an offset (°C) are deliberately not units here: they are stored in kelvin.
 */
public final class Unit {

    /** Number of SI base dimensions tracked (m, kg, s, A, K, mol, cd). */
    public static final int BASE_DIMENSIONS = 7;
    private static final String[] BASE_SYMBOLS = {"m", "kg", "s", "A", "K", "mol", "cd"};

    private final String symbol;
    private final double factor;
    private final int[] dimension;

    Unit(String symbol, double factor, int[] dimension) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("unit factor must be positive and finite: " + factor);
        }
        if (dimension.length != BASE_DIMENSIONS) {
            throw new IllegalArgumentException("dimension needs " + BASE_DIMENSIONS + " exponents");
        }
        this.factor = factor;
        this.dimension = dimension.clone();
    }

    /** The symbol as written by the user or file (e.g. {@code mA/cm2}); never empty, "1" for plain numbers. */
    public String symbol() {
        return symbol;
    }

    /** Factor that converts a value in this unit to the coherent SI unit of the same dimension. */
    public double siFactor() {
        return factor;
    }

    /** Exponents of the SI base dimensions (m, kg, s, A, K, mol, cd); a copy. */
    public int[] dimension() {
        return dimension.clone();
    }

    /** True when this unit has no dimension (plain numbers, percent, degrees of angle, counts). */
    public boolean isDimensionless() {
        for (int d : dimension) {
            if (d != 0) {
                return false;
            }
        }
        return true;
    }

    /** True when values in this unit and {@code other} measure the same kind of quantity. */
    public boolean isCompatible(Unit other) {
        return Arrays.equals(dimension, other.dimension);
    }

    /**
     * The factor {@code k} so that {@code valueInOther = k * valueInThis}.
     *
     * @throws IllegalArgumentException naming both units when the dimensions differ
     */
    public double conversionFactorTo(Unit other) {
        if (!isCompatible(other)) {
            throw new IllegalArgumentException("cannot convert " + symbol + " [" + dimensionString()
                    + "] to " + other.symbol + " [" + other.dimensionString() + "]: different dimensions");
        }
        return factor / other.factor;
    }

    /** Converts one value from this unit to {@code other}. */
    public double convert(double value, Unit other) {
        return value * conversionFactorTo(other);
    }

    /** Converts an array in place-free fashion: returns a new array in {@code other}. */
    public double[] convert(double[] values, Unit other) {
        double k = conversionFactorTo(other);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * k;
        }
        return out;
    }

    /** The product of two units; the symbol joins both with a space. */
    public Unit times(Unit other) {
        int[] d = new int[BASE_DIMENSIONS];
        for (int i = 0; i < d.length; i++) {
            d[i] = dimension[i] + other.dimension[i];
        }
        return new Unit(joinSymbols(symbol, other.symbol, " "), factor * other.factor, d);
    }

    /** The quotient of two units. */
    public Unit divide(Unit other) {
        int[] d = new int[BASE_DIMENSIONS];
        for (int i = 0; i < d.length; i++) {
            d[i] = dimension[i] - other.dimension[i];
        }
        String s = other.symbol.equals("1") ? symbol : joinSymbols(symbol, other.symbol.contains(" ")
                ? "(" + other.symbol + ")" : other.symbol, "/");
        return new Unit(s, factor / other.factor, d);
    }

    /** This unit raised to an integer power. */
    public Unit pow(int exponent) {
        int[] d = new int[BASE_DIMENSIONS];
        for (int i = 0; i < d.length; i++) {
            d[i] = dimension[i] * exponent;
        }
        return new Unit(symbol + (exponent == 1 ? "" : String.valueOf(exponent)), Math.pow(factor, exponent), d);
    }

    /** The same unit under another symbol (e.g. the way a file wrote it). */
    public Unit withSymbol(String newSymbol) {
        return new Unit(newSymbol, factor, dimension);
    }

    /** The dimension in SI base symbols, e.g. {@code m^-2 A} for a current density. */
    public String dimensionString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < BASE_DIMENSIONS; i++) {
            if (dimension[i] != 0) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(BASE_SYMBOLS[i]);
                if (dimension[i] != 1) {
                    sb.append('^').append(dimension[i]);
                }
            }
        }
        return sb.length() == 0 ? "1" : sb.toString();
    }

    private static String joinSymbols(String a, String b, String sep) {
        if (a.equals("1")) {
            return sep.equals("/") ? "1/" + b : b;
        }
        if (b.equals("1")) {
            return a;
        }
        return a + sep + b;
    }

    /** Equal when symbol, factor and dimension all agree. Use {@link #isCompatible} for physics. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && u.symbol.equals(symbol) && u.factor == factor
                && Arrays.equals(u.dimension, dimension);
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbol, factor, Arrays.hashCode(dimension));
    }

    /** True when both units denote the same physical unit, whatever their symbols. */
    public boolean sameAs(Unit other) {
        return isCompatible(other) && Math.abs(factor / other.factor - 1) < 1e-12;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
