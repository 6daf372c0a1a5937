package org.electrocat.io.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Throughput benchmark of {@link TextReader} (a main, not a unit test): writes a tab-separated
 * file of {@code rows} x 4 columns (time in s with 6 decimals, potential in V and current in mA
 * as {@code %.7E}, cycle number as an integer, i.e. an EC-Lab-like mix) under {@code /tmp}, then
 * parses it {@code repeats} times and prints rows/s and MB/s for each run, and the same for
 * {@link Double#parseDouble} on a slice of the cells as a yardstick.
 *
 * <p>Run after {@code mvn verify} from the repository root:
 * <pre>java -Xmx4g -cp bundles/org.electrocat.io/target/classes:bundles/org.electrocat.io/target/test-classes:\
 * bundles/org.electrocat.core/target/classes:bundles/org.electrocat.api/target/classes \
 * org.electrocat.io.text.ParseBench [rows=10000000] [repeats=3]</pre>
 */
public final class ParseBench {

    private ParseBench() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "electrocat-parsebench-" + rows + ".tsv");
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            write(file, rows);
            System.out.printf(Locale.ROOT, "wrote %s (%.1f MB) in %.1f s%n", file, Files.size(file) / 1e6,
                    (System.nanoTime() - t0) / 1e9);
        }
        double mb = Files.size(file) / 1e6;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            TextTable t = TextReader.read(file);
            double s = (System.nanoTime() - t0) / 1e9;
            if (t.rows() != rows || t.columns().size() != 4) {
                throw new IllegalStateException("read " + t.rows() + " rows x " + t.columns().size() + " columns");
            }
            System.out.printf(Locale.ROOT, "TextReader run %d: %.2f s, %.2f M rows/s, %.0f MB/s, %.1f M numbers/s%n",
                    r + 1, s, rows / s / 1e6, mb / s, 4.0 * rows / s / 1e6);
        }
        jdkYardstick(file);
    }

    private static void write(Path file, int rows) throws IOException {
        SplittableRandom rnd = new SplittableRandom(20240601);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write("time/s\tEwe/V\t<I>/mA\tcycle number\n");
            StringBuilder sb = new StringBuilder(96);
            for (int i = 0; i < rows; i++) {
                sb.setLength(0);
                sb.append(String.format(Locale.ROOT, "%.6f\t%.7E\t%.7E\t%d%n", i * 0.01, rnd.nextDouble(-1, 1.5),
                        rnd.nextDouble(-5, 5) * Math.pow(10, -rnd.nextInt(4)), 1 + i / 100_000));
                w.write(sb.toString());
            }
        }
    }

    /** Times Double.parseDouble on the first million lines' cells (split with String.split). */
    private static void jdkYardstick(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            String[][] cells = lines.skip(1).limit(1_000_000).map(l -> l.split("\t")).toArray(String[][]::new);
            for (int rep = 0; rep < 2; rep++) {
                long t0 = System.nanoTime();
                double sum = 0;
                for (String[] row : cells) {
                    for (String c : row) {
                        sum += Double.parseDouble(c);
                    }
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "Double.parseDouble alone: %.1f M numbers/s (checksum %.3g)%n",
                        4.0 * cells.length / s / 1e6, sum);
            }
        }
    }
}
