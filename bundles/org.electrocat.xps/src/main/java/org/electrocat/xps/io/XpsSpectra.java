package org.electrocat.xps.io;

import java.util.Map;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;

/**
 * How XPS spectra look inside ElectroCat, whatever file they came from: a {@link DatasetKind#SPECTRUM}
 * with a binding-energy column {@value #BE} (eV, when the photon energy is known or the file gives
 * binding energies), a kinetic-energy column {@value #KE} (eV, when known), and the count rate
 * {@value #INTENSITY} in counts per second. The photon energy is kept in metadata under
 * {@value #PHOTON_ENERGY} (eV).
 *
 * <p>Binding energy is {@code BE = hν − KE − φ}; φ (the analyser work function) is 0 for files
 * whose kinetic energies are referenced to the spectrometer's Fermi level, as CasaXPS and SpecsLab
 * Prodigy write them (checked on the shared MgFe₂O₄ survey: KE 136.61 eV at hν 1486.61 eV is the
 * Prodigy XY export's BE 1350 eV).
 */
public final class XpsSpectra {

    /** Binding energy column, eV. */
    public static final String BE = "BE";
    /** Kinetic energy column, eV. */
    public static final String KE = "KE";
    /** Count-rate column, counts per second. */
    public static final String INTENSITY = "intensity";
    /** Metadata key of the photon energy hν in eV. */
    public static final String PHOTON_ENERGY = "xps.photon-energy";
    /** Metadata key of the region name (e.g. {@code Pd 3d}). */
    public static final String REGION = "xps.region";
    /** Unit of {@link #INTENSITY}. */
    public static final Unit COUNTS_PER_SECOND = Units.parse("counts/s");

    private XpsSpectra() {
    }

    /**
     * Builds an XPS spectrum dataset.
     *
     * @param energy        the energies as the file gives them, eV
     * @param binding       true when {@code energy} are binding energies, false for kinetic energies
     * @param photonEnergy  hν in eV, or NaN when unknown (then only the file's own axis is stored)
     * @param workFunction  φ in eV subtracted from hν − KE
     * @param rate          count rate, counts per second
     */
    public static Dataset spectrum(String id, String name, double[] energy, boolean binding, double photonEnergy,
            double workFunction, double[] rate, Map<String, String> metadata, Provenance provenance) {
        Dataset.Builder b = Dataset.builder(id, DatasetKind.SPECTRUM).name(name).provenance(provenance);
        boolean known = Double.isFinite(photonEnergy);
        if (binding) {
            b.column(BE, Units.ELECTRONVOLT, energy);
            if (known) {
                b.column(KE, Units.ELECTRONVOLT, shift(energy, photonEnergy - workFunction));
            }
        } else {
            if (known) {
                b.column(BE, Units.ELECTRONVOLT, shift(energy, photonEnergy - workFunction));
            }
            b.column(KE, Units.ELECTRONVOLT, energy);
        }
        b.column(INTENSITY, COUNTS_PER_SECOND, rate);
        b.meta("technique", "xps").meta(REGION, name);
        if (known) {
            b.meta(PHOTON_ENERGY, String.valueOf(photonEnergy));
        }
        if (workFunction != 0) {
            b.meta("xps.work-function", String.valueOf(workFunction));
        }
        return b.metadata(metadata).build();
    }

    /** {@code c − x} for every x: turns KE into BE and back. */
    static double[] shift(double[] x, double c) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = c - x[i];
        }
        return out;
    }
}
