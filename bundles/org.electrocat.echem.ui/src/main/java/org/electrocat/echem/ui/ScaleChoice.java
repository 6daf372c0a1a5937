package org.electrocat.echem.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.potential.PotentialConverter;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;

/**
 * What the voltammogram view needs to put potentials on another reference scale: the scales offered
 * and a {@link PotentialConverter} with the electrolyte pH and temperature. The pH comes from the
 * study's conditions, else from the dataset's metadata ({@code pH}), else from a numeric {@code pH}
 * parameter of the result; the temperature likewise ({@code 298 K}, {@code 25 °C}), 298.15 K when
 * none is given. Without a pH the RHE scale cannot be reached (the view says so).
 *
 * @param pH          electrolyte pH, {@code NaN} when unknown
 * @param temperature electrolyte temperature in K
 * @param pHSource    where the pH came from, for the view's read-out ({@code study}, {@code dataset} …)
 */
public record ScaleChoice(double pH, double temperature, String pHSource) {

    /** Scales offered besides the recorded one: the ones electrocatalysis papers report in. */
    public static final List<PotentialScale> TARGETS = List.of(PotentialScale.RHE, PotentialScale.SHE,
            PotentialScale.AG_AGCL_SAT_KCL, PotentialScale.AG_AGCL_3M_KCL, PotentialScale.SCE,
            PotentialScale.HG_HGO_1M_KOH);

    /**
     * The conditions for a dataset: study conditions first, then dataset metadata, then the
     * parameters of the result it belongs to (may be empty).
     */
    public static ScaleChoice of(Map<String, String> conditions, Dataset d, Map<String, String> resultParameters) {
        String[] ph = first("pH", conditions, d == null ? Map.of() : d.metadata(), resultParameters);
        String[] t = first("temperature", conditions, d == null ? Map.of() : d.metadata(), resultParameters);
        return new ScaleChoice(ph == null ? Double.NaN : Double.parseDouble(ph[0]),
                t == null ? PotentialConverter.T25 : kelvin(t[0]), ph == null ? "none" : ph[1]);
    }

    /** The scales to offer for data recorded on {@code recorded}: it first, then the others. */
    public static List<PotentialScale> offered(PotentialScale recorded) {
        List<PotentialScale> out = new ArrayList<>(List.of(recorded));
        if (recorded.isConvertible()) {
            for (PotentialScale s : TARGETS) {
                if (!s.equals(recorded)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The converter at this pH and temperature. */
    public PotentialConverter converter() {
        return new PotentialConverter(pH, temperature);
    }

    /** True when the pH is known, so RHE can be reached. */
    public boolean hasPH() {
        return Double.isFinite(pH);
    }

    /** E.g. {@code pH 13.7 (study), 298.15 K}. */
    public String describe() {
        return (hasPH() ? String.format(Locale.ROOT, "pH %s (%s)", trim(pH), pHSource) : "pH unknown")
                + String.format(Locale.ROOT, ", %s K", trim(temperature));
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The first numeric value of {@code key} among the sources, with the source's name. */
    private static String[] first(String key, Map<String, String> conditions, Map<String, String> meta,
            Map<String, String> params) {
        String[] names = {"study", "dataset", "analysis parameter"};
        List<Map<String, String>> sources = List.of(conditions, meta, params);
        for (int i = 0; i < names.length; i++) {
            String v = sources.get(i).get(key);
            if (v != null && usable(key, v.trim())) {
                return new String[] {v.trim(), names[i]};
            }
        }
        return null;
    }

    private static boolean usable(String key, String v) {
        try {
            if (key.equals("pH")) {
                return Double.isFinite(Double.parseDouble(v));
            }
            kelvin(v);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Temperature text in K: {@code 298.15 K}, {@code 25 °C}, {@code 25 C}. */
    static double kelvin(String t) {
        String c = t.replace("°", "").trim();
        if (c.endsWith("C")) {
            return Double.parseDouble(c.substring(0, c.length() - 1).trim()) + 273.15;
        }
        return Quantity.parse(t, Units.KELVIN).in(Units.KELVIN);
    }
}
