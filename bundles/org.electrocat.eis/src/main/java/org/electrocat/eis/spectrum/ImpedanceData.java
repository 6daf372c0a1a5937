package org.electrocat.eis.spectrum;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;

/**
 * One impedance spectrum on primitive arrays: frequency f in Hz and Z = Z' + jZ'' in Ω, Z'' signed
 * (negative for a capacitive response), as the echem readers deliver it (columns {@code f},
 * {@code Z'}, {@code Z''}). {@link #of(Dataset)} also accepts headerless three-column files
 * (core.csv with kind=impedance: the first three numeric columns are f, Z', Z'') and converts
 * kHz, kΩ, mΩ ... to Hz and Ω.
 *
 * @param name      spectrum name (dataset name) for legends and messages
 * @param frequency f in Hz, every value finite and &gt; 0
 * @param re        Z' in Ω
 * @param im        Z'' in Ω
 * @param notes     what was assumed while reading (units taken as Hz/Ω, points dropped)
 */
public record ImpedanceData(String name, double[] frequency, double[] re, double[] im, List<String> notes) {

    /** Checks lengths and values. */
    public ImpedanceData {
        if (frequency == null || re == null || im == null) {
            throw new IllegalArgumentException("spectrum '" + name + "': frequency, Z' and Z'' are required");
        }
        if (frequency.length != re.length || re.length != im.length) {
            throw new IllegalArgumentException("spectrum '" + name + "': " + frequency.length + " frequencies, "
                    + re.length + " Z' and " + im.length + " Z'' values");
        }
        if (frequency.length == 0) {
            throw new IllegalArgumentException("spectrum '" + name + "' has no points");
        }
        for (int i = 0; i < frequency.length; i++) {
            if (!(frequency[i] > 0) || !Double.isFinite(frequency[i])) {
                throw new IllegalArgumentException("spectrum '" + name + "': frequency at point " + (i + 1) + " is "
                        + frequency[i] + " Hz; positive finite frequencies are required");
            }
            if (!Double.isFinite(re[i]) || !Double.isFinite(im[i])) {
                throw new IllegalArgumentException("spectrum '" + name + "': Z at point " + (i + 1) + " (f = "
                        + frequency[i] + " Hz) is not finite (" + re[i] + ", " + im[i] + ")");
            }
        }
        notes = List.copyOf(notes);
    }

    /** A spectrum built in code (no notes). */
    public static ImpedanceData of(String name, double[] frequency, double[] re, double[] im) {
        return new ImpedanceData(name, frequency, re, im, List.of());
    }

    /**
     * The spectrum in a dataset. Rows with a NaN in f, Z' or Z'' (gaps the readers recorded) are
     * dropped with a note.
     *
     * @throws IllegalArgumentException naming the dataset when it has no frequency/impedance columns
     *                                  or a unit of the wrong dimension
     */
    public static ImpedanceData of(Dataset d) {
        List<String> notes = new ArrayList<>();
        Column f = d.column("f").orElse(null);
        Column zr = d.column("Z'").orElse(null);
        Column zi = d.column("Z''").orElse(null);
        if (f == null || zr == null || zi == null) {
            if (d.columns().size() < 3) {
                throw new IllegalArgumentException("dataset '" + d.id() + "' has no impedance columns f, Z', Z'' (it has "
                        + d.columnNames() + ")");
            }
            f = d.columns().get(0);
            zr = d.columns().get(1);
            zi = d.columns().get(2);
            notes.add("columns '" + f.name() + "', '" + zr.name() + "', '" + zi.name() + "' of dataset '" + d.id()
                    + "' taken as f, Z', Z'' (signed)");
        }
        double[] fv = values(d, f, Units.HERTZ, notes);
        double[] rv = values(d, zr, Units.OHM, notes);
        double[] iv = values(d, zi, Units.OHM, notes);
        int n = 0;
        for (int i = 0; i < fv.length; i++) {
            if (Double.isNaN(fv[i]) || Double.isNaN(rv[i]) || Double.isNaN(iv[i])) {
                continue;
            }
            fv[n] = fv[i];
            rv[n] = rv[i];
            iv[n] = iv[i];
            n++;
        }
        if (n < fv.length) {
            notes.add((fv.length - n) + " rows with missing values dropped from '" + d.id() + "'");
        }
        return new ImpedanceData(d.name(), java.util.Arrays.copyOf(fv, n), java.util.Arrays.copyOf(rv, n),
                java.util.Arrays.copyOf(iv, n), notes);
    }

