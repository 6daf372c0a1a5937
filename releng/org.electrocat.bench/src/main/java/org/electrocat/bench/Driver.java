package org.electrocat.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.bench.inputs.Inputs;
import org.electrocat.bench.jmh.CheckValues;
import org.electrocat.bench.run.HeapProbe;
import org.electrocat.bench.run.JmhRunner;
import org.electrocat.bench.run.PythonReference;

/**
 * The benchmark driver: writes the inputs, runs every case with JMH and its references with python3
 * in the same session, measures peak memory, and writes the table (docs/performance.md).
 *
 * <p>Options: {@code --smoke} (tiny sizes, one run, no memory search: what CI runs),
 * {@code --only W1a,W3}, {@code --work DIR} (inputs; default /tmp/electrocat-bench),
 * {@code --out FILE} (default docs/performance.md, or DIR/performance.md in smoke mode),
 * {@code --repo DIR} (repository root; default .), {@code --python EXE} (default python3),
 * {@code --no-memory}, {@code --no-reference}.
 */
public final class Driver {

    /** The smallest -Xmx the memory search considers (MB); a JVM barely starts below it. */
    static final int MIN_HEAP_MB = 8;

    final Map<String, String> options;
    final boolean smoke;
    final Path repo;
    final Path work;
    final List<String> context = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    PythonReference python;
    String pythonProblem;

    Driver(String[] args) {
        options = parse(args);
        smoke = options.containsKey("smoke");
        repo = Path.of(options.getOrDefault("repo", ".")).toAbsolutePath().normalize();
        work = Path.of(options.getOrDefault("work", "/tmp/electrocat-bench" + (smoke ? "-smoke" : "")))
                .toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        Driver d = new Driver(args);
        Path out = d.run();
        System.out.println("wrote " + out);
        boolean failed = d.rows.stream().anyMatch(r -> r.agreement().startsWith("DIFFER")
                || r.note() != null && r.note().startsWith("FAILED"));
        System.exit(failed ? 2 : 0);
    }

