package org.electrocat.mechanism.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.mechanism.MechanismTechnique;
import org.osgi.service.component.annotations.Component;

/**
 * Reads a reaction network in YAML ({@link NetworkYamlParser}) into one {@link PathwayDatasets
 * free-energy-pathway} dataset per catalyst site. Detected by the line
 * {@code format: electrocat.reaction-network} near the top of the file.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=mechanism.network-yaml",
        "electrocat.technique=mechanism"})
public final class NetworkYamlReader implements DatasetReader {

    /** Reader id. */
    public static final String ID = "mechanism.network-yaml";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Reaction network (ElectroCat YAML)";
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
        return List.of("yaml", "yml");
    }

    @Override
    public double detect(Path file, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return text.matches("(?s).*(^|\\n)format:\\s*[\"']?" + java.util.regex.Pattern.quote(NetworkYamlParser.FORMAT)
                + "[\"']?\\s*(\\r?\\n|#|$).*") ? 0.95 : 0;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        ReactionNetwork network = NetworkYamlParser.parse(file);
        return PathwayDatasets.of(network, Provenance.ofFile(file, ID, version()));
    }
}
