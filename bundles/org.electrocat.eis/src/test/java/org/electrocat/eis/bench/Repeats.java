package org.electrocat.eis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Runs a benchmark body several times and keeps the wall and thread-CPU times of the first (cold
 * JIT) and the fastest run. CPU time is what the benchmarks compare: the machine may be shared.
 */
final class Repeats {

    double first;
    double best = Double.POSITIVE_INFINITY;
    double firstCpu;
    double bestCpu = Double.POSITIVE_INFINITY;

    static Repeats run(int repeats, Runnable body) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Repeats r = new Repeats();
        for (int k = 0; k < repeats; k++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            body.run();
            double sec = (System.nanoTime() - t0) / 1e9;
            double cs = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            if (k == 0) {
                r.first = sec;
                r.firstCpu = cs;
            }
            r.best = Math.min(r.best, sec);
            r.bestCpu = Math.min(r.bestCpu, cs);
        }
        return r;
    }

    /** Prints the CPU times and the machine-readable line the run script parses. */
    void printCpu() {
        System.out.printf(Locale.ROOT, "java  cpu: first %.3f s, best %.3f s%n", firstCpu, bestCpu);
        System.out.printf(Locale.ROOT, "JAVA_CPU first=%.6f best=%.6f%n", firstCpu, bestCpu);
    }
}
