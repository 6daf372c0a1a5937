package org.electrocat.echem.io;

import java.util.List;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.ParameterSpec;
import org.electrocat.echem.EchemTechnique;

/**
 * What every echem reader shares: its id, label and extensions, the technique, the version
 * recorded in provenance, and the {@code reference} option ({@link EchemDatasets#REFERENCE_OPTION}).
 */
abstract class EchemReader implements DatasetReader {

    private final String id;
    private final String label;
    private final List<String> extensions;

    EchemReader(String id, String label, String... extensions) {
        this.id = id;
        this.label = label;
        this.extensions = List.of(extensions);
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
        return EchemTechnique.ID;
    }

    @Override
    public final String version() {
        return EchemDatasets.READER_VERSION;
    }

    @Override
    public final List<String> extensions() {
        return extensions;
    }

    @Override
    public List<ParameterSpec> options() {
        return List.of(EchemDatasets.REFERENCE_OPTION);
    }
}
