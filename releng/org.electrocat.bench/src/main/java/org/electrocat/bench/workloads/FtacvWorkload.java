package org.electrocat.bench.workloads;

import java.nio.file.Path;
import java.util.Arrays;
import org.electrocat.bench.BenchCase;
import org.electrocat.bench.Workload;
import org.electrocat.bench.inputs.Inputs;
import org.electrocat.bench.inputs.RawArrays;
import org.electrocat.eis.ftacv.BandWindow;
import org.electrocat.eis.ftacv.Ftacv;

/**
 * W1: FTACV harmonic analysis of one record with eis's {@link Ftacv#analyse} (one real FFT of the
 * current and one of the potential, any length; per band an exactly decimated inverse transform):
 * base frequency given, DC and harmonics 1..6 of the current, DC and first harmonic of the
 * potential, rectangular bands of width f/2, 4096 requested envelope points. Checks: median
 * envelope of harmonics 1 and 5 (A), median DC current (A).
 */
public final class FtacvWorkload implements Workload {

    private double[] e;
    private double[] i;
    private double dt;
    private Ftacv.Settings settings;

    @Override
    public void load(Path dir, BenchCase c) throws Exception {
        int n = c.intParam("n");
        double[] both = RawArrays.read(Inputs.file(dir, c));
        e = Arrays.copyOfRange(both, 0, n);
        i = Arrays.copyOfRange(both, n, 2 * n);
        dt = Double.parseDouble(c.param("dt"));
        settings = new Ftacv.Settings(Double.parseDouble(c.param("f0")), c.intParam("harmonics"), 0,
                BandWindow.RECTANGULAR, c.intParam("points"));
    }

    @Override
    public double[] run() {
        Ftacv.Harmonics h = Ftacv.analyse(i, e, dt, 0, settings);
        return new double[] {Medians.of(h.envelopes()[0]), Medians.of(h.envelopes()[4]), Medians.of(h.dcCurrent())};
    }
}
