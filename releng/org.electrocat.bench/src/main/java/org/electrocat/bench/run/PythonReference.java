package org.electrocat.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.bench.BenchCase;
import org.electrocat.bench.jmh.CheckValues;

/**
 * Runs the numpy/scipy references ({@code releng/bench/python/bench_ref.py}) and reads what they
 * print: per job {@code TAG time WALL CPU} for each timed run, {@code TAG check V...} and
 * {@code TAG peak BYTES} (tracemalloc peak of loading the input and one run, in a fresh trace after
 * the timed runs). BLAS and OpenMP are held to one thread, as ElectroCat's workloads are
 * single-threaded.
 */
public final class PythonReference {

    /**
     * One reference run to make.
     *
     * @param tag   label of the job in the output, e.g. {@code W2/analytic}
     * @param c     the case
     * @param ref   the reference
     */
    public record Job(String tag, BenchCase c, BenchCase.Reference ref) {
    }

    /**
     * What a reference did.
     *
     * @param timings   timed runs
     * @param checks    its check values
     * @param peakBytes tracemalloc peak (-1 if not measured)
     * @param error     what went wrong (null when it ran)
     */
    public record Outcome(Timings timings, double[] checks, long peakBytes, String error) {
    }

    private final String python;
    private final Path scripts;

    /**
     * @param python  the interpreter (e.g. {@code python3})
     * @param scripts the folder holding bench_ref.py
     */
    public PythonReference(String python, Path scripts) {
        this.python = python;
        this.scripts = scripts;
    }

    /** Null when numpy and scipy import, else the reason they do not (printed, and put into the table). */
    public String unavailable() throws InterruptedException {
        try {
            ProcessTimer.Sample s = ProcessTimer.time(List.of(python, "-c", "import numpy, scipy"), env(), scripts);
            return s.ok() ? null : "`" + python + " -c 'import numpy, scipy'` failed: " + s.output().strip();
        } catch (IOException e) {
            return "cannot run " + python + ": " + e.getMessage();
        }
    }

    /** Versions of Python, numpy and scipy, one line. */
    public String versions() throws IOException, InterruptedException {
        ProcessTimer.Sample s = ProcessTimer.time(List.of(python, scripts.resolve("bench_ref.py").toString(),
                "--versions"), env(), scripts);
        return s.output().strip();
    }

    /** Runs the jobs in one Python process and returns their outcomes by tag. */
    public Map<String, Outcome> run(Path dir, List<Job> jobs, int warmups, int repeats, boolean memory)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(python, scripts.resolve("bench_ref.py").toString(), "--dir",
                dir.toString(), "--warmup", String.valueOf(warmups), "--repeats", String.valueOf(repeats)));
        if (memory) {
            cmd.add("--memory");
        }
        for (Job j : jobs) {
            cmd.addAll(List.of("--job", j.tag(), j.ref().module(), "variant=" + j.ref().variant(),
                    "batch=" + j.c().batch()));
            j.c().params().forEach((k, v) -> cmd.add(k + "=" + v));
        }
        ProcessTimer.Sample s = ProcessTimer.time(cmd, env(), scripts);
        Map<String, Outcome> out = new LinkedHashMap<>();
        for (Job j : jobs) {
            out.put(j.tag(), parse(j.tag(), s.output(), s.ok()));
        }
        return out;
    }

    private static Outcome parse(String tag, String output, boolean ok) {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        double[] checks = null;
        long peak = -1;
        String error = null;
        for (String line : output.split("\n")) {
            if (!line.startsWith(tag + " ")) {
                continue;
            }
            String[] f = line.substring(tag.length() + 1).trim().split("\\s+", 2);
            String rest = f.length > 1 ? f[1] : "";
            switch (f[0]) {
                case "time" -> {
                    String[] t = rest.split("\\s+");
                    wall.add(Double.parseDouble(t[0]));
                    cpu.add(Double.parseDouble(t[1]));
                }
                case "check" -> checks = CheckValues.parse(rest);
                case "peak" -> peak = Long.parseLong(rest.trim());
                case "error" -> error = rest;
                default -> {
                }
            }
        }
        if (error == null && (checks == null || wall.isEmpty())) {
            error = ok ? "printed no result" : "failed: " + tail(output);
        }
        return new Outcome(new Timings(wall.stream().mapToDouble(Double::doubleValue).toArray(),
                cpu.stream().mapToDouble(Double::doubleValue).toArray()), checks, peak, error);
    }

    private static String tail(String s) {
        String t = s.strip();
        return t.length() > 400 ? "…" + t.substring(t.length() - 400) : t;
    }

    private static Map<String, String> env() {
        return Map.of("OMP_NUM_THREADS", "1", "OPENBLAS_NUM_THREADS", "1", "MKL_NUM_THREADS", "1",
                "PYTHONDONTWRITEBYTECODE", "1");
    }
}
