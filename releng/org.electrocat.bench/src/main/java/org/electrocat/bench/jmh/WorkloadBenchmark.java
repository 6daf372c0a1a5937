package org.electrocat.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.electrocat.bench.BenchCase;
import org.electrocat.bench.Cases;
import org.electrocat.bench.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The one JMH benchmark of the suite: runs the {@link Workload} of case {@code caseId} (loaded once
 * per trial from {@code dir}, untimed) as a single shot per iteration, since every workload is a
 * whole job (1000 fits, a 10⁷-row file) that takes far longer than the timer's resolution. After the
 * trial it writes the last run's check values to {@code dir/checks-<caseId>.txt} for the driver.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorkloadBenchmark {

    /** The case id, e.g. {@code W3}. */
    @Param({})
    public String caseId;

    /** The folder holding the inputs. */
    @Param({})
    public String dir;

    /** {@code true} for the smoke sizes. */
    @Param({"false"})
    public boolean smoke;

    private Workload workload;
    private double[] checks;

    /** Loads the workload's input. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        workload = instantiate(Cases.find(caseId, smoke));
        workload.load(Path.of(dir), Cases.find(caseId, smoke));
    }

    /** One whole workload. */
    @Benchmark
    public double[] run() throws Exception {
        checks = workload.run();
        return checks;
    }

    /** Hands the check values to the driver. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (checks != null) {
            Files.writeString(Path.of(dir, "checks-" + caseId + ".txt"), CheckValues.format(checks));
        }
    }

    /** A new instance of the case's workload class. */
    public static Workload instantiate(BenchCase c) throws ReflectiveOperationException {
        return (Workload) Class.forName(c.workload()).getDeclaredConstructor().newInstance();
    }
}
