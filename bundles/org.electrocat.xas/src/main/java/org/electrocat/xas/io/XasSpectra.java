package org.electrocat.xas.io;

import java.util.Map;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Units;

/**
 * How absorption spectra look inside ElectroCat, whatever file they came from: a
 * {@link DatasetKind#SPECTRUM} with the photon energy {@value #ENERGY} (eV, strictly increasing) and
 * the absorption {@value #MU} (dimensionless µ(E)·x, or If/I0), plus the raw channels when the file
 * has them. Metadata {@value #MU_FROM} says how µ was obtained ({@code ln(i0/itrans)} ...).
 */
public final class XasSpectra {

    /** Photon energy column, eV. */
    public static final String ENERGY = "energy";
    /** Absorption column µ(E). */
    public static final String MU = "mu";
    /** Metadata key: how µ was computed or which column it is. */
    public static final String MU_FROM = "xas.mu-from";
    /** Metadata key: absorbing element symbol, e.g. {@code Ti}. */
    public static final String ELEMENT = "xas.element";
    /** Metadata key: absorption edge, e.g. {@code K}. */
    public static final String EDGE = "xas.edge";

    private XasSpectra() {
    }

    /** Builds a µ(E) dataset; the caller has checked that {@code energy} increases strictly. */
    public static Dataset spectrum(String id, String name, double[] energy, double[] mu, String muFrom,
            Map<String, double[]> channels, Map<String, String> metadata, Provenance provenance) {
        Dataset.Builder b = Dataset.builder(id, DatasetKind.SPECTRUM).name(name).provenance(provenance)
                .column(ENERGY, Units.ELECTRONVOLT, energy).column(MU, Units.ONE, mu);
        channels.forEach((k, v) -> b.column(k, Units.ONE, v));
        return b.meta("technique", "xas").meta(MU_FROM, muFrom).metadata(metadata).build();
    }

    /**
     * Index of the first energy that is not finite or not above its predecessor, or -1 when the
     * energies increase strictly.
     */
    public static int firstNonIncreasing(double[] energy) {
        for (int i = 0; i < energy.length; i++) {
            if (!Double.isFinite(energy[i]) || (i > 0 && !(energy[i] > energy[i - 1]))) {
                return i;
            }
        }
        return -1;
    }
}
