package org.electrocat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.electrocat.api.FormatException;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Provenance;
import org.electrocat.ui.model.AnalysisRun;
import org.electrocat.ui.model.ResultSummary;
import org.electrocat.ui.model.SessionData;
import org.electrocat.ui.model.SessionFile;
import org.electrocat.ui.model.SessionRestore;
import org.electrocat.ui.model.Workspace;
import org.electrocat.ui.model.WorkspaceRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions: round trip, moved folders, changed and missing raw files, damaged session files. */
class SessionTest {

    @TempDir
    Path dir;

    private final WorkspaceRunner runner = Fixtures.runner();

    /** A workspace with one file and one computed run, saved to dir/project.ecsession. */
    private Workspace saved(Path project) throws Exception {
        Files.createDirectories(project.resolve("data"));
        Path data = Fixtures.sineFile(project.resolve("data"), "sine.csv", 200, 1);
        Workspace ws = new Workspace();
        ws.putFile(runner.open(data, ws.newFileId(data), null, Map.of(), ProgressMonitor.NONE));
        AnalysisRun run = runner.run(ws.files(), ws.runs(), AnalysisRun.pending(ws.newRunId("test.integral"),
                "test.integral", List.of("sine"), Map.of("scale", "2", "rule", "trapezoid")), ProgressMonitor.NONE).run();
        ws.putRun(run);
        assertTrue(ws.modified());
        SessionFile.write(ws, "dark", Map.of("ElectroCat", "test"), project.resolve("project.ecsession"));
        ws.saved(project.resolve("project.ecsession"));
        return ws;
    }

