package org.electrocat.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz smoke: {@code fuzz.iterations} (default 150, see docs/reliability.md) mutated inputs per
 * reader, derived by {@link Mutator} from the sample files. Fails on any bug (see
 * {@link ReadHarness}) and writes the minimized input of each distinct bug to
 * {@code target/fuzz-crashes/<reader>/} so it can be added to the regression corpus. Bugs still open
 * in bundles this test may not change are listed in {@code open-bugs.txt} and reported, not failed.
 */
class ReaderFuzzTest {

    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 150);
    private static final long SEED = Long.getLong("fuzz.seed", 20261125L);

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyReaderSurvivesMutatedInputs() {
        return FuzzTarget.all().stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> fuzz(t)));
    }

    private void fuzz(FuzzTarget target) throws IOException {
        Assumptions.assumeFalse(target.seeds().isEmpty(), "no seed files for " + target.name() + " (../shared/data absent?)");
        List<byte[]> seeds = target.seedBytes();
        List<String> open = OpenBugs.list();
        Map<String, byte[]> bugs = new LinkedHashMap<>();
        Map<String, Throwable> errors = new LinkedHashMap<>();
        Mutator mutator = new Mutator(SEED ^ target.name().hashCode());
        int refused = 0;
        long t0 = System.nanoTime();
        try (ReadHarness h = new ReadHarness(tmp)) {
            for (byte[] s : seeds) { // the seeds themselves must read
                ReadHarness.Outcome o = h.run(target, s);
                assertTrue(!o.isBug() && o.error() == null, () -> target.name() + " cannot read its seed: " + o.bug() + " " + o.error());
            }
            for (int i = 0; i < ITERATIONS; i++) {
                byte[] input = mutator.mutate(seeds.get(i % seeds.size()));
                ReadHarness.Outcome o = h.run(target, input);
                if (o.error() != null && !o.isBug()) {
                    refused++;
                }
                if (o.isBug() && !bugs.containsKey(o.bug())) {
                    byte[] small = o.bug().startsWith("hang") ? input : Minimizer.minimize(h, target, input, o.bug());
                    bugs.put(o.bug(), small);
                    errors.put(o.bug(), o.error());
                }
            }
        }
        System.out.printf("fuzz %-22s %6d inputs, %5d refused with FormatException/IOException, %d distinct bugs, %.1f s%n",
                target.name(), ITERATIONS, refused, bugs.size(), (System.nanoTime() - t0) / 1e9);
        StringBuilder report = new StringBuilder();
        Path crashDir = Paths.get(System.getProperty("fuzz.crashDir", "target/fuzz-crashes")).resolve(target.name());
        int n = 0;
        for (Map.Entry<String, byte[]> b : bugs.entrySet()) {
            Files.createDirectories(crashDir);
            Path saved = crashDir.resolve("crash-" + Integer.toHexString(b.getKey().hashCode()) + "." + target.extension());
            Files.write(saved, b.getValue());
            boolean known = open.stream().anyMatch(k -> b.getKey().contains(k));
            System.out.println("  " + (known ? "OPEN (listed) " : "BUG ") + b.getKey() + " -> " + saved + " (" + b.getValue().length + " bytes)");
            if (!known) {
                n++;
                report.append(b.getKey()).append(" -> ").append(saved).append('\n').append(trace(errors.get(b.getKey())));
            }
        }
        if (n > 0) {
            fail(target.name() + ": " + n + " bug(s) on mutated input:\n" + report);
        }
    }

    private static String trace(Throwable t) {
        if (t == null) {
            return "";
        }
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String[] lines = w.toString().split("\n");
        return String.join("\n", Arrays.copyOf(lines, Math.min(lines.length, 12))) + "\n";
    }
}
