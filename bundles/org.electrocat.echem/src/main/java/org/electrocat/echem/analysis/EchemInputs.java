package org.electrocat.echem.analysis;

import java.util.List;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.echem.io.EchemDatasets;
import org.electrocat.echem.io.StandardColumns;

/**
 * Access to the standard columns of echem datasets in the units an analysis needs, with messages
 * that name the dataset and the column when something is missing or has the wrong unit.
 */
final class EchemInputs {

    private EchemInputs() {
    }

    /** Time in seconds. */
    static double[] timeSeconds(Dataset d) {
        Column c = columnOfDimension(d, StandardColumns.TIME, Units.SECOND, "time");
        return c.valuesIn(Units.SECOND);
    }

    /** Current in amperes. */
    static double[] currentAmperes(Dataset d) {
        Column c = columnOfDimension(d, StandardColumns.I, Units.AMPERE, "current");
        return c.valuesIn(Units.AMPERE);
    }

    /** The working-electrode potential column (volts, with its scale). */
    static Column potential(Dataset d) {
        Column c = d.column(StandardColumns.E).orElseGet(() -> d.potential().orElse(null));
        if (c == null) {
            throw new IllegalArgumentException("dataset '" + d.id() + "' has no potential column 'E' (it has "
                    + d.columnNames() + ")");
        }
        if (!c.unit().isCompatible(Units.VOLT)) {
            throw new IllegalArgumentException("dataset '" + d.id() + "': column '" + c.name() + "' is in "
                    + c.unit() + ", not a potential unit");
        }
        return c;
    }

    /** The scale of a potential column, {@link PotentialScale#UNKNOWN} when it has none. */
    static PotentialScale scaleOf(Column c) {
        return c.scale() == null ? PotentialScale.UNKNOWN : c.scale();
    }

    private static Column columnOfDimension(Dataset d, String name, Unit dimension, String what) {
        Column c = d.column(name).orElse(null);
        if (c == null) {
            for (Column k : d.columns()) {
                if (k.unit().isCompatible(dimension) && !k.isPotential()) {
                    c = k;
                    break;
                }
            }
        }
        if (c == null) {
            throw new IllegalArgumentException("dataset '" + d.id() + "' has no " + what + " column '" + name
                    + "' (it has " + d.columnNames() + ")");
        }
        if (!c.unit().isCompatible(dimension)) {
            throw new IllegalArgumentException("dataset '" + d.id() + "': column '" + c.name() + "' is in "
                    + c.unit().symbol() + ", which is not a " + what + " unit (expected e.g. " + dimension.symbol() + ")");
        }
        return c;
    }

    /** Number of non-finite values, for warnings. */
    static int countNonFinite(double[] v) {
        int n = 0;
        for (double x : v) {
            if (!Double.isFinite(x)) {
                n++;
            }
        }
        return n;
    }

    /** Number of places where t does not increase. */
    static int countNonIncreasing(double[] t) {
        int n = 0;
        for (int i = 1; i < t.length; i++) {
            if (!(t[i] > t[i - 1])) {
                n++;
            }
        }
        return n;
    }

    /**
     * Sample range {@code [from, to)} of a time window; {@code end <= start} means "to the end".
     *
     * @throws IllegalArgumentException when fewer than 2 samples fall in the window
     */
    static int[] window(Dataset d, double[] t, double start, double end) {
        boolean open = !(end > start);
        int from = 0;
        while (from < t.length && !(t[from] >= start)) {
            from++;
        }
        int to = t.length;
        if (!open) {
            to = from;
            while (to < t.length && (t[to] <= end || !Double.isFinite(t[to]))) {
                to++;
            }
        }
        if (to - from < 2) {
            throw new IllegalArgumentException("dataset '" + d.id() + "': the time window " + start + " s .. "
                    + (open ? "end" : end + " s") + " holds " + Math.max(0, to - from) + " samples; the record runs "
                    + (t.length > 0 ? t[0] + " .. " + t[t.length - 1] + " s" : "empty"));
        }
        return new int[] {from, to};
    }

    /** The scan rate stated in the file's metadata in V/s, or NaN. */
    static double scanRateFromFile(Dataset d) {
        String s = d.meta(EchemDatasets.META_SCAN_RATE).orElse(null);
        if (s == null) {
            return Double.NaN;
        }
        try {
            return org.electrocat.core.units.Quantity.parse(s, Units.parse("V/s")).in(Units.parse("V/s"));
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    /** Median |dE/dt| over samples [from, to) in V/s, from the E and time columns; NaN without time. */
    static double scanRateFromData(double[] e, double[] t, int from, int to) {
        if (t == null) {
            return Double.NaN;
        }
        double[] r = new double[Math.max(0, to - from - 1)];
        int n = 0;
        for (int i = from; i < to - 1; i++) {
            double dt = t[i + 1] - t[i];
            double de = e[i + 1] - e[i];
            if (dt > 0 && Double.isFinite(de)) {
                r[n++] = Math.abs(de / dt);
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double[] v = java.util.Arrays.copyOf(r, n);
        java.util.Arrays.sort(v);
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    /** Checks that every dataset has one of the accepted kinds. */
    static void requireKinds(List<Dataset> inputs, List<String> kinds, String analysis) {
        for (Dataset d : inputs) {
            if (!kinds.contains(d.kind())) {
                throw new IllegalArgumentException(analysis + ": dataset '" + d.id() + "' is a " + d.kind()
                        + "; this analysis takes " + kinds);
            }
        }
    }
}
