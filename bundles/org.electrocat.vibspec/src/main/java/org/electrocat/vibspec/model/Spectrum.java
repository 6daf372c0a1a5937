package org.electrocat.vibspec.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Unit;

/**
 * One vibrational spectrum as the processing code sees it: the x axis (name, unit, values), the
 * intensity (name, unit, values), the electrode potential it was recorded at (if any, in volts with
 * its reference scale) and the metadata of its source. Converts to and from the core
 * {@link Dataset} following {@link SpectrumKeys}.
 *
 * <p>Arrays are shared, not copied: a spectrum hands its arrays to whoever asks and never changes
 * them, and processing returns new spectra with new arrays ({@link #withY}).
 */
public final class Spectrum {

    private final String name;
    private final String xName;
    private final Unit xUnit;
    private final double[] x;
    private final String yName;
    private final Unit yUnit;
    private final double[] y;
    private final double potential;
    private final PotentialScale scale;
    private final Map<String, String> metadata;

    /**
     * @param name      name for legends and ids (file name, or the series label)
     * @param xName     x quantity, e.g. {@code Raman shift}, {@code wavenumber}, {@code wavelength}
     * @param xUnit     unit of x, e.g. cm⁻¹ or nm
     * @param x         x values
     * @param yName     intensity quantity, e.g. {@code intensity}, {@code absorbance}
     * @param yUnit     unit of the intensity ({@code a.u.}, {@code 1}, {@code %})
     * @param y         intensities, as many as x values
     * @param potential electrode potential in V, or {@code NaN} when the spectrum has none
     * @param scale     reference scale of the potential, {@code null} when there is no potential
     * @param metadata  source metadata (copied)
     * @throws IllegalArgumentException when the arrays differ in length or a potential lacks a scale
     */
    public Spectrum(String name, String xName, Unit xUnit, double[] x, String yName, Unit yUnit, double[] y,
            double potential, PotentialScale scale, Map<String, String> metadata) {
        this.name = Objects.requireNonNull(name, "spectrum name");
        this.xName = Objects.requireNonNull(xName, "x name of " + name);
        this.xUnit = Objects.requireNonNull(xUnit, "x unit of " + name);
        this.x = Objects.requireNonNull(x, "x values of " + name);
        this.yName = Objects.requireNonNull(yName, "y name of " + name);
        this.yUnit = Objects.requireNonNull(yUnit, "y unit of " + name);
        this.y = Objects.requireNonNull(y, "y values of " + name);
        if (x.length != y.length) {
            throw new IllegalArgumentException("spectrum '" + name + "': " + x.length + " x values but " + y.length
                    + " intensities");
        }
        if (!Double.isNaN(potential) && scale == null) {
            throw new IllegalArgumentException("spectrum '" + name + "': potential " + potential
                    + " V has no reference scale");
        }
        this.potential = potential;
        this.scale = Double.isNaN(potential) ? null : scale;
        this.metadata = new LinkedHashMap<>(metadata == null ? Map.of() : metadata);
    }

    /** A spectrum without potential and metadata (library use, tests). */
    public static Spectrum of(String name, String xName, Unit xUnit, double[] x, String yName, Unit yUnit,
            double[] y) {
        return new Spectrum(name, xName, xUnit, x, yName, yUnit, y, Double.NaN, null, Map.of());
    }

    /**
     * The spectrum of a {@code spectrum} (or generic two-column) dataset: x and intensity columns from
     * {@link SpectrumKeys#AXIS_X}/{@link SpectrumKeys#AXIS_Y}, else the first two columns; the potential
     * from {@link SpectrumKeys#POTENTIAL} metadata.
     *
     * @throws IllegalArgumentException naming the dataset when it has fewer than two columns
     */
    public static Spectrum of(Dataset d) {
        Column xc = pick(d, SpectrumKeys.AXIS_X, 0);
        Column yc = pick(d, SpectrumKeys.AXIS_Y, 1);
        double e = Double.NaN;
        PotentialScale s = null;
        if (d.meta(SpectrumKeys.POTENTIAL).isPresent()) {
            e = Potentials.parseVolts(d.meta(SpectrumKeys.POTENTIAL).get(), "dataset '" + d.id() + "' metadata "
                    + SpectrumKeys.POTENTIAL);
            s = Potentials.scaleOf(d.metadata());
        }
        return new Spectrum(d.name(), xc.name(), xc.unit(), xc.array(), yc.name(), yc.unit(), yc.array(), e, s,
                d.metadata());
    }

