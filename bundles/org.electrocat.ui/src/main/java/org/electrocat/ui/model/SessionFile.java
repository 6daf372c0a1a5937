package org.electrocat.ui.model;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.api.FormatException;
import org.electrocat.io.AtomicFiles;
import org.electrocat.io.writers.Json;

/**
 * Saves and reads workbench sessions: JSON (UTF-8) as described in {@code docs/session-format.md}.
 * A session refers to raw files by path and SHA-256 (it never copies data), so it stays small and a
 * changed raw file is noticed on reopening; it keeps each run's parameters and a summary of its
 * values. Saves go through {@link AtomicFiles} (temporary file, fsync, rename), so a crash during a
 * save leaves the previous session intact.
 */
public final class SessionFile {

    /** Usual extension of session files. */
    public static final String EXTENSION = "ecsession";
    /** Value of the {@code format} field. */
    public static final String FORMAT = "electrocat.session";

    private SessionFile() {
    }

    /**
     * Writes the workspace to {@code file} atomically.
     *
     * @param theme    the workbench theme to restore
     * @param software component → version, for the reader's information
     */
    public static void write(Workspace ws, String theme, Map<String, String> software, Path file) throws IOException {
        Path dir = file.toAbsolutePath().normalize().getParent();
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = Json.generator(out, true)) {
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeNumberField("formatVersion", SessionData.FORMAT_VERSION);
                g.writeStringField("savedAt", Instant.now().toString());
                g.writeFieldName("software");
                Json.write(g, software);
                g.writeObjectFieldStart("ui");
                g.writeStringField("theme", theme);
                g.writeEndObject();
                g.writeArrayFieldStart("files");
                for (OpenedFile f : ws.files()) {
                    g.writeStartObject();
                    g.writeStringField("id", f.id());
                    g.writeStringField("path", portable(dir, f.path()));
                    g.writeStringField("sha256", f.sha256());
                    g.writeNumberField("size", f.size());
                    g.writeStringField("reader", f.readerId());
                    g.writeFieldName("options");
                    Json.write(g, f.options());
                    g.writeFieldName("datasets");
                    Json.write(g, f.datasets().stream().map(d -> d.id()).toList());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("studies");
                for (StudyEntry s : ws.studies()) {
                    g.writeStartObject();
                    g.writeStringField("path", portable(dir, s.file()));
                    g.writeStringField("sha256", s.sha256());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("runs");
                for (AnalysisRun r : ws.runs()) {
                    run(g, r);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    private static void run(JsonGenerator g, AnalysisRun r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("analysis", r.analysisId());
        g.writeFieldName("inputs");
        Json.write(g, r.inputs());
        g.writeFieldName("parameters");
        Json.write(g, r.parameters());
        g.writeStringField("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        if (r.failure() != null) {
            g.writeStringField("failure", r.failure());
        }
        ResultSummary s = r.summary();
        if (s != null) {
            g.writeObjectFieldStart("summary");
            g.writeStringField("analysisVersion", s.analysisVersion());
            g.writeArrayFieldStart("values");
            for (ResultSummary.Value v : s.values()) {
                g.writeStartObject();
                g.writeStringField("key", v.key());
                g.writeStringField("label", v.label());
                g.writeFieldName("value");
                Json.number(g, v.value());
                g.writeFieldName("uncertainty");
                Json.number(g, v.uncertainty());
                g.writeStringField("unit", v.unit());
                g.writeStringField("note", v.note());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("warnings");
            Json.write(g, s.warnings());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Relative with '/' when the file lies under the session's folder (so the folder can move), else absolute. */
    static String portable(Path sessionDir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (sessionDir != null && abs.startsWith(sessionDir)) {
            List<String> parts = new ArrayList<>();
            sessionDir.relativize(abs).forEach(p -> parts.add(p.toString()));
            return String.join("/", parts);
        }
        return abs.toString();
    }

    /**
     * Reads a session file.
     *
     * @throws FormatException naming the file and the field (as a JSON path) when it is not a valid session
     */
    public static SessionData read(Path file) throws IOException {
        Path dir = file.toAbsolutePath().normalize().getParent();
        Map<String, Object> root = JsonTree.read(file);
        String format = JsonTree.string(file, root, "format", "", true);
        if (!FORMAT.equals(format)) {
            throw new FormatException(file, -1, "format", "is '" + format + "', not '" + FORMAT + "': not a session file");
        }
        double version = JsonTree.number(file, root, "formatVersion", "");
        if (version != SessionData.FORMAT_VERSION) {
            throw new FormatException(file, -1, "formatVersion", "session format version " + fmt(version)
                    + " is not the version " + SessionData.FORMAT_VERSION + " this workbench reads");
        }
        String savedAt = JsonTree.string(file, root, "savedAt", "", false);
        String theme = "light";
        if (root.get("ui") != null) {
            String t = JsonTree.string(file, JsonTree.object(file, root.get("ui"), "ui"), "theme", "ui.", false);
            theme = t == null ? theme : t;
        }
        List<SessionData.FileRef> files = new ArrayList<>();
        List<Object> fl = JsonTree.list(file, root, "files", "");
        for (int i = 0; i < fl.size(); i++) {
            String p = "files[" + i + "].";
            Map<String, Object> m = JsonTree.object(file, fl.get(i), "files[" + i + "]");
            double size = JsonTree.number(file, m, "size", p);
            files.add(new SessionData.FileRef(JsonTree.string(file, m, "id", p, true),
                    resolve(file, dir, JsonTree.string(file, m, "path", p, true), p + "path"),
                    JsonTree.string(file, m, "sha256", p, true),
                    Double.isNaN(size) ? -1 : (long) size, JsonTree.string(file, m, "reader", p, false),
                    JsonTree.textMap(file, m, "options", p)));
        }
        List<SessionData.StudyRef> studies = new ArrayList<>();
        List<Object> sl = JsonTree.list(file, root, "studies", "");
        for (int i = 0; i < sl.size(); i++) {
            String p = "studies[" + i + "].";
            Map<String, Object> m = JsonTree.object(file, sl.get(i), "studies[" + i + "]");
            studies.add(new SessionData.StudyRef(resolve(file, dir, JsonTree.string(file, m, "path", p, true), p + "path"),
                    JsonTree.string(file, m, "sha256", p, false)));
        }
        List<SessionData.RunRef> runs = new ArrayList<>();
        List<Object> rl = JsonTree.list(file, root, "runs", "");
        for (int i = 0; i < rl.size(); i++) {
            runs.add(runRef(file, JsonTree.object(file, rl.get(i), "runs[" + i + "]"), "runs[" + i + "]."));
        }
        return new SessionData(SessionData.FORMAT_VERSION, savedAt, theme, files, studies, runs);
    }

    private static SessionData.RunRef runRef(Path file, Map<String, Object> m, String p) throws FormatException {
        ResultSummary summary = null;
        if (m.get("summary") != null) {
            Map<String, Object> s = JsonTree.object(file, m.get("summary"), p + "summary");
            List<ResultSummary.Value> values = new ArrayList<>();
            List<Object> vl = JsonTree.list(file, s, "values", p + "summary.");
            for (int k = 0; k < vl.size(); k++) {
                String q = p + "summary.values[" + k + "].";
                Map<String, Object> v = JsonTree.object(file, vl.get(k), q);
                String key = JsonTree.string(file, v, "key", q, true);
                String label = JsonTree.string(file, v, "label", q, false);
                String note = JsonTree.string(file, v, "note", q, false);
                values.add(new ResultSummary.Value(key, label == null ? key : label, JsonTree.number(file, v, "value", q),
                        JsonTree.number(file, v, "uncertainty", q), JsonTree.string(file, v, "unit", q, true),
                        note == null ? "" : note));
            }
            String version = JsonTree.string(file, s, "analysisVersion", p + "summary.", false);
            summary = new ResultSummary(version == null ? "?" : version, values,
                    JsonTree.textList(file, s, "warnings", p + "summary."));
        }
        return new SessionData.RunRef(JsonTree.string(file, m, "id", p, true), JsonTree.string(file, m, "analysis", p, true),
                JsonTree.textList(file, m, "inputs", p), JsonTree.textMap(file, m, "parameters", p),
                JsonTree.string(file, m, "failure", p, false), summary);
    }

    private static String resolve(Path file, Path dir, String path, String field) throws FormatException {
        try {
            Path p = Path.of(path);
            return (p.isAbsolute() || dir == null ? p : dir.resolve(p)).normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            throw new FormatException(file, -1, field, "'" + path + "' is not a valid path: " + e.getReason());
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