    /** Runs the selected cases and writes the table; returns its path. */
    Path run() throws Exception {
        List<BenchCase> cases = new ArrayList<>(Cases.all(smoke));
        if (options.containsKey("only")) {
            List<String> only = Arrays.asList(options.get("only").split(","));
            cases.removeIf(c -> !only.contains(c.id()) && !only.contains(c.id().substring(0, 2)));
        }
        context.add("Date: " + java.time.ZonedDateTime.now().withNano(0) + "; load average at start "
                + Machine.loadAverage());
        context.add("Machine: " + Machine.describe());
        context.add("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        python = new PythonReference(options.getOrDefault("python", "python3"), repo.resolve("releng/bench/python"));
        pythonProblem = options.containsKey("no-reference") ? "references not run (--no-reference)"
                : python.unavailable();
        if (pythonProblem != null) {
            System.out.println("*** numpy/scipy references SKIPPED: " + pythonProblem);
            context.add("**numpy/scipy references skipped**: " + pythonProblem);
        } else {
            context.add("Reference: " + python.versions());
        }
        Inputs.prepare(work, cases);
        Map<BenchCase, JmhRunner.Outcome> deferred = new LinkedHashMap<>();
        for (BenchCase c : cases) {
            System.out.println("=== " + c.id() + ": " + c.title() + ", " + c.size());
            if (c.isProcess()) {
                new StartupCases(this).run(c);
                continue;
            }
            JmhRunner.Outcome ours = JmhRunner.run(c, work, smoke);
            System.out.printf(Locale.ROOT, "ElectroCat: CPU median %.3f s, wall median %.3f s; checks %s%n",
                    ours.timings().cpuMedian(), ours.timings().wallMedian(), CheckValues.format(ours.checks()));
            String memory = smoke || options.containsKey("no-memory") ? "not measured" : heap(c);
            if (c.references().isEmpty() || pythonProblem != null) {
                rows.add(new Row(c, c.references().isEmpty() ? "—" : "skipped", ours.timings(), null, memory, "—",
                        "—", pythonProblem));
            } else if (smoke) {
                deferred.put(c, ours); // all smoke references run in one Python process, below
            } else {
                for (BenchCase.Reference ref : c.references()) {
                    PythonReference.Job job = new PythonReference.Job(c.id() + "/" + ref.variant(), c, ref);
                    // Python has no JIT: one warm-up run (imports, file cache) is all it needs
                    compare(job, ours, memory, python.run(work, List.of(job), Math.min(1, c.warmups()), c.repeats(),
                            true));
                }
            }
        }
        if (!deferred.isEmpty()) {
            List<PythonReference.Job> jobs = new ArrayList<>();
            deferred.keySet().forEach(c -> c.references().forEach(
                    ref -> jobs.add(new PythonReference.Job(c.id() + "/" + ref.variant(), c, ref))));
            Map<String, PythonReference.Outcome> all = python.run(work, jobs, 0, 1, true);
            for (PythonReference.Job job : jobs) {
                compare(job, deferred.get(job.c()), "not measured", all);
            }
            rows.sort(java.util.Comparator.comparingInt(r -> cases.indexOf(r.c())));
        }
        context.add("Load average at end " + Machine.loadAverage());
        Path out = options.containsKey("out") ? Path.of(options.get("out")).toAbsolutePath()
                : smoke ? work.resolve("performance.md") : repo.resolve("docs/performance.md");
        Files.createDirectories(out.getParent());
        String command = "releng/bench/run-bench.sh" + (smoke ? " --smoke" : "")
                + (options.containsKey("only") ? " --only " + options.get("only") : "");
        Files.writeString(out, PerformanceTable.render(rows, context, command, smoke), StandardCharsets.UTF_8);
        return out;
    }

    /** Adds the row of one reference, comparing its check values with ElectroCat's. */
    private void compare(PythonReference.Job job, JmhRunner.Outcome ours, String memory,
            Map<String, PythonReference.Outcome> outcomes) {
        BenchCase c = job.c();
        PythonReference.Outcome theirs = outcomes.get(job.tag());
        if (theirs.error() != null) {
            System.out.println("reference " + job.tag() + " FAILED: " + theirs.error());
            rows.add(new Row(c, job.ref().label(), ours.timings(), null, memory, "—", "—", "FAILED: " + theirs.error()));
            return;
        }
        double worst = CheckValues.worstRelativeDifference(ours.checks(), theirs.checks());
        String agreement = worst <= c.tolerance() ? String.format(Locale.ROOT, "yes (≤ %.0e)", c.tolerance())
                : String.format(Locale.ROOT, "DIFFER by %.1e: %s vs %s", worst, CheckValues.format(ours.checks()),
                        CheckValues.format(theirs.checks()));
        System.out.printf(Locale.ROOT, "%s: CPU median %.3f s, wall median %.3f s; checks %s; same result: %s%n",
                job.ref().label(), theirs.timings().cpuMedian(), theirs.timings().wallMedian(),
                CheckValues.format(theirs.checks()), agreement);
        rows.add(new Row(c, job.ref().label(), ours.timings(), theirs.timings(), memory,
                theirs.peakBytes() < 0 ? "—" : mb(theirs.peakBytes() / 1e6), agreement, null));
    }

    /** ElectroCat's memory cell: the smallest -Xmx the case runs in. */
    private String heap(BenchCase c) throws Exception {
        HeapProbe.Outcome o = HeapProbe.search(mb -> javaCommand(mb, "org.electrocat.bench.run.RunOnce", c.id(),
                work.toString(), String.valueOf(smoke)), c.heapMb(), 1.1, MIN_HEAP_MB);
        System.out.println("ElectroCat heap: " + (o.minHeapMb() < 0 ? "failed" : "-Xmx" + o.minHeapMb() + "m works, -Xmx"
                + o.failedMb() + "m " + (o.failedMb() == MIN_HEAP_MB ? "is below the search range" : "does not"))
                + " (" + o.probes() + " runs)");
        return o.minHeapMb() < 0 ? "fails at -Xmx" + o.failedMb() + "m" : "-Xmx " + mb(o.minHeapMb());
    }

    /** A JVM running {@code mainClass} on this class path with -Xmx{@code heapMb}m. */
    ProcessBuilder javaCommand(int heapMb, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(Arrays.asList(args));
        return new ProcessBuilder(cmd);
    }

    static String mb(double megabytes) {
        return megabytes >= 1000 ? String.format(Locale.ROOT, "%.2f GB", megabytes / 1000)
                : String.format(Locale.ROOT, megabytes >= 10 ? "%.0f MB" : "%.1f MB", megabytes);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            String key = a.substring(2);
            boolean flag = List.of("smoke", "no-memory", "no-reference").contains(key);
            if (!flag && i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            m.put(key, flag ? "true" : args[++i]);
        }
        return m;
    }
}
