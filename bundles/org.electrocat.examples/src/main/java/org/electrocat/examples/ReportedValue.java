package org.electrocat.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;

/**
 * One published number and where a study computes it: a line {@code label | value unit | step | key}
 * of {@link PaperComparison}'s {@code reported} parameter, e.g.
 * {@code FE(CHOX), -1.6 V | 41.2 % | fe_AgPdTi_m1.6 | fe.CHOX}. The number of digits the paper gives
 * sets its rounding half-width (41.2 → ±0.05), which the comparison allows for.
 *
 * @param label     what the number is
 * @param reported  the published value in its unit (no uncertainty)
 * @param rounding  half of the last published digit, in the reported unit
 * @param step      study step that computes it
 * @param key       value key in that step's result
 * @param line      1-based line in the parameter text, for messages
 * @param text      the value as the paper prints it ({@code 95.0 %}), for display
 */
public record ReportedValue(String label, Quantity reported, double rounding, String step, String key, int line,
        String text) {

    /**
     * Parses the parameter text: one value per line; blank lines and lines starting with {@code #}
     * are skipped.
     *
     * @throws IllegalArgumentException naming the line when it does not have four fields, a number
     *                                  with a unit, or a step id
     */
    public static List<ReportedValue> parse(String text) {
        List<ReportedValue> out = new ArrayList<>();
        String[] lines = text.split("\r?\n|;");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\|", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException("reported values, line " + (i + 1) + ": expected 'label | value unit"
                        + " | step | key', found " + f.length + " field(s) in '" + l + "'");
            }
            String label = f[0].strip();
            String number = f[1].strip();
            String step = f[2].strip();
            String key = f[3].strip();
            if (label.isEmpty() || step.isEmpty() || key.isEmpty()) {
                throw new IllegalArgumentException("reported values, line " + (i + 1) + ": label, step and key must"
                        + " not be empty in '" + l + "'");
            }
            Quantity q;
            try {
                q = Quantity.parse(number, Units.ONE);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("reported values, line " + (i + 1) + ": " + e.getMessage());
            }
            if (!Double.isFinite(q.value())) {
                throw new IllegalArgumentException("reported values, line " + (i + 1) + ": '" + number
                        + "' is not a finite number");
            }
            out.add(new ReportedValue(label, q, halfLastDigit(number), step, key, i + 1, number));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("reported values: no line of the form 'label | value unit | step | key'");
        }
        return out;
    }

    /** Half of the last written digit of the number at the start of {@code text}: 41.2 → 0.05, 7 → 0.5, 1.5e-3 → 5e-5. */
    static double halfLastDigit(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < t.length() && "0123456789+-.".indexOf(t.charAt(end)) >= 0) {
            end++;
        }
        String mantissa = t.substring(0, end);
        int exponent = 0;
        if (end < t.length() && t.charAt(end) == 'e') {
            int e = end + 1;
            while (e < t.length() && "0123456789+-".indexOf(t.charAt(e)) >= 0) {
                e++;
            }
            try {
                exponent = Integer.parseInt(t.substring(end + 1, e));
            } catch (NumberFormatException ex) {
                exponent = 0; // 'e' starts a unit (eV)
            }
        }
        int dot = mantissa.indexOf('.');
        int decimals = dot < 0 ? 0 : mantissa.length() - dot - 1;
        return 0.5 * Math.pow(10, exponent - decimals);
    }

    /** The reported value expressed in {@code unit} (its rounding half-width too). */
    double[] in(Unit unit) {
        double k = reported.unit().conversionFactorTo(unit);
        return new double[] {reported.value() * k, rounding * Math.abs(k)};
    }
}
