package org.electrocat.bench.inputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.electrocat.bench.BenchCase;

/**
 * Writes every input of a run once into a work folder, where both ElectroCat's workloads and the
 * Python references read it (so the two sides always see identical data). Files are named by their
 * sizes and kept between runs: a second run reuses them. Each generator is deterministic (fixed
 * seeds), and numpy is not needed to make them, so a machine without scipy still runs ElectroCat's
 * side.
 */
public final class Inputs {

    private Inputs() {
    }

    /** The input file of a case (for W7, which reads none, a name that is never created). */
    public static Path file(Path dir, BenchCase c) {
        return switch (c.id().substring(0, 2)) {
            case "W1" -> dir.resolve("ftacv-" + c.param("n") + ".f64");
            case "W2" -> dir.resolve("eis-" + c.param("spectra") + "x" + c.param("freqs") + ".f64");
            case "W3" -> dir.resolve("arpls-" + c.param("spectra") + "x" + c.param("points") + ".f64");
            case "W4" -> dir.resolve("isotopes-" + c.param("elements") + ".tsv");
            case "W5" -> dir.resolve("xps-" + c.param("spectra") + "x" + c.param("points") + ".f64");
            case "W6" -> c.id().equals("W6a") ? dir.resolve("biologic-" + c.param("rows") + ".mpt")
                    : dir.resolve("spectra-" + c.param("mb") + "MB-" + c.param("points") + ".mzML");
            default -> dir.resolve(c.id() + ".none");
        };
    }

    /** Writes the inputs of these cases that are not already in {@code dir}. */
    public static void prepare(Path dir, List<BenchCase> cases) throws IOException {
        Files.createDirectories(dir);
        for (BenchCase c : cases) {
            Path f = file(dir, c);
            if (Files.exists(f) || f.toString().endsWith(".none")) {
                continue;
            }
            long t0 = System.nanoTime();
            switch (c.id().substring(0, 2)) {
                case "W1" -> RawArrays.write(f, ftacvRecord(c.intParam("n"), Double.parseDouble(c.param("dt")),
                        Double.parseDouble(c.param("f0"))));
                case "W2" -> RawArrays.write(f, EisSpectra.generate(c.intParam("spectra"), c.intParam("freqs")));
                case "W3" -> RawArrays.write(f, ramanSpectra(c.intParam("spectra"), c.intParam("points")));
                case "W4" -> IsotopeInput.write(f, c.param("formula"));
                case "W5" -> RawArrays.write(f, XpsSpectra.generate(c.intParam("spectra"), c.intParam("points")));
                case "W6" -> {
                    if (c.id().equals("W6a")) {
                        MptWriter.write(f, c.intParam("rows"));
                    } else {
                        MzmlWriter.write(f, c.intParam("mb") * 1_000_000L, c.intParam("points"));
                    }
                }
                default -> throw new IllegalStateException("no input generator for " + c.id());
            }
            System.out.printf(java.util.Locale.ROOT, "input %s: %.1f MB in %.1f s%n", f.getFileName(),
                    Files.size(f) / 1e6, (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * An FTACV record (E then I, n samples each, sampling interval dt in s): a 0 → −1 V ramp under a
     * 0.1 V sine at f0 Hz, and a current with a 2e-4·ramp DC part, harmonics 1..6 of amplitudes
     * 1e-4, 3e-5, 1e-5, 4e-6, 2e-6, 1e-6 A (phase 0.3·(k − 1)) and 1e-7 A Gaussian noise.
     */
    static double[][] ftacvRecord(int n, double dt, double f0) {
        double[] amps = {1e-4, 3e-5, 1e-5, 4e-6, 2e-6, 1e-6};
        double[] e = new double[n];
        double[] i = new double[n];
        SplittableRandom rnd = new SplittableRandom(7);
        double span = n * dt;
        for (int s = 0; s < n; s++) {
            double t = s * dt;
            double ramp = -t / span;
            e[s] = ramp + 0.1 * Math.sin(2 * Math.PI * f0 * t);
            double v = 2e-4 * ramp;
            for (int k = 0; k < amps.length; k++) {
                v += amps[k] * Math.cos(2 * Math.PI * (k + 1) * f0 * t + 0.3 * k);
            }
            i[s] = v + 1e-7 * rnd.nextGaussian();
        }
        return new double[][] {e, i};
    }

    /**
     * Raman-like spectra (rows of n points): a smooth background 200 + 80x + 60(x − 0.3)² + 30e^(−3x)
     * on x ∈ [0, 1], five Lorentzian bands whose centres and widths vary with the row, and a
     * deterministic ripple standing in for noise.
     */
    static double[][] ramanSpectra(int m, int n) {
        double[][] out = new double[m][n];
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < n; i++) {
                double x = i / (double) (n - 1);
                double v = 200 + 80 * x + 60 * (x - 0.3) * (x - 0.3) + 30 * Math.exp(-3 * x)
                        + 0.8 * Math.sin(12.9898 * (i + k)) + 0.5 * Math.cos(78.233 * (i + 3 * k));
                for (int j = 0; j < 5; j++) {
                    double c = 0.1 + 0.18 * j + 0.01 * Math.sin(k + j);
                    double hw = (0.004 + 0.002 * ((k + j) % 3)) / 2;
                    v += (300 + 50 * j) * hw * hw / ((x - c) * (x - c) + hw * hw);
                }
                out[k][i] = v;
            }
        }
        return out;
    }
}
