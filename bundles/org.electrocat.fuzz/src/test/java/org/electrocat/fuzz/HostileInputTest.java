package org.electrocat.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.electrocat.api.FormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crafted hostile files not covered by the bundles' own tests (zip slip/bombs: io.safe
 * SafeZipGzipTest; XXE with SYSTEM entity in mzML: ms ReadersTest; ../ in a study dataset:
 * StudyRunnerTest). Each must be refused with a FormatException naming the file, within the fuzz
 * time limit and under the fuzz heap (-Xmx512m), without reading the entity target.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    /** Runs the named target on {@code content} written as fuzz-input.<ext>; returns the refusal. */
    private FormatException refused(String target, byte[] content) throws IOException {
        FuzzTarget t = FuzzTarget.byName(target);
        try (ReadHarness h = new ReadHarness(tmp)) {
            ReadHarness.Outcome o = h.run(t, content);
            assertFalse(o.isBug(), () -> target + ": " + o.bug() + ": " + o.error());
            return assertInstanceOf(FormatException.class, o.error(), target + " accepted a hostile file");
        }
    }

    @Test
    void billionLaughsInMzmlIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE mzML [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = "<?xml version=\"1.0\"?>\n" + dtd + "]>\n<mzML><run><spectrumList count=\"1\">"
                + "<spectrum id=\"&l10;\" defaultArrayLength=\"0\"/></spectrumList></run></mzML>";
        FormatException e = refused("MzmlReader", xml.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("fuzz-input.mzML"), e.getMessage());
    }

    @Test
    void externalParameterEntityInMzxmlIsRefused() throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "top secret");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE mzXML [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]>\n"
                + "<mzXML><msRun scanCount=\"0\"/></mzXML>";
        FormatException e = refused("MzxmlReader", xml.getBytes(StandardCharsets.UTF_8));
        assertFalse(e.getMessage().contains("top secret"), e.getMessage());
    }

    @Test
    void gzipBombAthenaProjectIsRefusedWithoutExhaustingTheHeap() throws IOException {
        // 1 GiB of spaces deflates to about 1 MiB; the reader's default limit is 256 MB
        Path bomb = tmp.resolve("bomb.gz");
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) ' ');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            out.write("# Athena project file -- Demeter version 0.9.26\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 1024; i++) {
                out.write(block);
            }
        }
        assertTrue(Files.size(bomb) < 4 << 20, "bomb is small on disk: " + Files.size(bomb));
        FormatException e = refused("AthenaProjectReader", Files.readAllBytes(bomb));
        assertTrue(e.getMessage().contains("fuzz-input.prj"), e.getMessage());
    }

    @Test
    void studyOutputDirectoryMayNotLeaveTheStudyFolder() throws IOException {
        String yaml = "study: X\ndatasets:\n  - id: a\n    file: a.csv\noutput:\n  directory: ../../home/user\n";
        FormatException e = refused("runtime.StudyFile", yaml.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("outside the study folder"), e.getMessage());
        String abs = yaml.replace("../../home/user", "/tmp/elsewhere");
        assertTrue(refused("runtime.StudyFile", abs.getBytes(StandardCharsets.UTF_8)).getMessage().contains("directory"));
    }

    @Test
    void studyDatasetPathWithNulByteIsAFormatError() throws IOException {
        String yaml = "study: X\ndatasets:\n  - id: a\n    file: \"a\\0.csv\"\n";
        FormatException e = refused("runtime.StudyFile", yaml.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("not a valid path"), e.getMessage());
    }
}
