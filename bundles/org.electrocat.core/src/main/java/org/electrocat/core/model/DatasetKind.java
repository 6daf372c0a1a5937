package org.electrocat.core.model;

/**
 * Well-known dataset kinds. A kind is a plain string so that a plugin can define new ones; these
 * are the ones the bundled techniques share. Analyses declare the kinds they accept.
 */
public final class DatasetKind {
    /** Current (and potential) against time: chronoamperometry, chronopotentiometry. */
    public static final String TIME_SERIES = "time-series";
    /** Current against potential: LSV, CV (columns E, I, optionally time, cycle). */
    public static final String VOLTAMMOGRAM = "voltammogram";
    /** Complex impedance against frequency (columns f, Z' , Z''). */
    public static final String IMPEDANCE = "impedance";
    /** Intensity against an energy-like axis (cm⁻¹, eV, m/z, Å⁻¹...). */
    public static final String SPECTRUM = "spectrum";
    /** Tabular data: quantification results, calibration standards. */
    public static final String TABLE = "table";
    /** Generic columns of numbers whose meaning the reader did not know. */
    public static final String GENERIC = "generic";

    private DatasetKind() {
    }
}
