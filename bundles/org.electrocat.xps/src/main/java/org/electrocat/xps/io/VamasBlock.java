package org.electrocat.xps.io;

import java.util.List;
import java.util.Map;

/**
 * One block (one spectral region) of a VAMAS file, with the items an XPS analysis needs typed and
 * everything else kept as text in {@link #metadata()}. Values the file marks "not specified"
 * (1e37) are {@code NaN}.
 *
 * @param blockId         block identifier (CasaXPS: the region name)
 * @param sampleId        sample identifier
 * @param technique       technique, e.g. {@code XPS}
 * @param species         species label, e.g. {@code Pd}
 * @param transition      transition or charge state label, e.g. {@code 3d}
 * @param sourceEnergy    analysis source characteristic energy (photon energy hν) in eV, or NaN
 * @param workFunction    analyser work function in eV, or NaN
 * @param passEnergy      analyser pass energy in eV (or retard ratio), or NaN
 * @param abscissaLabel   abscissa label, e.g. {@code kinetic energy} or {@code binding energy}
 * @param abscissaUnit    abscissa unit, e.g. {@code eV}
 * @param abscissa        abscissa values (start + i·increment for REGULAR blocks, the first
 *                        corresponding variable for IRREGULAR ones)
 * @param variableLabels  labels of the ordinate variables (without the irregular abscissa)
 * @param variableUnits   units of the ordinate variables
 * @param ordinates       {@code ordinates[v][i]}: value of variable v at abscissa i
 * @param collectionTime  signal collection time per point (dwell) in s, or NaN
 * @param scans           number of scans compiled into the block, or 0 when not given
 * @param firstLine       1-based line of the block's first item (for messages)
 * @param metadata        every other item as text, in file order
 */
public record VamasBlock(String blockId, String sampleId, String technique, String species, String transition,
        double sourceEnergy, double workFunction, double passEnergy, String abscissaLabel, String abscissaUnit,
        double[] abscissa, List<String> variableLabels, List<String> variableUnits, double[][] ordinates,
        double collectionTime, int scans, int firstLine, Map<String, String> metadata) {

    /** Number of points. */
    public int points() {
        return abscissa.length;
    }

    /** {@code species transition} (e.g. {@code Pd 3d}), or the block identifier when both are empty. */
    public String regionName() {
        String s = (species + " " + transition).trim();
        return s.isEmpty() ? blockId : s;
    }

    /** True when the abscissa is a binding energy (else it is taken as kinetic energy). */
    public boolean bindingEnergyAxis() {
        return abscissaLabel.toLowerCase(java.util.Locale.ROOT).contains("binding");
    }
}
