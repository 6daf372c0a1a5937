package org.electrocat.bench;

import java.util.List;
import java.util.Locale;
import org.electrocat.bench.run.Timings;

/** The Markdown of docs/performance.md: how it was measured, on what, and the table. */
final class PerformanceTable {

    private PerformanceTable() {
    }

    static String render(List<Row> rows, List<String> context, String command, boolean smoke) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ElectroCat performance against numpy/scipy\n\n");
        if (smoke) {
            sb.append("**Smoke run (tiny inputs, one timed run): these numbers show that the suite runs, not how fast"
                    + " anything is.**\n\n");
        }
        sb.append("Written by `releng/bench/run-bench.sh` (issue 13). Regenerate with:\n\n```\n").append(command)
                .append("\n```\n\n");
        for (String line : context) {
            sb.append("- ").append(line).append('\n');
        }
        sb.append("""
                - Timing: ElectroCat through JMH 1.37 (single-shot iterations in a fresh forked JVM, untimed warm-up \
                runs first); the reference in python3 with the same number of timed runs after one warm-up run \
                (Python has no JIT to warm). Inputs are \
                written once by the driver and read by both sides; loading them is not timed (except in W6, where \
                reading the file is the workload). Short workloads run several times per timed run (the same count on \
                both sides) and the time is divided by that count. Cells give the median [min–max] over the timed \
                runs, in seconds per workload.
                - CPU = process CPU time (all threads: JIT and GC included for the JVM) of each run; wall = elapsed \
                time. The machine is shared, so CPU time is the steadier measure; **ratio = reference median / \
                ElectroCat median** (> 1: ElectroCat is faster). BLAS/OpenMP run single-threaded \
                (`OPENBLAS_NUM_THREADS=1`), as the Java workloads do.
                - Memory: ElectroCat = smallest `-Xmx` (default G1 collector) at which loading the input and one run \
                complete, by bisection to 10 %; Python = `tracemalloc` peak of loading the input and one run (numpy \
                buffers included; the interpreter and imported modules, ~30–60 MB, are not). W7: maximum resident set \
                size from `/usr/bin/time -v`-style `%M` (and the smallest -Xmx for the study).
                - Same result: the check values of both sides (e.g. medians of fitted parameters, peak counts, column \
                sums) agree to the stated relative tolerance.

                """);
        sb.append("| Case | Workload | Size | ElectroCat CPU s | ElectroCat wall s | Reference | Reference CPU s |"
                + " Reference wall s | Ratio (CPU) | Ratio (wall) | ElectroCat memory | Reference memory |"
                + " Same result |\n");
        sb.append("|---|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.c().id()).append(" | ").append(r.c().title()).append(" | ").append(r.c().size())
                    .append(" | ").append(cell(r.ours(), true)).append(" | ").append(cell(r.ours(), false))
                    .append(" | ").append(r.reference()).append(" | ").append(cell(r.theirs(), true)).append(" | ")
                    .append(cell(r.theirs(), false)).append(" | ").append(ratio(r.cpuRatio())).append(" | ")
                    .append(ratio(r.wallRatio())).append(" | ").append(r.ourMemory()).append(" | ")
                    .append(r.refMemory()).append(" | ").append(r.agreement()).append(" |\n");
        }
        boolean notes = rows.stream().anyMatch(r -> r.note() != null && !r.note().isEmpty());
        if (notes) {
            sb.append("\nNotes:\n\n");
            for (Row r : rows) {
                if (r.note() != null && !r.note().isEmpty()) {
                    sb.append("- ").append(r.c().id()).append(" (").append(r.reference()).append("): ")
                            .append(r.note()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String cell(Timings t, boolean cpu) {
        if (t == null || t.runs() == 0) {
            return "—";
        }
        double[] v = cpu ? t.cpu() : t.wall();
        if (Double.isNaN(Timings.median(v))) {
            return "—";
        }
        if (v.length == 1) {
            return num(v[0]);
        }
        return num(Timings.median(v)) + " [" + num(Timings.min(v)) + "–" + num(Timings.max(v)) + "]";
    }

    private static String ratio(double r) {
        if (Double.isNaN(r) || Double.isInfinite(r)) {
            return "—";
        }
        return String.format(Locale.ROOT, r >= 10 ? "**%.0f×**" : r >= 1 ? "**%.2f×**" : "%.2f×", r);
    }

    /** Three significant digits, no exponent for the usual range. */
    static String num(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 0.001) {
            int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(a)));
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        return String.format(Locale.ROOT, "%.2e", v);
    }
}
