package org.electrocat.bench.workloads;

import java.nio.file.Path;
import java.util.Map;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.bench.BenchCase;
import org.electrocat.bench.Workload;
import org.electrocat.bench.inputs.Inputs;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.units.Units;
import org.electrocat.echem.io.BioLogicMptReader;

/**
 * W6a: reads a BioLogic .mpt export into a dataset (every column, with units, reference scale and
 * provenance) with echem's {@link BioLogicMptReader}. Checks: rows, Σ time (s), Σ I (mA).
 */
public final class MptReadWorkload implements Workload {

    private final BioLogicMptReader reader = new BioLogicMptReader();
    private Path file;
    private Parameters options;

    @Override
    public void load(Path dir, BenchCase c) {
        file = Inputs.file(dir, c);
        options = Parameters.resolve("reader", reader.options(), Map.of());
    }

    @Override
    public double[] run() throws Exception {
        Dataset d = reader.read(file, options, ProgressMonitor.NONE).get(0);
        double t = 0;
        for (double v : d.require("time").valuesIn(Units.SECOND)) {
            t += v;
        }
        double i = 0;
        for (double v : d.require("I").valuesIn(Units.MILLIAMPERE)) {
            i += v;
        }
        return new double[] {d.rows(), t, i};
    }
}
