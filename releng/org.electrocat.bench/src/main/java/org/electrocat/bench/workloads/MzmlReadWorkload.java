package org.electrocat.bench.workloads;

import java.util.List;
import org.electrocat.core.model.Dataset;
import org.electrocat.ms.io.MzmlReader;

/**
 * W6b: reads every spectrum of an mzML file (StAX through the XXE-safe factory, base64 + zlib
 * decoding, one dataset per spectrum with its metadata) with ms's {@link MzmlReader}. Checks:
 * number of spectra, Σ m/z, Σ intensity.
 */
public final class MzmlReadWorkload extends ReaderWorkload {

    public MzmlReadWorkload() {
        super(new MzmlReader());
    }

    @Override
    double[] checks(List<Dataset> spectra) {
        double mz = 0;
        double intensity = 0;
        for (Dataset d : spectra) {
            mz += sum(d.require("m/z").array());
            intensity += sum(d.require("intensity").array());
        }
        return new double[] {spectra.size(), mz, intensity};
    }
}
