package org.electrocat.eis.analysis;

import java.util.List;
import java.util.Locale;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;

/**
 * What a series of spectra is plotted against: the DC potential of each spectrum (given as a list,
 * or the mean of the dataset's potential column with its reference scale), the time (mean of the
 * time column), or the position in the series.
 *
 * @param name   axis quantity ({@code E}, {@code t} or {@code index})
 * @param unit   axis unit
 * @param scale  reference scale for potentials, else {@code null}
 * @param values one value per spectrum (NaN where unknown)
 * @param note   how the values were obtained
 */
record SeriesAxis(String name, Unit unit, PotentialScale scale, double[] values, String note) {

    static final ParameterSpec AGAINST = ParameterSpec.choice("against", "Series axis", "potential",
            List.of("potential", "time", "index"),
            "Plot and tabulate the series against the DC potential, the mean time or the position in the series.");
    static final ParameterSpec POTENTIALS = ParameterSpec.text("potentials", "DC potentials", "",
            "One DC potential per spectrum, in input order (e.g. '-0.9, -1.0, -1.1 V'); empty: the mean of each"
                    + " dataset's potential column.");
    static final ParameterSpec SCALE = ParameterSpec.referenceScale("reference", "Reference electrode", "",
            "Scale of the given potentials, e.g. Ag/AgCl (sat. KCl); empty: the scale of the datasets' potential columns.");

    /** Builds the axis for the inputs. */
    static SeriesAxis of(List<Dataset> inputs, Parameters p) {
        int n = inputs.size();
        double[] v = new double[n];
        String against = p.choice("against");
        if (against.equals("index")) {
            for (int i = 0; i < n; i++) {
                v[i] = i + 1;
            }
            return new SeriesAxis("index", Units.ONE, null, v, "position in the series");
        }
        if (against.equals("time")) {
            for (int i = 0; i < n; i++) {
                Column t = inputs.get(i).firstCompatible(Units.SECOND).orElse(null);
                v[i] = t == null ? Double.NaN : mean(t.valuesIn(Units.SECOND));
            }
            return new SeriesAxis("t", Units.SECOND, null, v, "mean of each dataset's time column");
        }
        String given = p.text("potentials");
        if (!given.isBlank()) {
            double[] list = potentials(given);
            if (list.length != n) {
                throw new IllegalArgumentException("parameter 'potentials' has " + list.length + " values for " + n
                        + " spectra");
            }
            return new SeriesAxis("E", Units.VOLT, p.scale("reference"), list, "as given");
        }
        PotentialScale scale = null;
        for (int i = 0; i < n; i++) {
            Column e = inputs.get(i).potential().orElse(null);
            v[i] = e == null ? Double.NaN : mean(e.valuesIn(Units.VOLT));
            if (e != null) {
                if (scale != null && !scale.equals(e.scale())) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "dataset '%s' has potentials vs %s but an earlier one vs %s: give 'potentials' and"
                                    + " 'reference'", inputs.get(i).id(), e.scale(), scale));
                }
                scale = e.scale();
            }
        }
        return new SeriesAxis("E", Units.VOLT, scale == null ? PotentialScale.UNKNOWN : scale, v,
                "mean of each dataset's potential column");
    }

    /**
     * Reads "-0.9, -1.0, -1.1 V" or "-900 mV, -1 V": a unit after the last number applies to the bare
     * numbers; default V.
     */
    static double[] potentials(String text) {
        String[] items = text.replace("[", "").replace("]", "").split("[,;]");
        Unit common = Quantity.parse(items[items.length - 1].trim(), Units.VOLT).unit();
        double[] out = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            String it = items[i].trim();
            if (it.isEmpty()) {
                throw new IllegalArgumentException("parameter 'potentials': item " + (i + 1) + " is empty");
            }
            Quantity q = Quantity.parse(it, common);
            if (!q.unit().isCompatible(Units.VOLT)) {
                throw new IllegalArgumentException("parameter 'potentials': '" + it + "' is not a potential");
            }
            out[i] = q.in(Units.VOLT);
        }
        return out;
    }

    /** True when at least one value is known. */
    boolean known() {
        for (double x : values) {
            if (!Double.isNaN(x)) {
                return true;
            }
        }
        return false;
    }

    private static double mean(double[] a) {
        double s = 0;
        int k = 0;
        for (double x : a) {
            if (!Double.isNaN(x)) {
                s += x;
                k++;
            }
        }
        return k == 0 ? Double.NaN : s / k;
    }
}
