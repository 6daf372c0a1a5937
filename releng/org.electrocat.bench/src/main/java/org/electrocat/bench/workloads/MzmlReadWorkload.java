package org.electrocat.bench.workloads;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.bench.BenchCase;
import org.electrocat.bench.Workload;
import org.electrocat.bench.inputs.Inputs;
import org.electrocat.core.model.Dataset;
import org.electrocat.ms.io.MzmlReader;

/**
 * W6b: reads every spectrum of an mzML file (StAX through the XXE-safe factory, base64 + zlib
 * decoding, one dataset per spectrum with its metadata) with ms's {@link MzmlReader}. Checks:
 * number of spectra, Σ m/z, Σ intensity.
 */
public final class MzmlReadWorkload implements Workload {

    private final MzmlReader reader = new MzmlReader();
    private Path file;
    private Parameters options;

    @Override
    public void load(Path dir, BenchCase c) {
        file = Inputs.file(dir, c);
        options = Parameters.resolve("reader", reader.options(), Map.of());
    }

    @Override
    public double[] run() throws Exception {
        List<Dataset> spectra = reader.read(file, options, ProgressMonitor.NONE);
        double mz = 0;
        double intensity = 0;
        for (Dataset d : spectra) {
            for (double v : d.require("m/z").array()) {
                mz += v;
            }
            for (double v : d.require("intensity").array()) {
                intensity += v;
            }
        }
        return new double[] {spectra.size(), mz, intensity};
    }
}
