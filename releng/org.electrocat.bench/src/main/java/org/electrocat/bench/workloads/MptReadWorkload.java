package org.electrocat.bench.workloads;

import java.util.List;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.units.Units;
import org.electrocat.echem.io.BioLogicMptReader;

/**
 * W6a: reads a BioLogic .mpt export into a dataset (every column, with units, reference scale and
 * provenance) with echem's {@link BioLogicMptReader}. Checks: rows, Σ time (s), Σ I (mA).
 */
public final class MptReadWorkload extends ReaderWorkload {

    public MptReadWorkload() {
        super(new BioLogicMptReader());
    }

    @Override
    double[] checks(List<Dataset> datasets) {
        Dataset d = datasets.get(0);
        return new double[] {d.rows(), sum(d.require("time").valuesIn(Units.SECOND)),
            sum(d.require("I").valuesIn(Units.MILLIAMPERE))};
    }
}
