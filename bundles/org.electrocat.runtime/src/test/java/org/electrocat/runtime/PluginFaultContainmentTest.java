package org.electrocat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.CancelledException;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, plugin faults contained: analyses that throw a programming error, a
 * {@link NoClassDefFoundError}, run out of memory, overflow the stack, hang (ignoring interruption) or
 * hang cooperatively each fail only their own step, with the plugin named; the charge steps before
 * and after them still give 2 A × 3 s = 6 C; a chart contributor that throws costs only its charts.
 */
class PluginFaultContainmentTest {

    @TempDir
    Path dir;

    /** An analysis of the toy technique whose run does whatever the test says. */
    record Faulty(String id, Consumer<AnalysisContext> body) implements Analysis {
        public String label() { return id; }
        public String technique() { return "toy"; }
        public String version() { return "1.0"; }
        public String description() { return "misbehaves"; }
        public List<String> inputKinds() { return List.of(DatasetKind.TIME_SERIES); }
        public List<ParameterSpec> parameters() { return List.of(); }

        public Result run(AnalysisContext c) {
            body.accept(c);
            return Result.builder(this, c).build();
        }
    }

    static final AtomicBoolean UNCOOPERATIVE_STOP = new AtomicBoolean();

    private static PluginRegistry registry() {
        return ToyPlugin.registry()
                .add(new Faulty("toy.npe", c -> {
                    String s = c.parameters().toString().length() > 0 ? null : "";
                    s.length();
                }))
                .add(new Faulty("toy.linkage", c -> {
                    throw new NoClassDefFoundError("org/example/RemovedHelper");
                }))
                .add(new Faulty("toy.oom", c -> {
                    // a real OutOfMemoryError ("Requested array size exceeds VM limit") without filling the heap
                    long[] hog = new long[Integer.MAX_VALUE];
                    hog[0] = 1;
                }))
                .add(new Faulty("toy.recurse", c -> recurse(1)))
                .add(new Faulty("toy.hang", c -> {
                    while (!UNCOOPERATIVE_STOP.get()) { // ignores the monitor and interruption
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            // swallowed, as a badly written plugin would
                        }
                    }
                }))
                .add(new Faulty("toy.slow", c -> {
                    while (true) {
                        c.monitor().checkCancelled();
                        Thread.onSpinWait();
                    }
                }));
    }

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }

    private Study study(String... analyses) throws IOException {
        Files.writeString(dir.resolve("a.toy"), "#toy\n0,2\n1,2\n2,2\n3,2\n");
        StringBuilder y = new StringBuilder("study: Faults\ndatasets:\n  - {id: a, file: a.toy}\nanalyses:\n");
        for (int i = 0; i < analyses.length; i++) {
            String a = analyses[i];
            String id = a.equals("toy.charge") ? "q" + i : a.replace('.', '_');
            y.append("  - {id: ").append(id).append(", analysis: ").append(a).append(", inputs: [a]}\n");
        }
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, y.toString());
        return StudyFile.load(f);
    }

    @Test
    @Timeout(60)
    void eachFaultCostsOnlyItsStep() throws IOException {
        UNCOOPERATIVE_STOP.set(false);
        Study s = study("toy.charge", "toy.npe", "toy.linkage", "toy.oom", "toy.recurse", "toy.hang", "toy.slow",
                "toy.charge");
        StudyOutcome out;
        try {
            out = new StudyRunner(registry(), Duration.ofSeconds(1)).run(s, ProgressMonitor.NONE);
        } finally {
            UNCOOPERATIVE_STOP.set(true);
        }
        assertEquals(2, out.results().size(), out.failures().toString());
        for (StudyOutcome.StepResult r : out.results()) {
            assertEquals(6.0, r.result().value("q").orElseThrow().quantity().value(), 1e-12);
        }
        Map<String, String> failed = out.failures().stream()
                .collect(Collectors.toMap(StudyOutcome.Failure::stepId, StudyOutcome.Failure::message));
        assertEquals(List.of("toy_npe", "toy_linkage", "toy_oom", "toy_recurse", "toy_hang", "toy_slow"),
                out.failures().stream().map(StudyOutcome.Failure::stepId).toList());
        for (String m : failed.values()) {
            // the plugin is named (here, outside OSGi, by its class)
            assertTrue(m.contains(Faulty.class.getName()), m);
        }
        assertTrue(failed.get("toy_npe").contains("NullPointerException"), failed.get("toy_npe"));
        assertTrue(failed.get("toy_linkage").contains("could not load its code")
                && failed.get("toy_linkage").contains("RemovedHelper"), failed.get("toy_linkage"));
        assertTrue(failed.get("toy_oom").contains("ran out of memory"), failed.get("toy_oom"));
        assertTrue(failed.get("toy_recurse").contains("overflowed its stack"), failed.get("toy_recurse"));
        assertTrue(failed.get("toy_hang").contains("did not finish within 1 s")
                && failed.get("toy_hang").contains("abandoned"), failed.get("toy_hang"));
        // the cooperative one stopped at its next checkCancelled(): nothing abandoned
        assertTrue(failed.get("toy_slow").contains("did not finish within 1 s")
                && !failed.get("toy_slow").contains("abandoned"), failed.get("toy_slow"));
    }

    @Test
    @Timeout(30)
    void userCancelStopsAHangingStep() throws IOException {
        Study s = study("toy.slow", "toy.charge");
        long start = System.nanoTime();
        ProgressMonitor cancelLater = new ProgressMonitor() {
            public void begin(String task, long totalWork) {
            }

            public void worked(long units) {
            }

            public boolean isCancelled() {
                return System.nanoTime() - start > 300_000_000L;
            }
        };
        assertThrows(CancelledException.class, () -> new StudyRunner(registry(), Duration.ZERO).run(s, cancelLater));
    }

    @Test
    void aFailingChartContributorCostsOnlyItsCharts() throws IOException {
        ChartContributor broken = new ChartContributor() {
            public boolean supports(Result result) {
                return true;
            }

            public List<NamedChart> charts(Result result) {
                throw new IllegalStateException("axis range is NaN");
            }
        };
        StudyOutcome out = new StudyRunner(ToyPlugin.registry().add(broken)).run(study("toy.charge"), ProgressMonitor.NONE);
        assertTrue(out.complete(), out.failures().toString());
        Result r = out.results().get(0).result();
        assertEquals(6.0, r.value("q").orElseThrow().quantity().value(), 1e-12);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("charts of") && w.contains("axis range is NaN")),
                r.warnings().toString());
    }

    @Test
    void aReaderBugNamesThePluginAndTheFile() throws IOException {
        Files.writeString(dir.resolve("b.toy"), "#toy\n");
        Path f = dir.resolve("s2.yaml");
        Files.writeString(f, "study: R\ndatasets:\n  - {id: b, file: b.toy, reader: bad.reader}\nanalyses:\n  - {id: q, analysis: toy.charge, inputs: [b]}\n");
        PluginRegistry reg = ToyPlugin.registry().add(new ToyPlugin.ToyReader() {
            @Override
            public String id() {
                return "bad.reader";
            }

            @Override
            public List<org.electrocat.core.model.Dataset> read(Path file, org.electrocat.api.Parameters options,
                    ProgressMonitor monitor) {
                throw new ArrayIndexOutOfBoundsException("Index 7 out of bounds for length 7");
            }
        });
        PluginFaultException e = assertThrows(PluginFaultException.class,
                () -> new StudyRunner(reg).run(StudyFile.load(f), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("bad.reader") && e.getMessage().contains("b.toy")
                && e.getMessage().contains("ArrayIndexOutOfBounds"), e.getMessage());
    }
}
