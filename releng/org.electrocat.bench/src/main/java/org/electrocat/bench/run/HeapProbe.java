package org.electrocat.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Peak memory of a JVM workload as the smallest maximum heap (-Xmx, MB) it completes in: bisection
 * on a log scale between a heap that fails and one that works, to a given relative resolution. A
 * run counts as failed when it exits non-zero (OutOfMemoryError) or takes longer than the time limit
 * (a heap so tight that the collector thrashes is of no use either). The result is comparable to a
 * peak of live data plus the headroom the default collector (G1) needs, which is what a user has to
 * give the JVM.
 */
public final class HeapProbe {

    /**
     * What the search found.
     *
     * @param minHeapMb smallest -Xmx that worked, MB (-1 when even the largest tried failed)
     * @param failedMb  largest -Xmx that failed, MB
     * @param probes    number of runs
     * @param firstOutput output of the first successful run (its check values)
     */
    public record Outcome(int minHeapMb, int failedMb, int probes, String firstOutput) {
    }

    private HeapProbe() {
    }

    /**
     * Searches the smallest heap.
     *
     * @param command    the process to run for a given -Xmx in MB
     * @param startMb    a heap expected to suffice (doubled up to 16 GB until one does)
     * @param resolution stop when the working heap is within this factor of the failing one (e.g. 1.1)
     * @param minMb      a heap assumed too small (e.g. 8)
     */
    public static Outcome search(IntFunction<ProcessBuilder> command, int startMb, double resolution, int minMb)
            throws IOException, InterruptedException {
        int hi = startMb;
        int probes = 0;
        String output = null;
        double limit = 0;
        while (output == null) {
            long t0 = System.nanoTime();
            probes++;
            output = run(command.apply(hi), 3600);
            if (output == null) {
                if (hi >= 16384) {
                    return new Outcome(-1, hi, probes, "");
                }
                hi *= 2;
            }
            // generous: the machine is shared, and a slower run is still a run
            limit = 30 + 5 * (System.nanoTime() - t0) / 1e9;
        }
        int lo = minMb;
        while (hi > resolution * lo && hi - lo > 1) {
            int mid = (int) Math.round(Math.sqrt((double) lo * hi));
            probes++;
            if (run(command.apply(mid), limit) != null) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return new Outcome(hi, lo, probes, output);
    }

    /** Output of the process when it exits 0 within the limit (s), else null. */
    static String run(ProcessBuilder pb, double limitSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("electrocat-heap-probe", ".txt");
        try {
            Process p = pb.redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor((long) (limitSeconds * 1000), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                return null;
            }
            return p.exitValue() == 0 ? Files.readString(out) : null;
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
