package org.electrocat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electrocat.api.FormatException;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyRunnerTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Path study(String analyses) throws IOException {
        // I = 2 A for 3 s: the charge is exactly 6 C
        write("data/a.toy", "#toy\n0,2\n1,2\n2,2\n3,2\n");
        return write("study.yaml", "study: Toy\nconditions: {pH: 14}\ndatasets:\n  - id: a\n    file: data/a.toy\n"
                + analyses);
    }

    @Test
    void runsAStudyEndToEnd() throws IOException {
        Path f = study("analyses:\n  - id: q\n    analysis: toy.charge\n    inputs: [a]\n    parameters: {scale: 2}\n");
        Study s = StudyFile.load(f);
        StudyOutcome out = new StudyRunner(ToyPlugin.registry()).run(s, ProgressMonitor.NONE);
        assertTrue(out.complete(), out.failures().toString());
        assertEquals(12.0, out.results().get(0).result().value("q").orElseThrow().quantity().value(), 1e-12);
        // provenance: the source file with its checksum and the step with its parameters
        var prov = out.results().get(0).result().provenance();
        assertEquals(1, prov.sources().size());
        assertEquals(64, prov.sources().get(0).sha256().length());
        assertEquals("2", prov.steps().get(0).parameters().get("scale"));
    }

    @Test
    void missingPluginIsNamedBeforeAnythingIsRead() throws IOException {
        Path f = study("analyses:\n  - id: fe\n    analysis: echem.fe\n    inputs: [a]\n");
        Study s = StudyFile.load(f);
        MissingPluginException e = assertThrows(MissingPluginException.class,
                () -> new StudyRunner(ToyPlugin.registry()).run(s, ProgressMonitor.NONE));
        assertEquals("echem", e.technique());
        assertTrue(e.getMessage().contains("'echem'") && e.getMessage().contains("toy"), e.getMessage());
    }

    @Test
    void unknownParameterIsRejected() throws IOException {
        Path f = study("analyses:\n  - id: q\n    analysis: toy.charge\n    inputs: [a]\n    parameters: {scael: 2}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StudyRunner(ToyPlugin.registry()).run(StudyFile.load(f), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("scael") && e.getMessage().contains("scale"), e.getMessage());
    }

    @Test
    void outOfRangeParameterFailsTheStepOnly() throws IOException {
        Path f = study("analyses:\n  - id: q\n    analysis: toy.charge\n    inputs: [a]\n    parameters: {scale: 50}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StudyRunner(ToyPlugin.registry()).check(StudyFile.load(f)));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }

    @Test
    void badDataLineIsNamed() throws IOException {
        Path f = study("");
        write("data/a.toy", "#toy\n0,2\n1,x\n");
        FormatException e = assertThrows(FormatException.class,
                () -> new StudyRunner(ToyPlugin.registry()).run(StudyFile.load(f), ProgressMonitor.NONE));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("a.toy:3"), e.getMessage());
    }

    @Test
    void missingFileAndUnknownFormatAreNamed() throws IOException {
        Path f = study("");
        Files.delete(dir.resolve("data/a.toy"));
        IOException e = assertThrows(IOException.class,
                () -> new StudyRunner(ToyPlugin.registry()).run(StudyFile.load(f), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("a.toy") && e.getMessage().contains("dataset 'a'"), e.getMessage());
        write("data/a.toy", "not a toy file\n");
        FormatException fe = assertThrows(FormatException.class,
                () -> new StudyRunner(ToyPlugin.registry()).run(StudyFile.load(f), ProgressMonitor.NONE));
        assertTrue(fe.getMessage().contains("no installed reader"), fe.getMessage());
    }

    @Test
    void nanInputsAreFlaggedInTheResult() throws IOException {
        Path f = study("analyses:\n  - id: q\n    analysis: toy.charge\n    inputs: [a]\n");
        write("data/a.toy", "#toy\n0,2\n1,NaN\n2,2\n");
        StudyOutcome out = new StudyRunner(ToyPlugin.registry()).run(StudyFile.load(f), ProgressMonitor.NONE);
        var warnings = out.results().get(0).result().warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("column 'I' has 1 NaN") && warnings.get(0).contains("row 2"), warnings.get(0));
    }

    @Test
    void emptyFileIsNamed() throws IOException {
        Path f = study("");
        write("data/a.toy", "");
        FormatException e = assertThrows(FormatException.class,
                () -> new StudyRunner(ToyPlugin.registry()).run(StudyFile.load(f), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("a.toy") && e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void studyFileErrorsNameTheLine() throws IOException {
        Path f = write("s.yaml", "study: X\ndatasets:\n  - id: a\n    fiel: a.toy\n");
        FormatException e = assertThrows(FormatException.class, () -> StudyFile.load(f));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("fiel"), e.getMessage());
        Path g = write("g.yaml", "study: X\ndatasets:\n  - id: a\n    file: ../../etc/passwd\n");
        FormatException ge = assertThrows(FormatException.class, () -> StudyFile.load(g));
        assertTrue(ge.getMessage().contains("outside the study folder"), ge.getMessage());
        Path h = write("h.yaml", "study: X\ndatasets: [\n");
        assertThrows(FormatException.class, () -> StudyFile.load(h));
        Path dup = write("d.yaml", "study: X\ndatasets:\n  - {id: a, file: a.toy}\n  - {id: a, file: b.toy}\n");
        FormatException de = assertThrows(FormatException.class, () -> StudyFile.load(dup));
        assertEquals(4, de.line());
        Path bomb = write("b.yaml", "study: X\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\ndatasets: []\n");
        assertThrows(FormatException.class, () -> StudyFile.load(bomb));
        assertFalse(Files.exists(dir.resolve("report")));
    }
}
