package org.electrocat.eis.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.electrocat.eis.circuit.Circuit;
import org.electrocat.eis.fit.CircuitFit;
import org.electrocat.eis.fit.CircuitFitter;
import org.electrocat.eis.spectrum.ImpedanceData;

/**
 * Benchmark (a), a main and not a unit test: fits R0-p(R1,CPE1) (modulus weighting, default
 * bounds, one start: the common initial guess) to the spectra written by
 * {@code bench/fit_bench.py}, which times scipy.optimize.least_squares on the same data in the same
 * session. Prints the time of the first pass (cold JIT) and the best of {@code repeats} passes, and
 * how far the parameters are from scipy's (analytic-Jacobian) solution. Run with
 * {@code bench/run-benchmarks.sh}.
 */
public final class FitBench {

    private FitBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/electrocat-eis-fitbench.bin");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int count = b.getInt();
        int n = b.getInt();
        double[] f = read(b, n);
        ImpedanceData[] spectra = new ImpedanceData[count];
        double[][] start = new double[count][];
        double[][] truth = new double[count][];
        for (int s = 0; s < count; s++) {
            double[] re = read(b, n);
            double[] im = read(b, n);
            start[s] = read(b, 4);
            truth[s] = read(b, 4);
            spectra[s] = ImpedanceData.of("s" + s, f, re, im);
        }
        CircuitFitter fitter = CircuitFitter.builder(Circuit.parse("R0-p(R1,CPE1)")).build();
        double[][] x = new double[count][];
        int[] notConverged = new int[1];
        Repeats t = Repeats.run(repeats, () -> {
            notConverged[0] = 0;
            for (int s = 0; s < count; s++) {
                CircuitFit fit = fitter.fit(spectra[s], start[s]);
                x[s] = fit.parameters();
                notConverged[0] += fit.converged() ? 0 : 1;
            }
        });
        double[] err = new double[4];
        for (int j = 0; j < 4; j++) {
            double[] e = new double[count];
            for (int s = 0; s < count; s++) {
                e[s] = Math.abs(x[s][j] / truth[s][j] - 1);
            }
            java.util.Arrays.sort(e);
            err[j] = e[count / 2];
        }
        System.out.printf(Locale.ROOT, "java  %d fits: first pass %.3f s, best of %d %.3f s (%.3f ms/fit); %d not"
                + " converged%n", count, t.first, repeats, t.best, 1e3 * t.best / count, notConverged[0]);
        System.out.printf(Locale.ROOT, "java  median |p/p_true - 1|: %.2e %.2e %.2e %.2e%n", err[0], err[1], err[2],
                err[3]);
        Path scipy = Path.of(file + ".scipy.npy");
        if (Files.exists(scipy)) {
            double[] sx = npy(scipy, count * 4);
            double worst = 0;
            for (int s = 0; s < count; s++) {
                for (int j = 0; j < 4; j++) {
                    worst = Math.max(worst, Math.abs(x[s][j] / sx[4 * s + j] - 1));
                }
            }
            System.out.printf(Locale.ROOT, "java vs scipy: largest relative parameter difference %.2e%n", worst);
        }
        t.printCpu();
    }

    private static double[] read(ByteBuffer b, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = b.getDouble();
        }
        return a;
    }

    /** The float64 payload of a version-1 .npy file written by numpy.save. */
    private static double[] npy(Path p, int expected) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
        b.position(8);
        int header = b.getShort() & 0xffff;
        b.position(10 + header);
        return read(b, expected);
    }
}
