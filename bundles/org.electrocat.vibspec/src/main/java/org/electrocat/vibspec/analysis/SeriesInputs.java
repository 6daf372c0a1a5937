package org.electrocat.vibspec.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.vibspec.model.Spectrum;

/**
 * The spectra of an in situ series with their electrode potentials: taken from the data (a series
 * dataset, or reader option {@code potential} on each file), or given in input order by the
 * {@code potentials} parameter with the {@code reference} scale. Every spectrum must end up with a
 * potential on one scale.
 */
final class SeriesInputs {

    private SeriesInputs() {
    }

    static List<ParameterSpec> specs() {
        return List.of(
                ParameterSpec.text("potentials", "Potentials", "",
                        "Electrode potentials of the spectra in input order, e.g. '-0.5, -0.7, -0.9 V' (or mV); "
                                + "empty: from the data"),
                ParameterSpec.referenceScale("reference", "Reference electrode", "",
                        "Scale of the potentials parameter, e.g. Ag/AgCl (sat. KCl), RHE"));
    }

    static List<Spectrum> spectra(AnalysisContext ctx) {
        List<Spectrum> in = SpectrumAnalyses.spectra(ctx);
        double[] given = volts(ctx.parameters().text("potentials"));
        List<Spectrum> out = new ArrayList<>();
        if (given.length > 0) {
            if (given.length != in.size()) {
                throw new IllegalArgumentException("parameter 'potentials' gives " + given.length + " potentials for "
                        + in.size() + " spectra");
            }
            PotentialScale scale = ctx.parameters().scale("reference");
            for (int i = 0; i < in.size(); i++) {
                out.add(in.get(i).atPotential(given[i], scale));
            }
        } else {
            for (Spectrum s : in) {
                if (!s.hasPotential()) {
                    throw new IllegalArgumentException("spectrum '" + s.name() + "' has no electrode potential: give the "
                            + "reader option 'potential' per file or the parameter 'potentials'");
                }
                out.add(s);
            }
        }
        PotentialScale scale = out.get(0).scale();
        for (Spectrum s : out) {
            if (!s.scale().equals(scale)) {
                throw new IllegalArgumentException("spectrum '" + s.name() + "' is at a potential " + s.scale()
                        + " but '" + out.get(0).name() + "' " + scale + ": one reference scale is needed");
            }
        }
        return out;
    }

    /**
     * Potentials in V from a list such as {@code -0.5, -0.7, -0.9 V} (a unit after the last value applies
     * to all values without their own) or {@code -500 mV, -0.7 V}.
     */
    static double[] volts(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return new double[0];
        }
        String[] parts = t.split("[,;]");
        Unit common = Units.VOLT;
        Quantity last = parse(parts[parts.length - 1].strip(), Units.VOLT);
        if (!parts[parts.length - 1].strip().matches(".*[0-9.]$")) {
            common = last.unit();
        }
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = parse(parts[i].strip(), common).in(Units.VOLT);
        }
        return out;
    }

    /** A potential in V (single value with optional unit), e.g. {@code -0.9 V}; NaN for empty text. */
    static double volt(String text, String parameter) {
        if (text.isBlank()) {
            return Double.NaN;
        }
        try {
            return parse(text.strip(), Units.VOLT).in(Units.VOLT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter '" + parameter + "': " + e.getMessage(), e);
        }
    }

    private static Quantity parse(String item, Unit unit) {
        Quantity q;
        try {
            q = Quantity.parse(item, unit);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + item + "' is not a potential such as -0.9 V", e);
        }
        if (!q.unit().isCompatible(Units.VOLT) || !Double.isFinite(q.value())) {
            throw new IllegalArgumentException("'" + item + "' is not a potential in V or mV");
        }
        return q;
    }
}
