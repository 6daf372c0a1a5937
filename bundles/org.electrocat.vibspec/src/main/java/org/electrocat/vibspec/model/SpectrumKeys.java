package org.electrocat.vibspec.model;

/**
 * How vibrational spectra are stored in the core data model, so readers, analyses, charts and
 * other plugins agree.
 *
 * <p>A single spectrum is a {@code spectrum} dataset whose metadata {@link #AXIS_X} and
 * {@link #AXIS_Y} name its x column (Raman shift or wavenumber in cm⁻¹, wavelength in nm) and its
 * intensity column; other columns (the raw data, a fitted baseline) may follow. When it was
 * measured at a controlled electrode potential, {@link #POTENTIAL} holds the value with its unit
 * and {@link #POTENTIAL_SCALE} the reference electrode.
 *
 * <p>A spectrum series ({@link #SERIES_KIND}, in situ spectra against potential) is stored in long
 * form: one row per point of every spectrum, with the x column, the intensity column, the
 * potential column {@link #SERIES_POTENTIAL} (volts, carrying its reference scale in the model)
 * and the 1-based spectrum number {@link #SERIES_INDEX}. Long form keeps each spectrum's own x
 * grid (files recorded at different potentials need not share one) and the potential typed.
 */
public final class SpectrumKeys {
    /** Dataset kind of an in situ spectrum series (not in {@code DatasetKind}, defined by this plugin). */
    public static final String SERIES_KIND = "spectrum-series";
    /** Metadata: name of the x column. */
    public static final String AXIS_X = "axis.x";
    /** Metadata: name of the intensity column. */
    public static final String AXIS_Y = "axis.y";
    /** Metadata: electrode potential of a single spectrum with unit, e.g. {@code -0.9 V}. */
    public static final String POTENTIAL = "potential";
    /** Metadata: reference scale of {@link #POTENTIAL}, e.g. {@code Ag/AgCl (sat. KCl)}. */
    public static final String POTENTIAL_SCALE = "potential.scale";
    /** Metadata: potential of the reference scale vs SHE in volts, so custom references survive. */
    public static final String POTENTIAL_SCALE_VS_SHE = "potential.scale.vsShe";
    /** Metadata: excitation laser wavelength in nm (Raman). */
    public static final String LASER_WAVELENGTH = "laser.wavelength";
    /** Metadata: technique as read from the file: {@code raman}, {@code ir} or {@code unknown}. */
    public static final String TECHNIQUE = "spectrum.technique";
    /** Series column: electrode potential (V, with reference scale). */
    public static final String SERIES_POTENTIAL = "E";
    /** Series column: 1-based number of the spectrum each row belongs to. */
    public static final String SERIES_INDEX = "spectrum";
    /** Column holding a baseline written next to a corrected spectrum. */
    public static final String BASELINE = "baseline";
    /** Column holding the data before processing, written next to the processed intensity. */
    public static final String RAW = "raw";

    private SpectrumKeys() {
    }
}