    @Test
    void aSessionRoundTripsFilesParametersAndResultSummaries() throws Exception {
        Path project = dir.resolve("project");
        Workspace ws = saved(project);
        assertTrue(!ws.modified());
        String json = Files.readString(project.resolve("project.ecsession"));
        assertTrue(json.contains("\"path\" : \"data/sine.csv\""), "a file under the session folder is stored relative: " + json);
        try (Stream<Path> s = Files.list(project)) {
            assertEquals(List.of("data", "project.ecsession"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the atomic save leaves no temporary file");
        }
        SessionData d = SessionFile.read(project.resolve("project.ecsession"));
        assertEquals("dark", d.theme());
        assertEquals(1, d.files().size());
        SessionData.FileRef f = d.files().get(0);
        assertEquals(project.resolve("data/sine.csv").toString(), f.path());
        assertEquals(Provenance.sha256(project.resolve("data/sine.csv")), f.sha256());
        assertEquals("core.csv", f.reader());
        SessionData.RunRef r = d.runs().get(0);
        assertEquals("integral-1", r.id());
        assertEquals(List.of("sine"), r.inputs());
        assertEquals(ws.runs().get(0).parameters(), r.parameters());
        assertEquals(ResultSummary.of(ws.runs().get(0).result()), r.summary());
        assertEquals(2 * Fixtures.trapezoidSin(200), r.summary().values().get(0).value(), 1e-12);
        assertTrue(Double.isNaN(r.summary().values().get(0).uncertainty()), "undetermined uncertainty comes back as NaN");

        SessionRestore.Restored back = SessionRestore.restore(d, runner, ProgressMonitor.NONE);
        assertEquals(List.of(), back.problems());
        assertEquals(AnalysisRun.Status.DONE, back.runs().get(0).status());
        assertEquals(ws.runs().get(0).result().values(), back.runs().get(0).result().values());
    }

    @Test
    void aMovedProjectFolderStillOpensBecausePathsUnderItAreRelative() throws Exception {
        saved(dir.resolve("project"));
        Files.move(dir.resolve("project"), dir.resolve("moved"));
        SessionRestore.Restored back = SessionRestore.restore(SessionFile.read(dir.resolve("moved/project.ecsession")), runner,
                ProgressMonitor.NONE);
        assertEquals(List.of(), back.problems());
        assertEquals(dir.resolve("moved/data/sine.csv"), back.files().get(0).path());
    }

    @Test
    void reopeningASessionWhoseRawFileChangedSaysSoAndShowsTheNewValues() throws Exception {
        Path project = dir.resolve("project");
        saved(project);
        String before = Provenance.sha256(project.resolve("data/sine.csv"));
        Fixtures.sineFile(project.resolve("data"), "sine.csv", 200, 3);
        String after = Provenance.sha256(project.resolve("data/sine.csv"));
        SessionRestore.Restored back = SessionRestore.restore(SessionFile.read(project.resolve("project.ecsession")), runner,
                ProgressMonitor.NONE);
        assertEquals(2, back.problems().size(), back.problems().toString());
        String changed = back.problems().get(0);
        assertTrue(changed.contains("changed since the session was saved"), changed);
        assertTrue(changed.contains(before.substring(0, 12)) && changed.contains(after.substring(0, 12)), changed);
        String differs = back.problems().get(1);
        assertTrue(differs.startsWith("run 'integral-1' gives other values than when the session was saved: area = "), differs);
        assertEquals(6 * Fixtures.trapezoidSin(200), back.runs().get(0).result().value("area").orElseThrow().quantity().value(),
                1e-12);
        assertEquals(after, back.files().get(0).sha256());
    }

    @Test
    void aMissingRawFileKeepsTheSavedValuesAndSaysWhy() throws Exception {
        Path project = dir.resolve("project");
        saved(project);
        Files.delete(project.resolve("data/sine.csv"));
        SessionRestore.Restored back = SessionRestore.restore(SessionFile.read(project.resolve("project.ecsession")), runner,
                ProgressMonitor.NONE);
        assertEquals(0, back.files().size());
        assertTrue(back.problems().get(0).contains("is missing"), back.problems().toString());
        AnalysisRun r = back.runs().get(0);
        assertEquals(AnalysisRun.Status.SAVED, r.status());
        assertNull(r.result());
        assertEquals(2 * Fixtures.trapezoidSin(200), r.summary().values().get(0).value(), 1e-12);
    }

    @Test
    void damagedSessionFilesAreRefusedWithFileAndField() throws Exception {
        Path p = dir.resolve("bad.ecsession");
        Files.writeString(p, "{\"format\": \"electrocat.session\", \"formatVersion\": 1, \"runs\": [{\"id\": \"a\"}]}");
        FormatException e = assertThrows(FormatException.class, () -> SessionFile.read(p));
        assertEquals("runs[0].analysis", e.field());
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        Files.writeString(p, "{\"format\": \"electrocat.session\", \"formatVersion\": 2}");
        assertEquals("formatVersion", assertThrows(FormatException.class, () -> SessionFile.read(p)).field());
        Files.writeString(p, "{\"format\": \"something.else\"}");
        assertTrue(assertThrows(FormatException.class, () -> SessionFile.read(p)).getMessage().contains("not a session file"));
        Files.writeString(p, "{\"format\": \"electrocat.session\",\n \"formatVersion\": 1,\n \"files\": [ {\"id\": }");
        assertEquals(3, assertThrows(FormatException.class, () -> SessionFile.read(p)).line());
        Files.writeString(p, "{\"format\": \"electrocat.session\", \"formatVersion\": 1, \"x\": " + "[".repeat(100)
                + "]".repeat(100) + "}");
        assertTrue(assertThrows(FormatException.class, () -> SessionFile.read(p)).getMessage().contains("nested too deeply"));
        Files.writeString(p, "{\"format\": \"electrocat.session\", \"formatVersion\": 1, \"files\": [{\"id\": \"a\","
                + " \"path\": \"x\\u0000y\", \"sha256\": \"0\"}]}");
        assertEquals("files[0].path", assertThrows(FormatException.class, () -> SessionFile.read(p)).field());
        Files.writeString(p, "{\"format\": \"electrocat.session\", \"formatVersion\": 1, \"files\": {\"id\": 1}}");
        assertEquals("files", assertThrows(FormatException.class, () -> SessionFile.read(p)).field());
    }
}
