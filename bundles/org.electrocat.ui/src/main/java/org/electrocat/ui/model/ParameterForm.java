package org.electrocat.ui.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;

/**
 * The model of the parameters panel: one text field per {@link ParameterSpec} of an analysis,
 * validated as the user types. Validation is {@link Parameters#resolve} itself, field by field, so
 * the panel accepts exactly what a study file or {@code --param} accepts and says the same thing
 * about what it refuses (unit conversion included: {@code 500 uA/cm2} is fine for a parameter in
 * {@code mA/cm2}). A blank field means the default; a blank required field is an error.
 */
public final class ParameterForm {

    private final String owner;
    private final List<ParameterSpec> specs;
    private final Map<String, String> text = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    /**
     * @param owner   what the parameters belong to, as the study runner names it in messages
     *                (e.g. {@code step 'cdl-1' (echem.cdl)})
     * @param specs   the declarations
     * @param initial values to start with (e.g. from an earlier run); others start at their default
     */
    public ParameterForm(String owner, List<ParameterSpec> specs, Map<String, String> initial) {
        this.owner = owner;
        this.specs = List.copyOf(specs);
        for (ParameterSpec s : this.specs) {
            String v = initial.containsKey(s.name()) ? initial.get(s.name()) : s.defaultValue();
            set(s.name(), v == null ? "" : v);
        }
    }

    /** The owner string used in messages; for a workbench run {@code step '<run id>' (<analysis id>)}, as the study runner says it. */
    public static String owner(String runId, String analysisId) {
        return "step '" + runId + "' (" + analysisId + ")";
    }

    public List<ParameterSpec> specs() {
        return specs;
    }

    public ParameterSpec spec(String name) {
        return specs.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(owner + ": no parameter '" + name + "'"));
    }

    /** The field's text. */
    public String text(String name) {
        spec(name);
        return text.get(name);
    }

    /**
     * Sets a field and validates it.
     *
     * @return the error message (as {@link Parameters#resolve} words it), or empty when valid
     */
    public Optional<String> set(String name, String value) {
        ParameterSpec s = spec(name);
        String v = value == null ? "" : value;
        text.put(name, v);
        Map<String, String> given = v.isBlank() ? Map.of() : Map.of(name, v);
        try {
            Parameters.resolve(owner, List.of(s), given);
            errors.remove(name);
        } catch (IllegalArgumentException e) {
            errors.put(name, e.getMessage());
        }
        return error(name);
    }

    /** The field's error, if any. */
    public Optional<String> error(String name) {
        return Optional.ofNullable(errors.get(name));
    }

    /** The error without the owner prefix, short enough to show under the field. */
    public Optional<String> shortError(String name) {
        return error(name).map(m -> m.startsWith(owner + ": ") ? m.substring(owner.length() + 2) : m);
    }

    /** True when every field is valid. */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** The non-blank fields as the run's parameters, in declaration order. */
    public Map<String, String> given() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ParameterSpec s : specs) {
            String v = text.get(s.name());
            if (!v.isBlank()) {
                out.put(s.name(), v.trim());
            }
        }
        return out;
    }

    /**
     * The resolved parameters.
     *
     * @throws IllegalArgumentException with {@link Parameters#resolve}'s message when a field is invalid
     */
    public Parameters resolve() {
        return Parameters.resolve(owner, specs, given());
    }

    /** Puts every field back to its default. */
    public void reset() {
        for (ParameterSpec s : specs) {
            set(s.name(), s.defaultValue() == null ? "" : s.defaultValue());
        }
    }

    /** A one-line hint for the field: unit, allowed range or choices, default, e.g. {@code mA/cm2 · 0 to 100 · default 1}. */
    public static String hint(ParameterSpec s) {
        StringBuilder sb = new StringBuilder();
        if (s.unit() != null && !s.unit().symbol().equals("1")) {
            sb.append(s.unit().symbol());
        }
        boolean lo = Double.isFinite(s.min());
        boolean hi = Double.isFinite(s.max());
        if (lo || hi) {
            append(sb, lo && hi ? num(s.min()) + " to " + num(s.max()) : lo ? "≥ " + num(s.min()) : "≤ " + num(s.max()));
        }
        switch (s.type()) {
            case NUMBER_LIST -> append(sb, "comma-separated");
            case REFERENCE_SCALE -> append(sb, "reference scale, e.g. RHE or Ag/AgCl (sat. KCl)");
            case INTEGER -> append(sb, "whole number");
            default -> {
            }
        }
        append(sb, s.required() ? "required" : "default " + (s.defaultValue().isEmpty() ? "empty" : s.defaultValue()));
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (sb.length() > 0) {
            sb.append(" · ");
        }
        sb.append(part);
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
