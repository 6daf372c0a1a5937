package org.electrocat.bench;

import java.util.List;
import java.util.Map;

/**
 * One row group of the performance table: a workload at one size, ElectroCat's implementation and
 * the references it is compared with.
 *
 * @param id           e.g. {@code W1a}
 * @param title        what is computed, e.g. {@code FTACV harmonics 1..6}
 * @param size         the size in words, e.g. {@code 2^22 points}
 * @param workload     class name of ElectroCat's {@link Workload} (null for a process workload, W7)
 * @param params       sizes and settings shared by both sides (passed to Python as {@code key=value})
 * @param references   the reference implementations (may be empty)
 * @param checks       names of the check values both sides print, e.g. {@code peaks}
 * @param tolerance    largest relative difference of a check value that still counts as agreement
 * @param heapMb       -Xmx of the JMH fork, MB
 * @param warmups      untimed runs before the timed ones (both sides)
 * @param repeats      timed runs (both sides)
 * @param batch        workload runs per timed run (both sides; times are divided by it): short workloads
 *                     are repeated so that a timed run lasts long enough for the 10 ms resolution of
 *                     process CPU time
 */
public record BenchCase(String id, String title, String size, String workload, Map<String, String> params,
        List<Reference> references, List<String> checks, double tolerance, int heapMb, int warmups, int repeats,
        int batch) {

    /**
     * A reference implementation.
     *
     * @param label   shown in the table, e.g. {@code numpy.fft, same algorithm}
     * @param module  Python module under releng/bench/python (e.g. {@code w1_ftacv}); for a process
     *                workload, the command line run as is
     * @param variant passed to the module as {@code variant=...}
     */
    public record Reference(String label, String module, String variant) {
    }

    /** An integer parameter. */
    public int intParam(String key) {
        return Integer.parseInt(param(key));
    }

    /** A parameter that must be present. */
    public String param(String key) {
        String v = params.get(key);
        if (v == null) {
            throw new IllegalArgumentException("case " + id + " has no parameter '" + key + "'");
        }
        return v;
    }

    /** True for W7-style workloads timed as whole processes rather than by JMH. */
    public boolean isProcess() {
        return workload == null;
    }
}
