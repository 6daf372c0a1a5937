package org.electrocat.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference study (examples/oxime-study, the README's main command) run through the assembled
 * distribution on Felix, in a separate JVM as a user runs it, with its computed numbers checked
 * against the generator's ground truth: {@code ground-truth.json} holds the noise-free model value
 * of every checked quantity and a tolerance of about four standard deviations of the noise the
 * generator added (not the code's previous output). Also checks that every number the study file
 * copies from a calibration step (product amounts for FE, conversion and recyclability) equals what
 * that step computed, that no step failed, and that the report carries the paper-vs-ElectroCat table.
 */
class OximeStudyIT {

    /** One launch of the distribution. */
    record Launch(int exit, String out, String err) {
    }

    static Path example;
    static Path dist;
    static Path out;
    static JsonNode truth;
    static Map<String, JsonNode> results = new HashMap<>();
    static Launch run;
    static long millis;

    @BeforeAll
    static void runTheStudy() throws IOException, InterruptedException {
        example = Path.of(System.getProperty("electrocat.repo")).resolve("examples/oxime-study");
        dist = Path.of(System.getProperty("electrocat.dist"));
        out = Files.createTempDirectory("electrocat-oxime-report");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", dist.resolve("lib") + File.separator + "*",
                "-Delectrocat.home=" + dist, "org.electrocat.launcher.Main", "run",
                example.resolve("study.yaml").toString(), "-o", out.toString()));
        Path stdout = Files.createTempFile("oxime-out", ".txt");
        Path stderr = Files.createTempFile("oxime-err", ".txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the oxime study did not finish in 600 s");
        }
        millis = (System.nanoTime() - t0) / 1_000_000;
        run = new Launch(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
        System.out.printf(Locale.ROOT, "oxime study: exit %d in %.1f s%n", run.exit(), millis / 1000.0);
        ObjectMapper json = new ObjectMapper();
        truth = json.readTree(example.resolve("ground-truth.json").toFile());
        Path resultsFile = out.resolve("results.json");
        if (Files.isRegularFile(resultsFile)) {
            for (JsonNode r : json.readTree(resultsFile.toFile()).get("results")) {
                results.put(r.get("id").asText(), r);
            }
        }
    }

    private static JsonNode value(String step, String key) {
        JsonNode r = results.get(step);
        if (r == null) {
            return null;
        }
        for (JsonNode v : r.get("values")) {
            if (v.get("key").asText().equals(key)) {
                return v.get("value");
            }
        }
        return null;
    }

    /**
     * The committed data, study file and ground truth are exactly what the generator writes (seeded,
     * JDK-independent output), so the numbers checked here belong to the files the study reads.
     */
    @Test
    void theCommittedFilesAreWhatTheGeneratorWrites() throws IOException, InterruptedException {
        Path fresh = Files.createTempDirectory("oxime-generated");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                example.resolve("generator/GenerateOximeStudy.java").toString(), fresh.toString())
                .redirectErrorStream(true).redirectOutput(fresh.resolve("generator.log").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "generator finished");
        assertEquals(0, p.exitValue(), Files.readString(fresh.resolve("generator.log")));
        List<String> differ = new ArrayList<>();
        List<Path> generated;
        try (var walk = Files.walk(fresh)) {
            generated = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("generator.log"))
                    .toList();
        }
        for (Path g : generated) {
            Path committed = example.resolve(fresh.relativize(g).toString());
            if (!Files.isRegularFile(committed) || Files.mismatch(g, committed) != -1) {
                differ.add(fresh.relativize(g).toString());
            }
        }
        assertTrue(generated.size() > 100, generated.size() + " files generated");
        assertTrue(differ.isEmpty(), "rerun the generator: these files differ from its output " + differ);
    }

    /**
     * The paper reads the 5th FTACV harmonic against the DC potential: its maximum must sit on one
     * of the model's 5th-harmonic lobes, not at an end of the -0.6 to -2.0 V ramp.
     */
    @Test
    void fifthHarmonicMaximaSitOnTheModelsLobes() {
        Pattern at = Pattern.compile("at E_dc = (-?[0-9.]+) V");
        List<String> failures = new ArrayList<>();
        int n = 0;
        var models = truth.path("models").fields();
        while (models.hasNext()) {
            var m = models.next();
            if (!m.getKey().startsWith("ftacv.")) {
                continue;
            }
            JsonNode r = results.get("ftacv_h_" + m.getKey().substring("ftacv.".length()));
            String note = "";
            for (JsonNode v : r == null ? List.<JsonNode>of() : r.path("values")) {
                if (v.path("key").asText().equals("h5max")) {
                    note = v.path("note").asText();
                }
            }
            Matcher mm = at.matcher(note);
            if (!mm.find()) {
                failures.add(m.getKey() + ": no 'at E_dc' in the h5max note '" + note + "'");
                continue;
            }
            double e = Double.parseDouble(mm.group(1));
            double nearest = Double.POSITIVE_INFINITY;
            for (JsonNode c : m.getValue().path("fifth_harmonic_centres_V")) {
                nearest = Math.min(nearest, Math.abs(c.asDouble() - e));
            }
            if (nearest > 0.02) {
                failures.add(m.getKey() + ": 5th-harmonic maximum at " + e + " V is " + nearest + " V from every lobe");
            }
            n++;
        }
        assertEquals(4, n, "FTACV records checked");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theStudyRunsWithoutAFailedStep() {
        assertEquals(0, run.exit(), "exit code; stdout:\n" + run.out() + "\nstderr:\n" + run.err());
        assertTrue(Files.isRegularFile(out.resolve("report.html")), "report.html written");
    }

    @Test
    void everyCheckedNumberMatchesTheGroundTruth() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (JsonNode c : truth.get("checks")) {
            String step = c.get("step").asText();
            String key = c.get("key").asText();
            JsonNode v = value(step, key);
            double expected = c.get("expected").asDouble();
            double tol = c.get("tolerance").asDouble();
            n++;
            if (v == null || v.isNull()) {
                failures.add(step + "/" + key + ": not computed (" + c.get("what").asText() + ")");
            } else if (!(Math.abs(v.asDouble() - expected) <= tol)) {
                failures.add(String.format(Locale.ROOT, "%s/%s = %.6g %s, expected %.6g ± %.3g (%s)", step, key,
                        v.asDouble(), c.get("unit").asText(), expected, tol, c.get("what").asText()));
            }
        }
        assertTrue(n > 100, "ground truth lists " + n + " checks");
        assertTrue(failures.isEmpty(), failures.size() + " of " + n + " checks fail:\n" + String.join("\n", failures));
    }

    @Test
    void everyTabulatedBandIsFoundWhereTheModelPutsIt() {
        List<String> failures = new ArrayList<>();
        for (JsonNode c : truth.path("tableChecks")) {
            String step = c.get("step").asText();
            JsonNode r = results.get(step);
            JsonNode table = null;
            for (JsonNode t : r == null ? List.<JsonNode>of() : r.get("tables")) {
                if (t.get("title").asText().startsWith(c.get("table").asText())) {
                    table = t;
                    break;
                }
            }
            if (table == null) {
                failures.add(step + ": no table '" + c.get("table").asText() + "'");
                continue;
            }
            int col = -1;
            for (int i = 0; i < table.get("columns").size(); i++) {
                if (table.get("columns").get(i).get("header").asText().equals(c.get("column").asText())) {
                    col = i;
                }
            }
            List<Double> cells = new ArrayList<>();
            for (JsonNode row : table.get("rows")) {
                JsonNode cell = col < 0 ? null : row.get(col);
                JsonNode v = cell != null && cell.isObject() ? cell.get("value") : cell;
                if (v != null && v.isNumber()) {
                    cells.add(v.asDouble());
                }
            }
            double tol = c.get("tolerance").asDouble();
            for (JsonNode e : c.get("expected")) {
                if (cells.stream().noneMatch(x -> Math.abs(x - e.asDouble()) <= tol)) {
                    failures.add(String.format(Locale.ROOT, "%s: no %s within %.3g %s of %s (%s)", step,
                            c.get("column").asText(), tol, c.get("unit").asText(), e.asText(), c.get("what").asText()));
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

    /** The number for {@code item} in a parameter's text: 'CHOX: 60.8 ± 0.1 umol; ...', '1.2 ± 0.1, ...', '500 umol'. */
    static double copiedNumber(String parameter, String text, String item) {
        String part = text;
        if (parameter.equals("products")) {
            part = null;
            for (String p : text.split(";")) {
                if (p.strip().startsWith(item + ":")) {
                    part = p.substring(p.indexOf(':') + 1);
                }
            }
            if (part == null) {
                throw new AssertionError("'" + item + "' not listed in products '" + text + "'");
            }
        } else if (parameter.equals("amounts")) {
            part = text.split(",")[Integer.parseInt(item) - 1];
        }
        Matcher m = NUMBER.matcher(part);
        if (!m.find()) {
            throw new AssertionError("no number for " + item + " in '" + text + "'");
        }
        return Double.parseDouble(m.group());
    }

    @Test
    void amountsCopiedIntoTheStudyEqualTheCalibrationResults() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (JsonNode c : truth.get("copiedParameters")) {
            String step = c.get("step").asText();
            String parameter = c.get("parameter").asText();
            JsonNode r = results.get(step);
            JsonNode from = value(c.get("fromStep").asText(), c.get("fromKey").asText());
            if (r == null || from == null) {
                failures.add(step + " or " + c.get("fromStep").asText() + " has no result");
                continue;
            }
            String text = r.get("parameters").get(parameter).asText();
            double copied = copiedNumber(parameter, text, c.get("item").asText());
            n++;
            // the study writes five significant digits
            if (Math.abs(copied - from.asDouble()) > 6e-5 * Math.abs(from.asDouble()) + 1e-9) {
                failures.add(String.format(Locale.ROOT, "%s %s[%s] = %s but %s/%s computed %.6g", step, parameter,
                        c.get("item").asText(), copied, c.get("fromStep").asText(), c.get("fromKey").asText(),
                        from.asDouble()));
            }
        }
        assertTrue(n > 50, n + " copied numbers checked");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theReportSetsEveryPublishedNumberAgainstTheComputedOne() throws IOException {
        JsonNode cmp = results.get("paper_vs_electrocat");
        assertTrue(cmp != null, "paper_vs_electrocat step in results.json");
        assertEquals(truth.get("paper").size(), value("paper_vs_electrocat", "compared").asInt());
        assertEquals(0, value("paper_vs_electrocat", "missing").asInt(), "every published number computed");
        JsonNode rows = cmp.get("tables").get(0).get("rows");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode p = truth.get("paper").get(i);
            JsonNode computed = value(p.get("step").asText(), p.get("key").asText());
            assertEquals(p.get("label").asText(), rows.get(i).get(0).asText());
            assertEquals(computed.asDouble(), rows.get(i).get(2).get("value").asDouble(), 1e-12,
                    "table shows the value of " + p.get("step").asText());
        }
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Paper vs ElectroCat"), "comparison in the report");
        assertTrue(html.contains("FE map over potential and catalyst"), "FE heat maps in the report");
    }
}
