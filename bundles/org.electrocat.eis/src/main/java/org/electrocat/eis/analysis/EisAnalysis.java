package org.electrocat.eis.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.eis.EisTechnique;
import org.electrocat.eis.spectrum.ImpedanceData;

/**
 * Common parts of the eis analyses: technique and version, input count and kind checks, reading
 * spectra from datasets (with the frequency window shared by the fitting analyses), and turning
 * reading notes into result warnings.
 */
abstract class EisAnalysis implements Analysis {

    /** Lowest frequency used (impedance.py cropFrequencies). */
    static final ParameterSpec F_MIN = ParameterSpec.number("fMin", "Lowest frequency", "Hz", 0.0,
            "Points below this frequency are left out; 0 keeps all.").range(0, Double.POSITIVE_INFINITY);
    /** Highest frequency used. */
    static final ParameterSpec F_MAX = ParameterSpec.number("fMax", "Highest frequency", "Hz", 0.0,
            "Points above this frequency are left out; 0 keeps all.").range(0, Double.POSITIVE_INFINITY);
    /** Drop inductive points (impedance.py ignoreBelowX). */
    static final ParameterSpec DROP_INDUCTIVE = ParameterSpec.bool("dropInductive", "Drop inductive points", false,
            "Leave out points with positive Z'' (cable inductance at high frequency), as impedance.py's"
                    + " ignoreBelowX does; alternatively add an L element to the circuit.");

    @Override
    public String technique() {
        return EisTechnique.ID;
    }

    @Override
    public String version() {
        return EisTechnique.VERSION;
    }

    /** Impedance spectra, or generic tables of at least three columns (see {@link #spectrumInputs}). */
    @Override
    public List<String> inputKinds() {
        return List.of(DatasetKind.IMPEDANCE, DatasetKind.GENERIC);
    }

    /** Inputs checked for count and kind. */
    List<Dataset> inputs(AnalysisContext context) {
        List<Dataset> in = context.inputs();
        if (in.size() < minInputs() || in.size() > maxInputs()) {
            throw new IllegalArgumentException(id() + " (step '" + context.stepId() + "') takes "
                    + (minInputs() == maxInputs() ? String.valueOf(minInputs())
                            : minInputs() + ".." + (maxInputs() == Integer.MAX_VALUE ? "n" : String.valueOf(maxInputs())))
                    + " input datasets, got " + in.size());
        }
        for (Dataset d : in) {
            if (!inputKinds().contains(d.kind())) {
                throw new IllegalArgumentException(id() + ": dataset '" + d.id() + "' is of kind '" + d.kind()
                        + "'; this analysis takes " + inputKinds()
                        + (d.kind().equals("generic") ? " (read CSV files with the reader option kind=impedance)" : ""));
            }
        }
        return in;
    }

    /**
     * The inputs that hold impedance spectra: datasets of kind impedance, or, when there are none,
     * generic datasets of at least three columns (a CSV read without kind=impedance). Other datasets
     * of a multi-table file, e.g. the OCV curve of a Gamry EIS file, are passed over with a note.
     */
    List<Dataset> spectrumInputs(AnalysisContext context, Result.Builder notes) {
        List<Dataset> in = context.inputs();
        List<Dataset> out = new ArrayList<>();
        for (Dataset d : in) {
            if (d.kind().equals(DatasetKind.IMPEDANCE)) {
                out.add(d);
            }
        }
        if (out.isEmpty()) {
            for (Dataset d : in) {
                if (d.kind().equals(DatasetKind.GENERIC) && d.columns().size() >= 3) {
                    out.add(d);
                }
            }
        }
        if (out.isEmpty()) {
            List<String> seen = new ArrayList<>();
            in.forEach(d -> seen.add(d.id() + " (" + d.kind() + ")"));
            throw new IllegalArgumentException(id() + " (step '" + context.stepId() + "'): no impedance spectrum among"
                    + " the inputs " + seen + "; read CSV files with the reader option kind=impedance");
        }
        for (Dataset d : in) {
            if (!out.contains(d)) {
                notes.warning("dataset '" + d.id() + "' (" + d.kind() + ") is not an impedance spectrum and was left out");
            }
        }
        if (out.size() > maxSpectra()) {
            List<String> ids = new ArrayList<>();
            out.forEach(d -> ids.add(d.id()));
            throw new IllegalArgumentException(id() + " (step '" + context.stepId() + "') analyses one spectrum but got "
                    + out.size() + " " + ids + "; use eis.batch or eis.bode for a series, or name one of them as input");
        }
        return out;
    }

    /** Most spectra the analysis takes (1 unless overridden). */
    int maxSpectra() {
        return 1;
    }

    /**
     * Impedance analyses take any number of datasets (files may hold several tables) and pick the
     * spectra themselves; see {@link #spectrumInputs}.
     */
    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    /** The spectra of the inputs inside the frequency window, reading notes added as warnings. */
    List<ImpedanceData> spectra(AnalysisContext context, List<Dataset> inputs, Result.Builder warnings) {
        Parameters p = context.parameters();
        List<ImpedanceData> out = new ArrayList<>();
        for (Dataset d : inputs) {
            ImpedanceData s = ImpedanceData.of(d);
            try {
                s = s.select(p.number("fMin"), p.number("fMax"), p.bool("dropInductive"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(id() + ": " + e.getMessage(), e);
            }
            s.notes().forEach(warnings::warning);
            out.add(s);
        }
        return out;
    }
}
