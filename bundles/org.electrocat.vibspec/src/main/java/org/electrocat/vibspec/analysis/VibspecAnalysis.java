package org.electrocat.vibspec.analysis;

import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.vibspec.VibspecTechnique;

/**
 * The identity every vibspec analysis shares: id, label, method description, the technique and its
 * version, the input kinds ({@link SpectrumAnalyses#KINDS}) and any number of inputs (spectra and
 * series are processed one by one). Subclasses declare parameters and run.
 */
abstract class VibspecAnalysis implements Analysis {

    private final String id;
    private final String label;
    private final String description;

    VibspecAnalysis(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final String technique() {
        return VibspecTechnique.ID;
    }

    @Override
    public final String version() {
        return VibspecTechnique.VERSION;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<String> inputKinds() {
        return SpectrumAnalyses.KINDS;
    }

    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }
}
