package org.electrocat.mechanism.kinetics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.potential.PotentialConverter;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;

/**
 * Measured Faradaic efficiencies (and optionally cyclohexanone conversion) against electrode potential,
 * read from a table dataset: one row per potential, a potential column with its reference scale,
 * one column per product named after it ({@code FE_CHOX}, {@code FE(NH4+)}, {@code NO2-}, {@code H2}
 * ...; see {@link Product#fromColumn}) in % (or as fractions, unit 1), optional standard uncertainties
 * in columns {@code u(<column>)}, {@code <column>_sd} or {@code <column>_err}, and optionally a
 * {@code conversion} column (CHO conversion, % or fraction). Missing values are NaN and are skipped.
 *
 * @param potentials   V on the model scale
 * @param fe           measured FE per product, fractions; products not measured are absent
 * @param feU          standard uncertainties (fractions) per product, or absent
 * @param conversion   CHO conversion (fraction) per potential, or {@code null}
 * @param conversionU  its uncertainties, or {@code null}
 * @param notes        how columns were interpreted (for the result's warnings)
 */
public record MeasuredSelectivity(double[] potentials, Map<Product, double[]> fe, Map<Product, double[]> feU,
        double[] conversion, double[] conversionU, List<String> notes) {

    /**
     * Reads the table.
     *
     * @param modelScale scale the model's potentials are on
     * @param pH         pH for conversions involving RHE
     * @throws IllegalArgumentException naming the dataset and column that is missing or unusable
     */
    public static MeasuredSelectivity of(Dataset d, PotentialScale modelScale, double pH, double temperature) {
        String what = "measured dataset '" + d.id() + "'";
        Column e = d.potential().orElseThrow(() -> new IllegalArgumentException(what + " has no potential column with"
                + " a reference scale (columns " + d.columnNames() + "); give the reference electrode to its reader"));
        if (!e.scale().isConvertible()) {
            throw new IllegalArgumentException(what + ": potential column '" + e.name() + "' has no known reference"
                    + " scale; set the reader's reference option");
        }
        double[] potentials = new PotentialConverter(pH, temperature).convert(e.valuesIn(Units.VOLT), e.scale(),
                modelScale);
        List<String> notes = new ArrayList<>();
        Map<Product, double[]> fe = new EnumMap<>(Product.class);
        Map<Product, double[]> feU = new EnumMap<>(Product.class);
        double[] conversion = null;
        double[] conversionU = null;
        for (Column c : d.columns()) {
            if (c == e || uncertaintyOf(c.name()) != null) {
                continue;
            }
            Product p = Product.fromColumn(c.name());
            boolean isConversion = isConversion(c.name());
            if (p == null && !isConversion) {
                continue;
            }
            double[] v = fractions(c, what, notes);
            double[] u = uncertainty(d, c, what, notes);
            if (p != null) {
                if (fe.containsKey(p)) {
                    throw new IllegalArgumentException(what + ": two columns give the FE of " + p.label());
                }
                fe.put(p, v);
                if (u != null) {
                    feU.put(p, u);
                }
            } else {
                conversion = v;
                conversionU = u;
            }
        }
        if (fe.isEmpty() && conversion == null) {
            throw new IllegalArgumentException(what + " has no Faradaic-efficiency column (e.g. FE_CHOX, FE_NH2OH,"
                    + " FE_NO2-, FE_NH3, FE_H2) and no conversion column; it has " + d.columnNames());
        }
        return new MeasuredSelectivity(potentials, fe, feU, conversion, conversionU, List.copyOf(notes));
    }

    /** Number of finite measured values (the residual count of a fit). */
    public int count() {
        int n = 0;
        for (double[] v : fe.values()) {
            for (double x : v) {
                n += Double.isFinite(x) ? 1 : 0;
            }
        }
        if (conversion != null) {
            for (double x : conversion) {
                n += Double.isFinite(x) ? 1 : 0;
            }
        }
        return n;
    }

    static boolean isConversion(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        return s.equals("conversion") || s.startsWith("conversion") || s.equals("x_cho") || s.startsWith("cho conversion");
    }

    /** The column an uncertainty column belongs to, or null when it is not one. */
    static String uncertaintyOf(String name) {
        if (name.startsWith("u(") && name.endsWith(")")) {
            return name.substring(2, name.length() - 1);
        }
        for (String suffix : List.of("_sd", "_err", "_u", " sd", " err")) {
            if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    private static double[] uncertainty(Dataset d, Column c, String what, List<String> notes) {
        for (Column u : d.columns()) {
            String owner = uncertaintyOf(u.name());
            if (owner != null && owner.equals(c.name())) {
                double[] v = fractions(u, what, notes);
                for (double x : v) {
                    if (x <= 0) {
                        throw new IllegalArgumentException(what + ": uncertainty column '" + u.name()
                                + "' has a value <= 0; leave it empty where unknown");
                    }
                }
                return v;
            }
        }
        return null;
    }

    /** Values as fractions: % converted; unit-less values above 1.5 are taken as % (with a note). */
    private static double[] fractions(Column c, String what, List<String> notes) {
        if (c.unit().isCompatible(Units.PERCENT)) {
            double[] v = c.valuesIn(Units.ONE);
            if (c.unit().symbol().equals("1") || c.unit().symbol().isEmpty()) {
                double max = 0;
                for (double x : v) {
                    if (Double.isFinite(x)) {
                        max = Math.max(max, Math.abs(x));
                    }
                }
                if (max > 1.5) {
                    notes.add(what + ": column '" + c.name() + "' has no unit and values up to " + max
                            + "; read as %");
                    for (int i = 0; i < v.length; i++) {
                        v[i] /= 100;
                    }
                }
            }
            for (double x : v) {
                if (Double.isInfinite(x)) {
                    throw new IllegalArgumentException(what + ": column '" + c.name() + "' holds an infinite value");
                }
            }
            return v;
        }
        throw new IllegalArgumentException(what + ": column '" + c.name() + "' is in " + c.unit().symbol()
                + ", not % or a fraction");
    }
}
