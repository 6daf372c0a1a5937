package org.electrocat.ms.analysis;

import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.core.model.DatasetKind;

/**
 * What the MS analyses share: technique {@code ms}, version, spectra as inputs and the possibility to
 * run without any (from formulas and reported m/z alone).
 */
abstract class MsAnalysis implements Analysis {

    private final String id;
    private final String label;

    MsAnalysis(String id, String label) {
        this.id = id;
        this.label = label;
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
        return "ms";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public final List<String> inputKinds() {
        return List.of(DatasetKind.SPECTRUM);
    }

    @Override
    public final int minInputs() {
        return 0;
    }
}
