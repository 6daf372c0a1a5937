package org.electrocat.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;

/**
 * Validated parameter values for one run, resolved against the {@link ParameterSpec}s that declare
 * them: defaults filled in, numbers converted to the declared unit, ranges and choices checked.
 * Unknown names are rejected, so a typo in a study file is an error, not a silently ignored value.
 */
public final class Parameters {

    private final Map<String, ParameterSpec> specs;
    private final Map<String, Object> values;
    private final Map<String, String> text;

    private Parameters(Map<String, ParameterSpec> specs, Map<String, Object> values, Map<String, String> text) {
        this.specs = specs;
        this.values = values;
        this.text = text;
    }

    /** No parameters. */
    public static Parameters empty() {
        return new Parameters(Map.of(), Map.of(), Map.of());
    }

    /**
     * Resolves user-given values against the declarations.
     *
     * @param owner  what the parameters belong to, for messages (e.g. {@code analysis echem.cdl})
     * @param specs  declarations
     * @param given  values as text; may be empty
     * @throws IllegalArgumentException naming the owner and the parameter that is unknown, missing or invalid
     */
    public static Parameters resolve(String owner, List<ParameterSpec> specs, Map<String, String> given) {
        Map<String, ParameterSpec> byName = new LinkedHashMap<>();
        for (ParameterSpec s : specs) {
            byName.put(s.name(), s);
        }
        for (String key : given.keySet()) {
            if (!byName.containsKey(key)) {
                throw new IllegalArgumentException(owner + ": unknown parameter '" + key + "'; known: " + byName.keySet());
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        for (ParameterSpec s : specs) {
            String raw = given.containsKey(s.name()) ? given.get(s.name()) : s.defaultValue();
            if (raw == null) {
                throw new IllegalArgumentException(owner + ": parameter '" + s.name() + "' (" + s.label()
                        + ") is required: " + s.description());
            }
            try {
                Object v = convert(s, raw.trim());
                values.put(s.name(), v);
                text.put(s.name(), display(s, v, raw.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(owner + ": parameter '" + s.name() + "' = '" + raw + "': "
                        + e.getMessage(), e);
            }
        }
        return new Parameters(Collections.unmodifiableMap(byName), Collections.unmodifiableMap(values),
                Collections.unmodifiableMap(text));
    }

    private static Object convert(ParameterSpec s, String raw) {
        switch (s.type()) {
            case NUMBER: {
                double v = Quantity.parse(raw, s.unit()).in(s.unit());
                checkRange(s, v);
                return v;
            }
            case INTEGER: {
                int v;
                try {
                    v = Integer.parseInt(raw);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a whole number");
                }
                checkRange(s, v);
                return v;
            }
            case BOOLEAN: {
                String l = raw.toLowerCase(Locale.ROOT);
                if (l.equals("true") || l.equals("yes") || l.equals("on")) {
                    return Boolean.TRUE;
                }
                if (l.equals("false") || l.equals("no") || l.equals("off")) {
                    return Boolean.FALSE;
                }
                throw new IllegalArgumentException("expected true or false");
            }
            case CHOICE: {
                for (String c : s.choices()) {
                    if (c.equalsIgnoreCase(raw)) {
                        return c;
                    }
                }
                throw new IllegalArgumentException("expected one of " + s.choices());
            }
            case NUMBER_LIST:
                return parseList(s, raw);
            case REFERENCE_SCALE:
                return PotentialScale.parse(raw);
            case TEXT:
            default:
                return raw;
        }
    }

    private static double[] parseList(ParameterSpec s, String raw) {
        String body = raw.replace("[", "").replace("]", "").trim();
        String[] parts = body.split("[,;]");
        Unit unit = s.unit();
        String last = parts[parts.length - 1].trim();
        // a trailing unit after the last number applies to all: "5, 10, 20 mV/s"
        Quantity lastQ = Quantity.parse(last, s.unit());
        unit = lastQ.unit();
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.isEmpty()) {
                throw new IllegalArgumentException("empty list element " + (i + 1));
            }
            Quantity q = Quantity.parse(p, unit);
            out[i] = q.in(s.unit());
            checkRange(s, out[i]);
        }
        return out;
    }

    private static void checkRange(ParameterSpec s, double v) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("NaN is not allowed");
        }
        if (v < s.min() || v > s.max()) {
            throw new IllegalArgumentException("out of range [" + s.min() + ", " + s.max() + "]"
                    + (s.unit() != null ? " " + s.unit().symbol() : ""));
        }
    }

    private static String display(ParameterSpec s, Object v, String raw) {
        if (s.type() == ParameterSpec.Type.NUMBER) {
            String u = s.unit().symbol().equals("1") ? "" : " " + s.unit().symbol();
            return String.format(Locale.ROOT, "%s%s", fmt((Double) v), u);
        }
        if (s.type() == ParameterSpec.Type.REFERENCE_SCALE) {
            return ((PotentialScale) v).name();
        }
        if (s.type() == ParameterSpec.Type.NUMBER_LIST) {
            List<String> items = new ArrayList<>();
            for (double d : (double[]) v) {
                items.add(fmt(d));
            }
            return String.join(", ", items) + (s.unit().symbol().equals("1") ? "" : " " + s.unit().symbol());
        }
        return String.valueOf(v);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private Object get(String name, ParameterSpec.Type type) {
        ParameterSpec s = specs.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no parameter '" + name + "' declared; declared: " + specs.keySet());
        }
        if (s.type() != type) {
            throw new IllegalArgumentException("parameter '" + name + "' is " + s.type() + ", not " + type);
        }
        return values.get(name);
    }

    /** A number in its declared unit. */
    public double number(String name) {
        return (Double) get(name, ParameterSpec.Type.NUMBER);
    }

    /** A number as a {@link Quantity} in its declared unit. */
    public Quantity quantity(String name) {
        return Quantity.of(number(name), specs.get(name).unit());
    }

    public int integer(String name) {
        return (Integer) get(name, ParameterSpec.Type.INTEGER);
    }

    public boolean bool(String name) {
        return (Boolean) get(name, ParameterSpec.Type.BOOLEAN);
    }

    public String text(String name) {
        return (String) get(name, ParameterSpec.Type.TEXT);
    }

    public String choice(String name) {
        return (String) get(name, ParameterSpec.Type.CHOICE);
    }

    /** Numbers of a list parameter in its declared unit (a copy). */
    public double[] numbers(String name) {
        return ((double[]) get(name, ParameterSpec.Type.NUMBER_LIST)).clone();
    }

    public PotentialScale scale(String name) {
        return (PotentialScale) get(name, ParameterSpec.Type.REFERENCE_SCALE);
    }

    /** The declared unit of a number parameter, or {@link Units#ONE}. */
    public Unit unitOf(String name) {
        ParameterSpec s = specs.get(name);
        return s == null || s.unit() == null ? Units.ONE : s.unit();
    }

    /** All values as normalised text (with units), in declaration order: for provenance and reports. */
    public Map<String, String> asText() {
        return text;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
