package org.electrocat.eis.fit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.eis.circuit.Circuit;

/**
 * Reads parameter values for a circuit from text, in the words impedance.py users know:
 * <ul>
 * <li>assignments {@code "R0=10, R1=100, CPE1_0=1e-5, CPE1_1=0.9"} (initial guesses, constants), a
 * value optionally with a unit of the parameter's dimension ({@code R1=2 kOhm}, {@code C1=20 uF});</li>
 * <li>a flat list in parameter order {@code "[10, 100, 1e-5, 0.9]"} (impedance.py's {@code initial_guess});</li>
 * <li>ranges {@code "R0=0..100, CPE1_1=0.5..1, R1=5.."} for bounds, an empty side meaning unbounded
 * ({@code inf} is accepted too).</li>
 * </ul>
 * Unknown names, duplicates and malformed numbers are {@link IllegalArgumentException}s that name
 * the option, the item and the circuit's parameters.
 */
public final class ParameterText {

    private ParameterText() {
    }

    /**
     * Values by parameter index; {@code NaN} where the text gives none.
     *
     * @param option name of the option for messages (e.g. {@code initial})
     * @param text   assignments or a flat list; blank means none
     */
    public static double[] values(Circuit circuit, String option, String text) {
        int p = circuit.parameterCount();
        double[] out = new double[p];
        java.util.Arrays.fill(out, Double.NaN);
        if (text == null || text.isBlank()) {
            return out;
        }
        String t = text.trim();
        if (t.startsWith("[") || !t.contains("=")) {
            String body = t.replace("[", "").replace("]", "").trim();
            String[] items = body.split("[,;]");
            if (items.length != p) {
                throw new IllegalArgumentException(option + ": a list needs one value per parameter (" + p + ": "
                        + circuit.parameterNames() + "), got " + items.length + " in '" + text + "'");
            }
            for (int j = 0; j < p; j++) {
                out[j] = number(circuit, j, items[j].trim(), option);
            }
            return out;
        }
        for (Map.Entry<String, String> e : assignments(circuit, option, t).entrySet()) {
            int j = circuit.indexOf(e.getKey());
            out[j] = number(circuit, j, e.getValue(), option);
        }
        return out;
    }

    /**
     * Bounds by parameter index: {@code [0]} lower, {@code [1]} upper; {@code NaN} where not given.
     *
     * @param text ranges {@code name=lo..hi}; blank means none
     */
    public static double[][] ranges(Circuit circuit, String option, String text) {
        int p = circuit.parameterCount();
        double[][] out = new double[2][p];
        java.util.Arrays.fill(out[0], Double.NaN);
        java.util.Arrays.fill(out[1], Double.NaN);
        if (text == null || text.isBlank()) {
            return out;
        }
        for (Map.Entry<String, String> e : assignments(circuit, option, text.trim()).entrySet()) {
            int j = circuit.indexOf(e.getKey());
            String v = e.getValue();
            int dots = v.indexOf("..");
            if (dots < 0) {
                throw new IllegalArgumentException(option + ": '" + e.getKey() + "=" + v + "' is not a range; write "
                        + e.getKey() + "=lower..upper (either side may be empty)");
            }
            String lo = v.substring(0, dots).trim();
            String hi = v.substring(dots + 2).trim();
            out[0][j] = lo.isEmpty() ? Double.NEGATIVE_INFINITY : number(circuit, j, lo, option);
            out[1][j] = hi.isEmpty() ? Double.POSITIVE_INFINITY : number(circuit, j, hi, option);
            if (out[0][j] > out[1][j]) {
                throw new IllegalArgumentException(option + ": range of " + e.getKey() + " is empty (" + v + ")");
            }
        }
        return out;
    }

    private static Map<String, String> assignments(Circuit circuit, String option, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String item : text.split("[,;]")) {
            String it = item.trim();
            if (it.isEmpty()) {
                continue;
            }
            int eq = it.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(option + ": '" + it + "' is not name=value (parameters: "
                        + circuit.parameterNames() + ")");
            }
            String name = it.substring(0, eq).trim();
            if (circuit.indexOf(name) < 0) {
                throw new IllegalArgumentException(option + ": unknown parameter '" + name + "'; circuit "
                        + circuit.text() + " has " + circuit.parameterNames());
            }
            if (out.put(name, it.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException(option + ": parameter '" + name + "' is given twice");
            }
        }
        return out;
    }

    private static double number(Circuit circuit, int j, String text, String option) {
        String name = circuit.parameterNames().get(j);
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("inf") || lower.equals("+inf") || lower.equals("infinity")) {
            return Double.POSITIVE_INFINITY;
        }
        if (lower.equals("-inf") || lower.equals("-infinity")) {
            return Double.NEGATIVE_INFINITY;
        }
        Unit target = unitOf(circuit, j);
        try {
            Quantity q = Quantity.parse(t, target == null ? Units.ONE : target);
            if (target == null || q.unit() == target) {
                if (target == null && !q.unit().isDimensionless()) {
                    throw new IllegalArgumentException("no unit conversion for a parameter in " + circuit.unit(j)
                            + "; give the bare number");
                }
                return finite(q.value(), name, option);
            }
            if (!q.unit().isCompatible(target)) {
                throw new IllegalArgumentException("unit " + q.unit().symbol() + " is not a unit of " + circuit.unit(j));
            }
            return finite(q.in(target), name, option);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": value of " + name + " ('" + t + "'): " + e.getMessage(), e);
        }
    }

    private static double finite(double v, String name, String option) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException(option + ": value of " + name + " is NaN");
        }
        return v;
    }

    /** The parameter's unit when it has a fixed dimension (Ω, F, H, s), else {@code null}. */
    static Unit unitOf(Circuit circuit, int j) {
        return switch (circuit.unit(j)) {
            case "Ohm" -> Units.OHM;
            case "F" -> Units.FARAD;
            case "H" -> HENRY;
            case "s" -> Units.SECOND;
            default -> null;
        };
    }

    /** Henry (Ω·s), which the core unit table does not list under its own symbol. */
    static final Unit HENRY = Units.parse("Ohm s").withSymbol("H");
}
