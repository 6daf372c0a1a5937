package org.electrocat.mechanism.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.mechanism.MechanismTechnique;
import org.osgi.service.component.annotations.Component;

/**
 * Reads the CSV form of a reaction network ({@link NetworkCsvParser}) into one
 * {@link PathwayDatasets free-energy-pathway} dataset per catalyst site. Detected by a header line
 * holding the columns {@code catalyst}, {@code intermediate} and {@code type}.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=mechanism.network-csv",
        "electrocat.technique=mechanism"})
public final class NetworkCsvReader implements DatasetReader {

    /** Reader id. */
    public static final String ID = "mechanism.network-csv";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Reaction network (CSV: catalyst, site, intermediate, type, G)";
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
        return List.of("csv");
    }

    @Override
    public double detect(Path file, byte[] head) {
        for (String line : new String(head, StandardCharsets.UTF_8).split("\\r?\\n")) {
            String l = line.strip().toLowerCase(Locale.ROOT);
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(l.replace("\"", "").split("\\s*,\\s*"));
            return cells.contains("catalyst") && cells.contains("intermediate") && cells.contains("type") ? 0.9 : 0;
        }
        return 0;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        ReactionNetwork network = NetworkCsvParser.parse(file);
        return PathwayDatasets.of(network, Provenance.ofFile(file, ID, version()));
    }
}
