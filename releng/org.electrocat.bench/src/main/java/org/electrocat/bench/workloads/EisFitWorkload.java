package org.electrocat.bench.workloads;

import java.nio.file.Path;
import java.util.Arrays;
import org.electrocat.bench.BenchCase;
import org.electrocat.bench.Workload;
import org.electrocat.bench.inputs.EisSpectra;
import org.electrocat.bench.inputs.Inputs;
import org.electrocat.bench.inputs.RawArrays;
import org.electrocat.eis.circuit.Circuit;
import org.electrocat.eis.fit.CircuitFitter;
import org.electrocat.eis.spectrum.ImpedanceData;

/**
 * W2: complex nonlinear least-squares fits of R0-p(R1,CPE1) to every spectrum with eis's
 * {@link CircuitFitter} (modulus weighting, impedance.py's bounds: all ≥ 0, α ≤ 1; analytic
 * Jacobian; ftol = xtol = gtol = 1e-10), each from its own start. Checks: medians of the fitted
 * R0 (Ω), R1 (Ω), Q (F·s^(α−1)), α.
 */
public final class EisFitWorkload implements Workload {

    private ImpedanceData[] spectra;
    private double[][] starts;

    @Override
    public void load(Path dir, BenchCase c) throws Exception {
        int count = c.intParam("spectra");
        int n = c.intParam("freqs");
        double[] flat = RawArrays.read(Inputs.file(dir, c));
        double[] f = Arrays.copyOf(flat, n);
        spectra = new ImpedanceData[count];
        starts = new double[count][];
        for (int s = 0; s < count; s++) {
            int at = n + s * EisSpectra.stride(n);
            spectra[s] = ImpedanceData.of("spectrum " + s, f, Arrays.copyOfRange(flat, at, at + n),
                    Arrays.copyOfRange(flat, at + n, at + 2 * n));
            starts[s] = Arrays.copyOfRange(flat, at + 2 * n, at + 2 * n + 4);
        }
    }

    @Override
    public double[] run() {
        CircuitFitter fitter = CircuitFitter.builder(Circuit.parse("R0-p(R1,CPE1)")).build();
        double[][] found = new double[spectra.length][];
        for (int s = 0; s < spectra.length; s++) {
            found[s] = fitter.fit(spectra[s], starts[s]).parameters();
        }
        return Medians.of(found);
    }
}
