package org.electrocat.echem.analysis;

import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.echem.EchemTechnique;

/**
 * Common parts of the echem analyses: technique, version, input checks, and the units they share.
 */
abstract class EchemAnalysis implements Analysis {

    static final Unit MILLIAMPERE = Units.MILLIAMPERE;
    static final Unit MA_PER_CM2 = Units.parse("mA/cm2");
    static final Unit CM2 = Units.SQUARE_CENTIMETRE;
    static final Unit MICROMOLE = Units.parse("umol");
    static final Unit RATE_AREA = Units.parse("umol h-1 cm-2");
    static final Unit RATE_MASS = Units.parse("umol h-1 mg-1");
    static final Unit MILLIGRAM = Units.parse("mg");
    static final Unit MILLILITRE = Units.parse("mL");
    static final Unit MILLIVOLT = Units.parse("mV");

    /** Time-window parameters shared by the chronoamperometry analyses. */
    static final ParameterSpec T_START = ParameterSpec.number("tStart", "Window start", "s", 0.0,
            "Start of the integration window (time as recorded in the file).").range(0, Double.POSITIVE_INFINITY);
    static final ParameterSpec T_END = ParameterSpec.number("tEnd", "Window end", "s", 0.0,
            "End of the integration window; 0 (default) or any value not after tStart means the end of the record.")
            .range(0, Double.POSITIVE_INFINITY);
    static final ParameterSpec AREA = ParameterSpec.number("area", "Electrode area", "cm2", 1.0,
            "Geometric electrode area for current densities and areal rates.").range(1e-12, 1e6);
    static final ParameterSpec CURRENT_U = ParameterSpec.number("currentUncertainty", "Current uncertainty", "%", 0.0,
            "Relative standard uncertainty of the current readings (instrument accuracy), combined in quadrature"
                    + " with the integration error estimate.").range(0, 100);

    @Override
    public String technique() {
        return EchemTechnique.ID;
    }

    @Override
    public String version() {
        return EchemTechnique.VERSION;
    }

    /** Inputs checked for count and kind. */
    List<Dataset> inputs(AnalysisContext context) {
        List<Dataset> in = context.inputs();
        if (in.size() < minInputs() || in.size() > maxInputs()) {
            throw new IllegalArgumentException(id() + " (step '" + context.stepId() + "') takes "
                    + (minInputs() == maxInputs() ? String.valueOf(minInputs()) : minInputs() + ".."
                            + (maxInputs() == Integer.MAX_VALUE ? "n" : String.valueOf(maxInputs())))
                    + " input datasets, got " + in.size());
        }
        EchemInputs.requireKinds(in, inputKinds(), id());
        return in;
    }
}
