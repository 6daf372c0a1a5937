package org.electrocat.vibspec.io;

import java.util.List;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.ParameterSpec;
import org.electrocat.vibspec.VibspecTechnique;

/**
 * The identity every vibspec reader shares: id, label, extensions, the technique and its version,
 * and the common options ({@link SpectrumReaderOptions}). Subclasses detect and read.
 */
public abstract class VibspecReader implements DatasetReader {

    private final String id;
    private final String label;
    private final List<String> extensions;

    protected VibspecReader(String id, String label, List<String> extensions) {
        this.id = id;
        this.label = label;
        this.extensions = List.copyOf(extensions);
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
    public final List<String> extensions() {
        return extensions;
    }

    @Override
    public List<ParameterSpec> options() {
        return SpectrumReaderOptions.specs();
    }
}
