package org.electrocat.echem.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;

/**
 * The small text syntax of echem parameters that need several values, easy to write in a YAML
 * study file:
 * <ul>
 *   <li>a value with optional standard uncertainty and unit: {@code 12.3 ± 0.4 umol},
 *       {@code 12.3 +/- 0.4 umol}, {@code 0.8 mM};</li>
 *   <li>a list: items separated by {@code ,} or {@code ;}; a unit after the last item applies to
 *       every item without one: {@code 5, 10, 20 mV/s}, {@code 12.3±0.4, 12.0±0.5 umol};</li>
 *   <li>named values: {@code CHOX: 12.3 ± 0.4 umol; NO2-: 3.1 umol}.</li>
 * </ul>
 * Decimal separator is the point (the comma separates items).
 */
public final class QuantityText {

    private static final String NUM = "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern VALUE = Pattern.compile("\\s*(" + NUM + ")\\s*(?:(?:±|\\+/-|\\+-)\\s*(" + NUM
            + "))?\\s*(.*?)\\s*");

    private QuantityText() {
    }

    /** A value; a missing unit means {@code defaultUnit}; a missing uncertainty is NaN (unknown). */
    public static Quantity parse(String text, Unit defaultUnit) {
        Matcher m = VALUE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a value like '12.3 ± 0.4 umol'");
        }
        double v = Double.parseDouble(m.group(1));
        double u = m.group(2) == null ? Double.NaN : Double.parseDouble(m.group(2));
        if (u < 0) {
            throw new IllegalArgumentException("'" + text.trim() + "': an uncertainty cannot be negative");
        }
        Unit unit = m.group(3).isEmpty() ? defaultUnit : Units.parse(m.group(3));
        if (unit == null) {
            throw new IllegalArgumentException("'" + text.trim() + "' needs a unit");
        }
        return Quantity.of(v, u, unit);
    }

    /** A list of values; empty text gives an empty list. */
    public static List<Quantity> parseList(String text, Unit defaultUnit) {
        List<Quantity> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String[] parts = text.replace("[", "").replace("]", "").split("[,;]");
        Unit trailing = defaultUnit;
        String last = parts[parts.length - 1].trim();
        if (!last.isEmpty()) {
            Matcher m = VALUE.matcher(last);
            if (m.matches() && !m.group(3).isEmpty()) {
                trailing = Units.parse(m.group(3));
            }
        }
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.isEmpty()) {
                throw new IllegalArgumentException("empty item " + (i + 1) + " in '" + text.trim() + "'");
            }
            out.add(parse(p, trailing));
        }
        return out;
    }

    /** The values of a list in {@code target} (uncertainties dropped). */
    public static double[] values(List<Quantity> list, Unit target) {
        double[] v = new double[list.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = list.get(i).in(target);
        }
        return v;
    }

    /** Named values {@code NAME: value; NAME: value}; names keep their order. */
    public static Map<String, Quantity> parseNamed(String text, Unit defaultUnit) {
        Map<String, Quantity> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String item : text.split("[,;]")) {
            String t = item.trim();
            if (t.isEmpty()) {
                continue;
            }
            int colon = t.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("'" + t + "' is not 'NAME: value unit' (e.g. 'CHOX: 12.3 ± 0.4 umol')");
            }
            String name = t.substring(0, colon).trim();
            if (out.containsKey(name)) {
                throw new IllegalArgumentException("'" + name + "' is given twice");
            }
            out.put(name, parse(t.substring(colon + 1), defaultUnit));
        }
        return out;
    }

    /**
     * An amount in mol with its uncertainty: amounts (mol, umol ...) as they are, concentrations
     * (mol/L, mM, uM ...) times {@code volumeLitres}.
     *
     * @return {amount, standard uncertainty (NaN when unknown)} in mol
     */
    public static double[] moles(Quantity q, double volumeLitres, String what) {
        Unit mol = Units.MOLE;
        Unit molar = Units.parse("mol/L");
        if (q.unit().isCompatible(mol)) {
            return new double[] {q.in(mol), q.uncertainty() * q.unit().conversionFactorTo(mol)};
        }
        if (q.unit().isCompatible(molar)) {
            if (!(volumeLitres > 0)) {
                throw new IllegalArgumentException(what + " is a concentration (" + q + "): give the electrolyte"
                        + " volume (parameter 'volume') to turn it into an amount");
            }
            double k = q.unit().conversionFactorTo(molar) * volumeLitres;
            return new double[] {q.value() * k, q.uncertainty() * k};
        }
        throw new IllegalArgumentException(what + " is in " + q.unit().symbol() + ": give an amount (umol, mmol)"
                + " or a concentration (uM, mmol/L)");
    }
}
