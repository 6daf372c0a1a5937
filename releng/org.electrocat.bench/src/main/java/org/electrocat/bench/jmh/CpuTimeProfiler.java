package org.electrocat.bench.jmh;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * JMH profiler adding the process CPU time (all threads: the benchmark, JIT compilers, GC) of every
 * iteration as the secondary result {@code cpu} in ms. On a shared machine CPU time is a steadier
 * measure than wall time, which also counts the time other processes held the cores.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** Name of the secondary result. */
    public static final String LABEL = "cpu";
    private long start;

    @Override
    public String getDescription() {
        return "process CPU time per iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = processCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        double ms = (processCpuNanos() - start) / 1e6;
        return List.of(new ScalarResult(LABEL, ms, "ms", AggregationPolicy.AVG));
    }

    /** CPU time of this process so far, ns (-1 where the JVM does not report it). */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
