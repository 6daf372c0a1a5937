package org.electrocat.mechanism.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.mechanism.MechanismTechnique;

/**
 * What the reaction-network readers share: identity, technique and version, and turning the parsed
 * {@link ReactionNetwork} into one dataset per pathway with the file's SHA-256 in the provenance.
 */
abstract class NetworkReader implements DatasetReader {

    private final String id;
    private final String label;
    private final List<String> extensions;

    NetworkReader(String id, String label, List<String> extensions) {
        this.id = id;
        this.label = label;
        this.extensions = extensions;
    }

    /** Parses the file, failing with a FormatException that names file, line and field. */
    abstract ReactionNetwork parse(Path file) throws IOException;

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String technique() {
        return MechanismTechnique.ID;
    }

    @Override
    public String version() {
        return MechanismTechnique.VERSION;
    }

    @Override
    public List<String> extensions() {
        return extensions;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        ReactionNetwork network = parse(file);
        return PathwayDatasets.of(network, Provenance.ofFile(file, id, version()));
    }
}
