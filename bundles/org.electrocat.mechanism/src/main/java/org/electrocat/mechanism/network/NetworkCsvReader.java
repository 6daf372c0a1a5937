package org.electrocat.mechanism.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.DatasetReader;
import org.osgi.service.component.annotations.Component;

/**
 * Reads the CSV form of a reaction network ({@link NetworkCsvParser}) into one
 * {@link PathwayDatasets free-energy-pathway} dataset per catalyst site. Detected by a header line
 * holding the columns {@code catalyst}, {@code intermediate} and {@code type}.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=mechanism.network-csv",
        "electrocat.technique=mechanism"})
public final class NetworkCsvReader extends NetworkReader {

    /** Reader id. */
    public static final String ID = "mechanism.network-csv";

    public NetworkCsvReader() {
        super(ID, "Reaction network (CSV: catalyst, site, intermediate, type, G or dG)", List.of("csv"));
    }

    @Override
    ReactionNetwork parse(Path file) throws IOException {
        return NetworkCsvParser.parse(file);
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
}
