package org.electrocat.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Times whole processes (W7) with GNU time ({@code /usr/bin/time -f "%e %U %S %M"}): wall seconds,
 * CPU seconds (user + system, all threads and children) and the maximum resident set size. Without
 * /usr/bin/time only the wall time is known.
 */
public final class ProcessTimer {

    /** GNU time, when installed. */
    static final Path GNU_TIME = Path.of("/usr/bin/time");

    /**
     * One timed process.
     *
     * @param wall  wall seconds
     * @param cpu   user + system CPU seconds (NaN without GNU time)
     * @param rssKb maximum resident set size, KB (-1 without GNU time)
     * @param ok    exit status 0
     * @param output what it printed (stdout and stderr)
     */
    public record Sample(double wall, double cpu, long rssKb, boolean ok, String output) {
    }

    private ProcessTimer() {
    }

    /** Runs {@code command} with extra environment variables and times it. */
    public static Sample time(List<String> command, Map<String, String> env, Path workDir)
            throws IOException, InterruptedException {
        Path stats = Files.createTempFile("electrocat-time", ".txt");
        Path out = Files.createTempFile("electrocat-out", ".txt");
        try {
            List<String> cmd = new ArrayList<>();
            boolean gnu = Files.isExecutable(GNU_TIME);
            if (gnu) {
                cmd.addAll(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", stats.toString()));
            }
            cmd.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile());
            pb.environment().putAll(env);
            long t0 = System.nanoTime();
            int status = pb.start().waitFor();
            double wall = (System.nanoTime() - t0) / 1e9;
            String printed = Files.readString(out);
            if (!gnu) {
                return new Sample(wall, Double.NaN, -1, status == 0, printed);
            }
            String[] f = Files.readAllLines(stats).stream().filter(l -> l.matches("[0-9. ]+")).findFirst()
                    .orElse("").trim().split("\\s+");
            if (f.length < 4) {
                return new Sample(wall, Double.NaN, -1, status == 0, printed);
            }
            return new Sample(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
                    Long.parseLong(f[3]), status == 0, printed);
        } finally {
            Files.deleteIfExists(stats);
            Files.deleteIfExists(out);
        }
    }
}