    private static double[] values(Dataset d, Column c, Unit target, List<String> notes) {
        Unit u = c.unit();
        if (u.isDimensionless()) {
            notes.add("column '" + c.name() + "' of '" + d.id() + "' has no unit: read as " + target.symbol());
            return c.values();
        }
        if (!u.isCompatible(target)) {
            throw new IllegalArgumentException("dataset '" + d.id() + "': column '" + c.name() + "' is in "
                    + u.symbol() + ", not a unit of " + (target == Units.HERTZ ? "frequency (Hz)" : "impedance (Ohm)"));
        }
        return c.valuesIn(target);
    }

    /**
     * The points with fMin ≤ f ≤ fMax (impedance.py {@code cropFrequencies}) and, when
     * {@code dropInductive}, without points of positive Z'' (impedance.py {@code ignoreBelowX}).
     *
     * @param fMin lowest frequency kept, Hz (0 for no limit)
     * @param fMax highest frequency kept, Hz (0 or ∞ for no limit)
     * @throws IllegalArgumentException when no point is left
     */
    public ImpedanceData select(double fMin, double fMax, boolean dropInductive) {
        double hi = fMax > 0 ? fMax : Double.POSITIVE_INFINITY;
        int n = 0;
        boolean[] keep = new boolean[size()];
        for (int i = 0; i < size(); i++) {
            keep[i] = frequency[i] >= fMin && frequency[i] <= hi && !(dropInductive && im[i] > 0);
            n += keep[i] ? 1 : 0;
        }
        if (n == size()) {
            return this;
        }
        if (n == 0) {
            throw new IllegalArgumentException("spectrum '" + name + "': no point left between " + fMin + " and " + hi
                    + " Hz" + (dropInductive ? " with Z'' ≤ 0" : ""));
        }
        double[] f = new double[n];
        double[] r = new double[n];
        double[] m = new double[n];
        int k = 0;
        for (int i = 0; i < size(); i++) {
            if (keep[i]) {
                f[k] = frequency[i];
                r[k] = re[i];
                m[k] = im[i];
                k++;
            }
        }
        List<String> more = new ArrayList<>(notes);
        more.add((size() - n) + " of " + size() + " points of '" + name + "' left out (frequency range"
                + (dropInductive ? ", inductive points" : "") + ")");
        return new ImpedanceData(name, f, r, m, more);
    }

    /** Number of frequencies. */
    public int size() {
        return frequency.length;
    }

    /** |Z| at point i, in Ω. */
    public double modulus(int i) {
        return Math.hypot(re[i], im[i]);
    }

    /** Phase φ = atan2(Z'', Z') at point i, in degrees (negative when capacitive). */
    public double phaseDegrees(int i) {
        return Math.toDegrees(Math.atan2(im[i], re[i]));
    }

    /** The same spectrum sorted by increasing frequency (a copy; this one if already sorted). */
    public ImpedanceData ascending() {
        boolean sorted = true;
        for (int i = 1; i < frequency.length && sorted; i++) {
            sorted = frequency[i] > frequency[i - 1];
        }
        if (sorted) {
            return this;
        }
        Integer[] order = new Integer[frequency.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(frequency[a], frequency[b]));
        double[] f = new double[order.length];
        double[] r = new double[order.length];
        double[] m = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            f[i] = frequency[order[i]];
            r[i] = re[order[i]];
            m[i] = im[order[i]];
        }
        return new ImpedanceData(name, f, r, m, notes);
    }
}