    private static Column pick(Dataset d, String key, int fallback) {
        if (d.meta(key).isPresent()) {
            return d.require(d.meta(key).get());
        }
        if (d.columns().size() < 2) {
            throw new IllegalArgumentException("dataset '" + d.id() + "' is not a spectrum: it needs an x and an "
                    + "intensity column, it has " + d.columnNames());
        }
        return d.columns().get(fallback);
    }

    /**
     * The dataset of this spectrum (kind {@code spectrum}): x and intensity columns, then
     * {@code extra} columns (e.g. the raw data and a baseline), with the metadata and potential.
     */
    public Dataset toDataset(String id, Provenance provenance, Column... extra) {
        Dataset.Builder b = Dataset.builder(id, DatasetKind.SPECTRUM).name(name).metadata(metadata)
                .column(new Column(xName, xUnit, x)).column(new Column(yName, yUnit, y))
                .meta(SpectrumKeys.AXIS_X, xName).meta(SpectrumKeys.AXIS_Y, yName).provenance(provenance);
        for (Column c : extra) {
            b.column(c);
        }
        if (hasPotential()) {
            Potentials.write(b, potential, scale);
        }
        return b.build();
    }

    /** The same spectrum with new intensities (same x). */
    public Spectrum withY(double[] newY) {
        return new Spectrum(name, xName, xUnit, x, yName, yUnit, newY, potential, scale, metadata);
    }

    /** The same spectrum with new intensities under a new quantity and unit (e.g. after normalisation). */
    public Spectrum withY(String newYName, Unit newYUnit, double[] newY) {
        return new Spectrum(name, xName, xUnit, x, newYName, newYUnit, newY, potential, scale, metadata);
    }

    /** The same spectrum on a new x axis (cropping, unit conversion). */
    public Spectrum withXY(String newXName, Unit newXUnit, double[] newX, double[] newY) {
        return new Spectrum(name, newXName, newXUnit, newX, yName, yUnit, newY, potential, scale, metadata);
    }

    /** The same spectrum recorded at {@code volts} on {@code reference}. */
    public Spectrum atPotential(double volts, PotentialScale reference) {
        return new Spectrum(name, xName, xUnit, x, yName, yUnit, y, volts, reference, metadata);
    }

    /** The same spectrum under another name. */
    public Spectrum named(String newName) {
        return new Spectrum(newName, xName, xUnit, x, yName, yUnit, y, potential, scale, metadata);
    }

    public String name() {
        return name;
    }

    public String xName() {
        return xName;
    }

    public Unit xUnit() {
        return xUnit;
    }

    /** The x values (shared array: do not modify). */
    public double[] x() {
        return x;
    }

    public String yName() {
        return yName;
    }

    public Unit yUnit() {
        return yUnit;
    }

    /** The intensities (shared array: do not modify). */
    public double[] y() {
        return y;
    }

    public int size() {
        return x.length;
    }

    /** Electrode potential in V, {@code NaN} when none. */
    public double potential() {
        return potential;
    }

    /** Reference scale of {@link #potential()}, {@code null} when none. */
    public PotentialScale scale() {
        return scale;
    }

    public boolean hasPotential() {
        return !Double.isNaN(potential);
    }

    /** Source metadata (a copy). */
    public Map<String, String> metadata() {
        return new LinkedHashMap<>(metadata);
    }

    /** A metadata value or {@code null}. */
    public String meta(String key) {
        return metadata.get(key);
    }

    /** Legend label: the potential with its scale when present, else the name. */
    public String label() {
        return hasPotential() ? String.format(Locale.ROOT, "%.3f V %s", potential, scale) : name;
    }

    @Override
    public String toString() {
        return "Spectrum[" + name + ", " + x.length + " points, " + xName + " / " + xUnit.symbol() + "]";
    }
}
