package org.electrocat.tests.toy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Units;
import org.osgi.service.component.annotations.Component;

/** Reads "#toy" files: a magic line, then "seconds,amperes" lines. */
@Component(service = DatasetReader.class, property = {"electrocat.id=toy.text", "electrocat.technique=toy"})
public final class ToyReader implements DatasetReader {
    @Override
    public String id() {
        return "toy.text";
    }

    @Override
    public String label() {
        return "Toy text (#toy)";
    }

    @Override
    public String technique() {
        return "toy";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<String> extensions() {
        return List.of("toy");
    }

    @Override
    public double detect(Path file, byte[] head) {
        return new String(head, StandardCharsets.US_ASCII).startsWith("#toy") ? 1 : 0;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        double[] t = new double[lines.size() - 1];
        double[] i = new double[lines.size() - 1];
        for (int k = 1; k < lines.size(); k++) {
            String[] p = lines.get(k).split(",");
            try {
                t[k - 1] = Double.parseDouble(p[0]);
                i[k - 1] = Double.parseDouble(p[1]);
            } catch (RuntimeException e) {
                throw new FormatException(file, k + 1, "current", "expected 'seconds,amperes', found '" + lines.get(k) + "'");
            }
        }
        return List.of(Dataset.builder(file.getFileName().toString(), DatasetKind.TIME_SERIES)
                .column("t", Units.SECOND, t).column("I", Units.AMPERE, i)
                .provenance(Provenance.ofFile(file, id(), version())).build());
    }
}
