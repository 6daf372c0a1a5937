package org.electrocat.ms.io;

import java.util.Map;
import org.electrocat.api.FormatException;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Units;

/**
 * Builds the datasets the MS readers return: kind {@code spectrum}, columns {@code m/z} (unit m/z)
 * and {@code intensity} (counts, arbitrary units), metadata with the keys below.
 */
public final class SpectrumDatasets {

    /** Column names. */
    public static final String MZ = "m/z";
    public static final String INTENSITY = "intensity";
    /** Metadata keys. */
    public static final String SPECTRUM_TYPE = "ms.spectrum.type"; // profile | centroid
    public static final String MS_LEVEL = "ms.level";
    public static final String POLARITY = "ms.polarity"; // positive | negative
    public static final String SCAN_TIME = "ms.scan.start.time"; // with unit
    public static final String NATIVE_ID = "ms.native.id";

    private SpectrumDatasets() {
    }

    /**
     * A spectrum dataset.
     *
     * @throws FormatException when the arrays differ in length
     */
    public static Dataset spectrum(String id, String name, double[] mz, double[] intensity, Map<String, String> meta,
            Provenance provenance, String file, long line) throws FormatException {
        if (mz.length != intensity.length) {
            throw new FormatException(file, line, "intensity", "spectrum '" + name + "' has " + mz.length
                    + " m/z values but " + intensity.length + " intensities", null);
        }
        return Dataset.builder(id, DatasetKind.SPECTRUM).name(name)
                .column(MZ, Units.MASS_TO_CHARGE, mz)
                .column(INTENSITY, Units.ARBITRARY, intensity)
                .metadata(meta).provenance(provenance).build();
    }

    /** True when the dataset is a centroided (stick) spectrum according to its reader. */
    public static boolean isCentroided(Dataset d) {
        return "centroid".equals(d.metadata().get(SPECTRUM_TYPE));
    }
}
