package org.electrocat.vibspec.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.stream.IntStream;
import org.electrocat.vibspec.process.baseline.BaselineResult;
import org.electrocat.vibspec.process.baseline.PenalizedBaselines;

/**
 * Benchmark (a main, not a test): arPLS (lam 1e5, diff_order 2, max_iter 50, tol 1e-3) on SPECTRA
 * synthetic spectra of POINTS points, in Java on the shared banded Cholesky solver, then the same
 * algorithm in numpy with scipy.linalg.solve_banded (src/test/python/arpls_bench.py, pybaselines'
 * loop) in the same session on the same spectra; prints both times, the ratio, and whether the two
 * checksums (sum of every baseline) and iteration counts agree.
 *
 * <p>Run after {@code ./mvnw -B -q -o -DskipTests package} (test classes compiled by
 * {@code ./mvnw -o test-compile} or a normal build):
 * <pre>
 * java -cp bundles/org.electrocat.vibspec/target/classes:bundles/org.electrocat.vibspec/target/test-classes:\
 *   bundles/org.electrocat.math/target/classes org.electrocat.vibspec.bench.ArplsBench [SPECTRA [POINTS]]
 * </pre>
 * Defaults: 1000 spectra × 2048 points. The ratio is taken single-threaded on both sides (numpy's loop
 * is single-threaded); a second Java run spreads the spectra over all cores. A warm-up pass of 50
 * spectra precedes the timed Java run so the JIT has compiled the loops.
 */
public final class ArplsBench {

    private ArplsBench() {
    }

    /** Spectrum k: the formula of arpls_bench.py. */
    static double[] spectrum(int k, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double x = i / (double) (n - 1);
            double v = 200 + 80 * x + 60 * (x - 0.3) * (x - 0.3) + 30 * Math.exp(-3 * x)
                    + 0.8 * Math.sin(12.9898 * (i + k)) + 0.5 * Math.cos(78.233 * (i + 3 * k));
            for (int j = 0; j < 5; j++) {
                double c = 0.1 + 0.18 * j + 0.01 * Math.sin(k + j);
                double w = 0.004 + 0.002 * ((k + j) % 3);
                v += (300 + 50 * j) * (w / 2) * (w / 2) / ((x - c) * (x - c) + (w / 2) * (w / 2));
            }
            y[i] = v;
        }
        return y;
    }

    public static void main(String[] args) throws Exception {
        int m = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2048;
        double[][] data = new double[m][];
        for (int k = 0; k < m; k++) {
            data[k] = spectrum(k, n);
        }
        PenalizedBaselines arpls = new PenalizedBaselines(n, 1e5, 2);
        for (int k = 0; k < Math.min(m, 50); k++) {
            arpls.arpls(data[k], 50, 1e-3);
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        double total = 0;
        long iterations = 0;
        for (double[] y : data) {
            BaselineResult r = arpls.arpls(y, 50, 1e-3);
            for (double v : r.baseline()) {
                total += v;
            }
            iterations += r.iterations();
        }
        double java = (System.nanoTime() - t0) / 1e9;
        double javaCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "Java arPLS:  %d x %d in %.3f s wall, %.3f s CPU (%.3f ms/spectrum, %d iterations, "
                + "checksum %.10e)%n", m, n, java, javaCpu, 1e3 * javaCpu / m, iterations, total);

        int threads = Runtime.getRuntime().availableProcessors();
        long t1 = System.nanoTime();
        ThreadLocal<PenalizedBaselines> local = ThreadLocal.withInitial(() -> new PenalizedBaselines(n, 1e5, 2));
        double parallelTotal = IntStream.range(0, m).parallel()
                .mapToDouble(k -> sum(local.get().arpls(data[k], 50, 1e-3).baseline())).sum();
        double parallel = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "Java arPLS, %d threads: %.3f s (checksum %.10e)%n", threads, parallel,
                parallelTotal);

        Path script = Paths.get("bundles/org.electrocat.vibspec/src/test/python/arpls_bench.py");
        if (!Files.exists(script)) {
            script = Paths.get("src/test/python/arpls_bench.py");
        }
        ProcessBuilder pb = new ProcessBuilder("python3", script.toString(), String.valueOf(m), String.valueOf(n))
                .redirectErrorStream(true);
        // one thread for LAPACK too, so the comparison is single-threaded on both sides
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.environment().put("OPENBLAS_NUM_THREADS", "1");
        pb.environment().put("MKL_NUM_THREADS", "1");
        Process p = pb.start();
        String line;
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
            }
        }
        if (p.waitFor() != 0) {
            System.out.println("numpy run failed:\n" + out);
            return;
        }
        String[] f = out.toString().trim().split("\\s+");
        double numpy = Double.parseDouble(f[0]);
        double numpyTotal = Double.parseDouble(f[1]);
        long numpyIterations = Long.parseLong(f[2]);
        double numpyCpu = Double.parseDouble(f[3]);
        System.out.printf(Locale.ROOT, "numpy/scipy: %d x %d in %.3f s wall, %.3f s CPU (%.3f ms/spectrum, %d iterations, "
                + "checksum %.10e)%n", m, n, numpy, numpyCpu, 1e3 * numpyCpu / m, numpyIterations, numpyTotal);
        System.out.printf(Locale.ROOT, "ratio numpy/Java = %.1f in CPU time, %.1f in wall time single-threaded (%.1f "
                + "with %d threads); checksums differ by %.2e relative; iterations %s%n", numpyCpu / javaCpu,
                numpy / java, numpy / parallel, threads, Math.abs(total - numpyTotal) / Math.abs(numpyTotal),
                iterations == numpyIterations ? "agree" : "differ");
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }
}
