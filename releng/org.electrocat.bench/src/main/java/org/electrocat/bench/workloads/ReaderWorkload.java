package org.electrocat.bench.workloads;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.bench.BenchCase;
import org.electrocat.bench.Workload;
import org.electrocat.bench.inputs.Inputs;
import org.electrocat.core.model.Dataset;

/**
 * W6: reading a file with one of ElectroCat's {@link DatasetReader}s (default options), the whole
 * of what the reader does, provenance checksum included; the subclass says what to check.
 */
abstract class ReaderWorkload implements Workload {

    private final DatasetReader reader;
    private Path file;
    private Parameters options;

    ReaderWorkload(DatasetReader reader) {
        this.reader = reader;
    }

    @Override
    public final void load(Path dir, BenchCase c) {
        file = Inputs.file(dir, c);
        options = Parameters.resolve("reader", reader.options(), Map.of());
    }

    @Override
    public final double[] run() throws Exception {
        return checks(reader.read(file, options, ProgressMonitor.NONE));
    }

    /** The check values of what the reader returned. */
    abstract double[] checks(List<Dataset> datasets);

    /** Σ of an array. */
    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
