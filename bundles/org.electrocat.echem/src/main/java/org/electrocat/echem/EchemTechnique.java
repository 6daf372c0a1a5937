package org.electrocat.echem;

import java.util.List;
import org.electrocat.api.Technique;
import org.electrocat.core.model.DatasetKind;
import org.osgi.service.component.annotations.Component;

/**
 * The electrochemistry technique: readers for BioLogic (.mpt, .mpr), Gamry (.DTA) and CH
 * Instruments text files, and the analyses {@code echem.ca}, {@code echem.fe},
 * {@code echem.calibration}, {@code echem.conversion}, {@code echem.lsv}, {@code echem.cdl} and
 * {@code echem.recyclability} with their charts and report sections.
 */
@Component(service = Technique.class, property = {"electrocat.id=echem", "electrocat.technique=echem"})
public final class EchemTechnique implements Technique {

    /** Technique id, the prefix of every analysis id of this plugin. */
    public static final String ID = "echem";
    /** Plugin version, recorded in provenance. */
    public static final String VERSION = "0.1.0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Electrochemistry";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String description() {
        return "Voltammetry, chronoamperometry and impedance files from BioLogic, Gamry and CH Instruments;"
                + " charge, Faradaic efficiency, product quantification, conversion and selectivity, onset"
                + " potentials, peaks, Tafel slopes, double-layer capacitance and ECSA, recyclability.";
    }

    @Override
    public List<String> datasetKinds() {
        return List.of(DatasetKind.VOLTAMMOGRAM, DatasetKind.TIME_SERIES, DatasetKind.IMPEDANCE, DatasetKind.TABLE);
    }
}
