package org.electrocat.api;

import java.util.List;
import java.util.Objects;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;

/**
 * Declares one parameter of an {@link Analysis} or reader: its name, meaning, type, unit, default
 * and allowed range. The same declaration drives validation in study files, the command line's
 * {@code --param name=value}, the workbench's generated parameter panel, the report's parameter
 * table and the provenance record, so a value means the same thing everywhere.
 *
 * <p>Numbers may be given with any unit of the declared dimension ({@code "500 uA/cm2"} for a
 * parameter declared in {@code mA/cm2}); they are converted to the declared unit.
 *
 * @param name         key used in study files and on the command line (lower camel or snake case)
 * @param label        short label for forms
 * @param description  one or two sentences: what it does and when to change it
 * @param type         value type
 * @param unit         unit for {@link Type#NUMBER} and {@link Type#NUMBER_LIST}, else {@code null}
 * @param defaultValue default as text, or {@code null} when the parameter is required
 * @param min          smallest allowed number (inclusive), or {@code -Infinity}
 * @param max          largest allowed number (inclusive), or {@code Infinity}
 * @param choices      allowed values for {@link Type#CHOICE}, else empty
 */
public record ParameterSpec(String name, String label, String description, Type type, Unit unit,
        String defaultValue, double min, double max, List<String> choices) {

    /** Value types. */
    public enum Type {
        /** A real number in {@link ParameterSpec#unit()}. */
        NUMBER,
        /** A whole number. */
        INTEGER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** Free text. */
        TEXT,
        /** One of {@link ParameterSpec#choices()}. */
        CHOICE,
        /** Comma-separated numbers, optionally followed by one unit: {@code "5, 10, 20 mV/s"}. */
        NUMBER_LIST,
        /** A potential reference scale, e.g. {@code "Ag/AgCl (sat. KCl)"}, {@code "RHE"}. */
        REFERENCE_SCALE
    }

    public ParameterSpec {
        Objects.requireNonNull(name, "parameter name");
        Objects.requireNonNull(type, "type of parameter " + name);
        choices = List.copyOf(choices);
        if ((type == Type.NUMBER || type == Type.NUMBER_LIST) && unit == null) {
            unit = Units.ONE;
        }
        if (type == Type.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice parameter '" + name + "' needs choices");
        }
    }

    /** A number with unit and default. */
    public static ParameterSpec number(String name, String label, String unit, Double defaultValue, String description) {
        return new ParameterSpec(name, label, description, Type.NUMBER, Units.parse(unit),
                defaultValue == null ? null : String.valueOf(defaultValue), Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, List.of());
    }

    /** An integer with default. */
    public static ParameterSpec integer(String name, String label, Integer defaultValue, String description) {
        return new ParameterSpec(name, label, description, Type.INTEGER, null,
                defaultValue == null ? null : String.valueOf(defaultValue), Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, List.of());
    }

    public static ParameterSpec bool(String name, String label, boolean defaultValue, String description) {
        return new ParameterSpec(name, label, description, Type.BOOLEAN, null, String.valueOf(defaultValue),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, List.of());
    }

    public static ParameterSpec text(String name, String label, String defaultValue, String description) {
        return new ParameterSpec(name, label, description, Type.TEXT, null, defaultValue, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, List.of());
    }

    public static ParameterSpec choice(String name, String label, String defaultValue, List<String> choices,
            String description) {
        return new ParameterSpec(name, label, description, Type.CHOICE, null, defaultValue, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, choices);
    }

    public static ParameterSpec numberList(String name, String label, String unit, String defaultValue,
            String description) {
        return new ParameterSpec(name, label, description, Type.NUMBER_LIST, Units.parse(unit), defaultValue,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, List.of());
    }

    public static ParameterSpec referenceScale(String name, String label, String defaultValue, String description) {
        return new ParameterSpec(name, label, description, Type.REFERENCE_SCALE, null, defaultValue,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, List.of());
    }

    /** The same parameter restricted to {@code [lo, hi]} (in its unit). */
    public ParameterSpec range(double lo, double hi) {
        return new ParameterSpec(name, label, description, type, unit, defaultValue, lo, hi, choices);
    }

    /** True when the parameter has no default and must be given. */
    public boolean required() {
        return defaultValue == null;
    }
}
