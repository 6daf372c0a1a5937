package org.electrocat.echem.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.echem.analysis.ChronoamperometryAnalysis;
import org.electrocat.echem.io.BioLogicMptReader;

/**
 * Benchmark (not a test): writes an EC-Lab-style chronoamperometry export with N points (default
 * 10^7, 14 columns as EC-Lab writes them for CA) to /tmp once, then times reading it with
 * {@link BioLogicMptReader} and integrating it with {@code echem.ca}, three rounds.
 *
 * <p>Run: {@code java -Xmx8g -cp <classes> org.electrocat.echem.bench.CaReadBench [points] [file]}.
 * The current is I(t) = -(5 + 2/√(1+t)) mA plus a 3.7 Hz ripple, so the charge has the closed form
 * 5T + 4(√(1+T) − 1) mC (the ripple integrates to ~0 over whole periods).
 */
public final class CaReadBench {

    private static final String HEADER_COLUMNS = "mode\tox/red\terror\tcontrol changes\tNs changes\tcounter inc.\t"
            + "time/s\tcontrol/V\tEwe/V\tI/mA\tdQ/C\t(Q-Qo)/C\tI Range\tcycle number";
    private static final double DT = 0.01;

    private CaReadBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        Path file = Paths.get(args.length > 1 ? args[1] : "/tmp/electrocat-ca-bench-" + n + ".mpt");
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            write(file, n);
            System.out.printf(Locale.ROOT, "wrote %s: %d points, %.1f MB in %.1f s%n", file, n,
                    Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
        }
        BioLogicMptReader reader = new BioLogicMptReader();
        ChronoamperometryAnalysis ca = new ChronoamperometryAnalysis();
        Parameters ro = Parameters.resolve("reader", reader.options(), Map.of());
        Parameters po = Parameters.resolve("ca", ca.parameters(), Map.of());
        double[] readS = new double[3];
        double[] integS = new double[3];
        Result last = null;
        for (int round = 0; round < 3; round++) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            Dataset d = reader.read(file, ro, ProgressMonitor.NONE).get(0);
            long t1 = System.nanoTime();
            long c1 = cpuNanos();
            last = ca.run(AnalysisContext.of("bench", List.of(d), po));
            long t2 = System.nanoTime();
            readS[round] = (t1 - t0) / 1e9;
            integS[round] = (t2 - t1) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: read %.2f s wall, %.2f s CPU (%d rows x %d columns), integrate"
                    + " %.3f s%n", round + 1, readS[round], (c1 - c0) / 1e9, d.rows(), d.columns().size(), integS[round]);
        }
        double tEnd = (n - 1) * DT;
        double expected = (5 * tEnd + 4 * (Math.sqrt(1 + tEnd) - 1)) * 1e-3;
        System.out.printf(Locale.ROOT, "Q = %s (closed form %.9g C)%n", last.value("charge").orElseThrow().quantity(),
                expected);
        Arrays.sort(readS);
        Arrays.sort(integS);
        System.out.printf(Locale.ROOT, "best read %.2f s = %.0f MB/s; best integrate (incl. result curves) %.3f s%n",
                readS[0], Files.size(file) / 1e6 / readS[0], integS[0]);
    }

    /** CPU time of the whole process (all threads, including GC), so a busy machine distorts less. */
    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    private static void write(Path file, int n) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            String header = "EC-Lab ASCII FILE\nNb header lines : 6\n\nChronoamperometry / Chronocoulometry\n"
                    + "Reference electrode : Ag/AgCl (0.197 V)\n" + HEADER_COLUMNS + "\n";
            out.write(header.getBytes(StandardCharsets.ISO_8859_1));
            StringBuilder sb = new StringBuilder(256);
            double q = 0;
            double prev = 0;
            for (int i = 0; i < n; i++) {
                double t = i * DT;
                double ma = -(5 + 2 / Math.sqrt(1 + t)) + 0.05 * Math.sin(2 * Math.PI * 3.7 * t + 0.3);
                double dq = i == 0 ? 0 : 0.5 * (ma + prev) * 1e-3 * DT;
                q += dq;
                prev = ma;
                sb.setLength(0);
                sb.append("2\t1\t0\t").append(i == 0 ? 1 : 0).append("\t0\t0\t");
                sci(sb, t, 16).append('\t');
                sci(sb, -1.6, 8).append('\t');
                sci(sb, -1.6 + 1e-4 * Math.sin(t), 8).append('\t');
                sci(sb, ma, 16).append('\t');
                sci(sb, dq, 8).append('\t');
                sci(sb, q, 8).append("\t41\t");
                sci(sb, 1, 16).append('\n');
                for (int k = 0; k < sb.length(); k++) {
                    out.write(sb.charAt(k));
                }
            }
        }
    }

    /** EC-Lab's number style: d.dddE+00X with {@code digits} significant digits. */
    private static StringBuilder sci(StringBuilder sb, double v, int digits) {
        if (v == 0) {
            sb.append('0').append('.');
            for (int k = 1; k < digits; k++) {
                sb.append('0');
            }
            return sb.append("E+000");
        }
        if (v < 0) {
            sb.append('-');
            v = -v;
        }
        int e = (int) Math.floor(Math.log10(v));
        long m = Math.round(v / Math.pow(10, e - digits + 1));
        if (m >= (long) Math.pow(10, digits)) {
            m /= 10;
            e++;
        }
        String ds = Long.toString(m);
        sb.append(ds.charAt(0)).append('.').append(ds, 1, ds.length());
        sb.append('E').append(e < 0 ? '-' : '+');
        int ae = Math.abs(e);
        sb.append((char) ('0' + ae / 100)).append((char) ('0' + ae / 10 % 10)).append((char) ('0' + ae % 10));
        return sb;
    }
}
