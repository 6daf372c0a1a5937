package org.electrocat.bench.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.electrocat.bench.BenchCase;
import org.electrocat.bench.jmh.CheckValues;
import org.electrocat.bench.jmh.CpuTimeProfiler;
import org.electrocat.bench.jmh.WorkloadBenchmark;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one case's {@link WorkloadBenchmark} through JMH: single-shot iterations, the case's warm-up
 * and timed counts, one fork with the case's -Xmx (in smoke mode no fork, to stay within seconds),
 * and {@link CpuTimeProfiler} for the CPU time of each iteration.
 */
public final class JmhRunner {

    /**
     * Timings and the check values of the last run.
     *
     * @param timings timed iterations
     * @param checks  check values written by the benchmark's tear-down
     */
    public record Outcome(Timings timings, double[] checks) {
    }

    private JmhRunner() {
    }

    /** Benchmarks {@code c} on the inputs in {@code dir}. */
    public static Outcome run(BenchCase c, Path dir, boolean smoke) throws RunnerException, java.io.IOException {
        Path checkFile = dir.resolve("checks-" + c.id() + ".txt");
        Files.deleteIfExists(checkFile);
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include("^" + WorkloadBenchmark.class.getName().replace(".", "\\.") + "\\.run$")
                .param("caseId", c.id()).param("dir", dir.toString()).param("smoke", String.valueOf(smoke))
                .warmupIterations(c.warmups()).measurementIterations(c.repeats())
                .warmupBatchSize(c.batch()).measurementBatchSize(c.batch())
                .addProfiler(CpuTimeProfiler.class).shouldFailOnError(true)
                .verbosity(smoke ? VerboseMode.SILENT : VerboseMode.NORMAL);
        o = smoke ? o.forks(0) : o.forks(1).jvmArgs("-Xmx" + c.heapMb() + "m", "-Xms64m");
        Collection<RunResult> results = new Runner(o.build()).run();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (RunResult rr : results) {
            for (BenchmarkResult br : rr.getBenchmarkResults()) {
                for (IterationResult ir : br.getIterationResults()) {
                    // a single shot is one batch of c.batch() runs
                    wall.add(ir.getPrimaryResult().getScore() / 1e3 / c.batch());
                    Result cpuMs = ir.getSecondaryResults().get(CpuTimeProfiler.LABEL);
                    cpu.add(cpuMs == null ? Double.NaN : cpuMs.getScore() / 1e3 / c.batch());
                }
            }
        }
        if (wall.isEmpty() || !Files.exists(checkFile)) {
            throw new IllegalStateException("JMH ran no measured iteration of " + c.id());
        }
        return new Outcome(new Timings(wall.stream().mapToDouble(Double::doubleValue).toArray(),
                cpu.stream().mapToDouble(Double::doubleValue).toArray()), CheckValues.parse(Files.readString(checkFile)));
    }
}
