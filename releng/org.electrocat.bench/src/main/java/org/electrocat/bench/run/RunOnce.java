package org.electrocat.bench.run;

import java.nio.file.Path;
import org.electrocat.bench.BenchCase;
import org.electrocat.bench.Cases;
import org.electrocat.bench.Workload;
import org.electrocat.bench.jmh.CheckValues;
import org.electrocat.bench.jmh.WorkloadBenchmark;

/**
 * Loads one case and runs it once in this JVM, printing {@code check <values>}: what
 * {@link HeapProbe} starts under decreasing -Xmx to find the smallest heap a workload runs in.
 * Exit status 0 when it ran, 3 on OutOfMemoryError, 1 on any other failure.
 *
 * <p>Usage: {@code RunOnce CASE DIR [smoke [RUNS]]}. With RUNS &gt; 1 it repeats the run, which is how to
 * profile a workload: {@code java -XX:StartFlightRecording=filename=w.jfr,settings=profile -cp ...
 * org.electrocat.bench.run.RunOnce W6b /tmp/electrocat-bench false 20}, then {@code jfr print}.
 */
public final class RunOnce {

    private RunOnce() {
    }

    public static void main(String[] args) {
        try {
            BenchCase c = Cases.find(args[0], args.length > 2 && Boolean.parseBoolean(args[2]));
            Workload w = WorkloadBenchmark.instantiate(c);
            w.load(Path.of(args[1]), c);
            int runs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
            double[] checks = null;
            for (int i = 0; i < runs; i++) {
                checks = w.run();
            }
            System.out.println("check " + CheckValues.format(checks));
        } catch (OutOfMemoryError e) {
            System.out.println("oom");
            System.exit(3);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
