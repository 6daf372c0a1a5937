package org.electrocat.bench.workloads;

import java.nio.file.Path;
import org.electrocat.bench.BenchCase;
import org.electrocat.bench.Workload;
import org.electrocat.bench.inputs.Inputs;
import org.electrocat.bench.inputs.RawArrays;
import org.electrocat.vibspec.process.baseline.BaselineResult;
import org.electrocat.vibspec.process.baseline.PenalizedBaselines;

/**
 * W3: arPLS baselines (Baek et al., Analyst 140 (2015) 250; pybaselines' rules: lam 1e5,
 * diff_order 2, max_iter 50, tol 1e-3) of every spectrum with vibspec's {@link PenalizedBaselines}
 * on the shared banded Cholesky solver. Checks: the sum of all baseline values and the total number
 * of reweighting iterations.
 */
public final class ArplsWorkload implements Workload {

    private double[][] spectra;

    @Override
    public void load(Path dir, BenchCase c) throws Exception {
        spectra = RawArrays.rows(RawArrays.read(Inputs.file(dir, c)), 0, c.intParam("spectra"), c.intParam("points"));
    }

    @Override
    public double[] run() {
        PenalizedBaselines arpls = new PenalizedBaselines(spectra[0].length, 1e5, 2);
        double sum = 0;
        long iterations = 0;
        for (double[] y : spectra) {
            BaselineResult r = arpls.arpls(y, 50, 1e-3);
            for (double v : r.baseline()) {
                sum += v;
            }
            iterations += r.iterations();
        }
        return new double[] {sum, iterations};
    }
}
