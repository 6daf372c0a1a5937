package org.electrocat.mechanism.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.electrocat.api.DatasetReader;
import org.osgi.service.component.annotations.Component;

/**
 * Reads a reaction network in YAML ({@link NetworkYamlParser}) into one {@link PathwayDatasets
 * free-energy-pathway} dataset per catalyst site. Detected by the line
 * {@code format: electrocat.reaction-network} near the top of the file.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=mechanism.network-yaml",
        "electrocat.technique=mechanism"})
public final class NetworkYamlReader extends NetworkReader {

    /** Reader id. */
    public static final String ID = "mechanism.network-yaml";

    private static final Pattern FORMAT_LINE = Pattern.compile("(?m)^format:\\s*[\"']?"
            + Pattern.quote(NetworkYamlParser.FORMAT) + "[\"']?\\s*(#.*)?$");

    public NetworkYamlReader() {
        super(ID, "Reaction network (ElectroCat YAML)", List.of("yaml", "yml"));
    }

    @Override
    ReactionNetwork parse(Path file) throws IOException {
        return NetworkYamlParser.parse(file);
    }

    @Override
    public double detect(Path file, byte[] head) {
        return FORMAT_LINE.matcher(new String(head, StandardCharsets.UTF_8)).find() ? 0.95 : 0;
    }
}
