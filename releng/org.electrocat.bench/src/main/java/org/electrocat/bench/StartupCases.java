package org.electrocat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.bench.run.HeapProbe;
import org.electrocat.bench.run.ProcessTimer;
import org.electrocat.bench.run.Timings;

/**
 * W7, timed as whole processes: start-up of the distribution's {@code electrocat --version} (a
 * fresh JVM booting Felix and the bundles; the file cache is warm after the warm-up runs) beside a
 * Python interpreter importing numpy and scipy.optimize, and the example study
 * ({@code electrocat run examples/oxime-study/study.yaml}) with its wall time, CPU time, maximum RSS
 * and the smallest -Xmx it runs in.
 */
final class StartupCases {

    private final Driver d;

    StartupCases(Driver d) {
        this.d = d;
    }

    void run(BenchCase c) throws Exception {
        Path launcher = Path.of(d.options.getOrDefault("dist", d.repo.resolve(
                "releng/org.electrocat.distribution/target/electrocat").toString())).resolve("electrocat");
        if (!Files.isExecutable(launcher)) {
            d.rows.add(new Row(c, "—", null, null, "—", "—", "—", "skipped: " + launcher
                    + " is not built (./mvnw -B -o -DskipTests package)"));
            return;
        }
        if (c.id().equals("W7a")) {
            Series ours = series(List.of(launcher.toString(), "--version"), Map.of(), c);
            String note = ours.failure;
            if (c.references().isEmpty() || d.pythonProblem != null || note != null) {
                d.rows.add(new Row(c, d.pythonProblem != null ? "skipped" : "—", ours.timings, null, ours.rss(), "—", "—",
                        note != null ? note : d.pythonProblem));
                return;
            }
            Series theirs = series(List.of(d.options.getOrDefault("python", "python3"), "-c",
                    "import numpy, scipy.optimize; print(numpy.__version__, scipy.__version__)"), Map.of(), c);
            d.rows.add(new Row(c, c.references().get(0).label(), ours.timings, theirs.timings, ours.rss(), theirs.rss(),
                    "—", theirs.failure));
            return;
        }
        if (d.smoke) {
            d.rows.add(new Row(c, "—", null, null, "—", "—", "—", "skipped in smoke mode (seconds matter there; the"
                    + " distribution's OximeStudyIT runs the study in every build)"));
            return;
        }
        Path study = d.repo.resolve("examples/oxime-study/study.yaml");
        if (!Files.exists(study)) {
            d.rows.add(new Row(c, "—", null, null, "—", "—", "—", "skipped: " + d.repo.relativize(study)
                    + " is not on this branch"));
            return;
        }
        Path out = d.work.resolve("oxime-study-out");
        List<String> cmd = List.of(launcher.toString(), "run", study.toString(), "-o", out.toString(), "--quiet");
        Series ours = series(cmd, Map.of(), c);
        String memory = ours.rss();
        if (ours.failure == null && !d.smoke && !d.options.containsKey("no-memory")) {
            HeapProbe.Outcome o = HeapProbe.search(mb -> {
                ProcessBuilder pb = new ProcessBuilder(cmd).directory(d.repo.toFile());
                pb.environment().put("ELECTROCAT_JAVA_OPTS", "-Xmx" + mb + "m");
                return pb;
            }, 2048, 1.1, 8);
            memory = (o.minHeapMb() < 0 ? "fails at -Xmx" + o.failedMb() + "m" : "-Xmx " + Driver.mb(o.minHeapMb()))
                    + "; " + memory;
        }
        d.rows.add(new Row(c, "—", ours.timings, null, memory, "—", "—", ours.failure));
    }

    /** Warm-up and timed runs of one command. */
    private Series series(List<String> cmd, Map<String, String> env, BenchCase c) throws Exception {
        for (int i = 0; i < c.warmups(); i++) {
            ProcessTimer.time(cmd, env, d.repo);
        }
        List<ProcessTimer.Sample> samples = new ArrayList<>();
        for (int i = 0; i < c.repeats(); i++) {
            ProcessTimer.Sample s = ProcessTimer.time(cmd, env, d.repo);
            if (!s.ok()) {
                String out = s.output().strip();
                return new Series(null, samples, "FAILED: `" + String.join(" ", cmd) + "`: "
                        + (out.length() > 300 ? out.substring(0, 300) + "…" : out));
            }
            samples.add(s);
            System.out.printf(java.util.Locale.ROOT, "%s: wall %.3f s, CPU %.3f s, max RSS %d KB%n",
                    String.join(" ", cmd), s.wall(), s.cpu(), s.rssKb());
        }
        return new Series(new Timings(samples.stream().mapToDouble(ProcessTimer.Sample::wall).toArray(),
                samples.stream().mapToDouble(ProcessTimer.Sample::cpu).toArray()), samples, null);
    }

    /** Timed runs of a command, or why they failed. */
    private record Series(Timings timings, List<ProcessTimer.Sample> samples, String failure) {

        /** Median maximum RSS, in words. */
        String rss() {
            double[] kb = samples.stream().mapToDouble(ProcessTimer.Sample::rssKb).filter(v -> v >= 0).toArray();
            return kb.length == 0 ? "—" : "RSS " + Driver.mb(Timings.median(kb) / 1000);
        }
    }
}
