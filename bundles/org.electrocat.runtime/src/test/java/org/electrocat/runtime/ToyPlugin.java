package org.electrocat.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.api.Technique;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;

/** A minimal technique for runtime tests: "#toy" files of t,I pairs; an analysis integrating I dt. */
final class ToyPlugin {

    static final class ToyTechnique implements Technique {
        public String id() { return "toy"; }
        public String label() { return "Toy"; }
        public String version() { return "1.0"; }
        public String description() { return "test technique"; }
        public List<String> datasetKinds() { return List.of(DatasetKind.TIME_SERIES); }
    }

    static class ToyReader implements DatasetReader {
        public String id() { return "toy.text"; }
        public String label() { return "Toy text"; }
        public String technique() { return "toy"; }
        public String version() { return "1.0"; }
        public List<String> extensions() { return List.of("toy"); }

        public double detect(Path file, byte[] head) {
            return new String(head, StandardCharsets.US_ASCII).startsWith("#toy") ? 1 : 0;
        }

        public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
            List<String> lines = Files.readAllLines(file);
            double[] t = new double[lines.size() - 1];
            double[] i = new double[lines.size() - 1];
            for (int k = 1; k < lines.size(); k++) {
                String[] p = lines.get(k).split(",");
                try {
                    t[k - 1] = Double.parseDouble(p[0]);
                    i[k - 1] = Double.parseDouble(p[1]);
                } catch (RuntimeException e) {
                    throw new FormatException(file, k + 1, "I", "not a number pair: " + lines.get(k));
                }
            }
            return List.of(Dataset.builder("toy", DatasetKind.TIME_SERIES).column("t", Units.SECOND, t)
                    .column("I", Units.AMPERE, i).provenance(Provenance.ofFile(file, id(), version())).build());
        }
    }

    static final class ToyCharge implements Analysis {
        public String id() { return "toy.charge"; }
        public String label() { return "Charge"; }
        public String technique() { return "toy"; }
        public String version() { return "1.0"; }
        public String description() { return "trapezoid integral of I dt"; }
        public List<String> inputKinds() { return List.of(DatasetKind.TIME_SERIES); }

        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.number("scale", "Scale", "1", 1.0, "multiplier").range(0, 10));
        }

        public Result run(AnalysisContext c) {
            Dataset d = c.single();
            double[] t = d.require("t").array();
            double[] i = d.require("I").array();
            double q = 0;
            for (int k = 1; k < t.length; k++) {
                q += 0.5 * (i[k] + i[k - 1]) * (t[k] - t[k - 1]);
            }
            return Result.builder(this, c).value("q", "Charge", Quantity.of(q * c.parameters().number("scale"),
                    Units.COULOMB)).build();
        }
    }

    private ToyPlugin() {
    }

    static PluginRegistry registry() {
        return new PluginRegistry().add(new ToyTechnique()).add(new ToyReader()).add(new ToyCharge());
    }
}
