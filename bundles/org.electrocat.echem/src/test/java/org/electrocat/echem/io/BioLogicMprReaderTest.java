package org.electrocat.echem.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.echem.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .mpr reader against the .mpt export of the same run (an independent reader of an
 * independent file): every column both have must agree row by row, to float32 precision for
 * 4-byte columns (the .mpt prints 8 significant digits) and exactly for float64 and flag columns.
 */
class BioLogicMprReaderTest {

    private final BioLogicMprReader mpr = new BioLogicMprReader();
    private final BioLogicMptReader mpt = new BioLogicMptReader();

    private Dataset read(Path f) throws IOException {
        return mpr.read(f, Parameters.resolve("r", mpr.options(), Map.of()), ProgressMonitor.NONE).get(0);
    }

    private Dataset readText(Path f) throws IOException {
        return mpt.read(f, Parameters.resolve("r", mpt.options(), Map.of()), ProgressMonitor.NONE).get(0);
    }

    private static void assertSameRun(Dataset bin, Dataset text, int expectedRows) {
        assertEquals(expectedRows, bin.rows());
        assertEquals(text.rows(), bin.rows());
        assertEquals(text.kind(), bin.kind());
        int compared = 0;
        for (Column b : bin.columns()) {
            Column t = text.require(b.name());
            assertTrue(b.unit().sameAs(t.unit()), b.name() + " units " + b.unit() + " vs " + t.unit());
            assertEquals(t.scale(), b.scale(), b.name() + " scale");
            for (int i = 0; i < b.size(); i++) {
                double tol = 1.2e-7 * Math.abs(t.get(i)) + 1e-30;
                assertEquals(t.get(i), b.get(i), tol, b.name() + " row " + i);
            }
            compared++;
        }
        assertTrue(compared >= 8, "compared " + compared + " columns");
    }

    @Test
    void lsvBinaryMatchesTextExport() throws IOException {
        Path f = SharedData.file("echem/lsv.mpr");
        assertEquals(1.0, mpr.detect(f, Arrays.copyOf(Files.readAllBytes(f), 8192)));
        Dataset bin = read(f);
        Dataset text = readText(SharedData.file("echem/lsv.mpt"));
        assertSameRun(bin, text, 1186);
        assertEquals("Linear Sweep Voltammetry", bin.meta("technique").orElseThrow());
        assertEquals(PotentialScale.SCE, bin.require("E").scale());
        assertEquals("SCE Saturated Calomel Electrode (0.241 V)", bin.meta("reference.electrode").orElseThrow());
        assertEquals(text.meta("acquisition.start"), bin.meta("acquisition.start"));
        assertEquals("11.33", bin.meta("biologic.software.version").orElseThrow());
        assertEquals(37.0, bin.require("I Range").get(0), 0);
    }

    @Test
    void cvBinaryMatchesTextExport() throws IOException {
        Dataset bin = read(SharedData.file("echem/cv.mpr"));
        Dataset text = readText(SharedData.file("echem/cv.mpt"));
        assertSameRun(bin, text, 5103);
        assertEquals(DatasetKind.VOLTAMMOGRAM, bin.kind());
        assertEquals(PotentialScale.UNKNOWN, bin.require("E").scale());
        assertEquals("2018-01-10T17:01:24", bin.meta("acquisition.start").orElseThrow());
        assertNotNull(bin.meta("reference.note").orElseThrow());
    }

    @Test
    void truncatedFileNamesTheOffset(@TempDir Path tmp) throws IOException {
        byte[] all = Files.readAllBytes(SharedData.file("echem/lsv.mpr"));
        Path f = tmp.resolve("cut.mpr");
        Files.write(f, Arrays.copyOf(all, 20000)); // inside the data module (0x1ac4 .. 0xbe80)
        FormatException e = assertThrows(FormatException.class, () -> read(f));
        assertEquals(0x1a8b + 41, e.line(), "offset of the data module's length field");
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().contains("cut.mpr"));

        Path g = tmp.resolve("cut2.mpr");
        Files.write(g, Arrays.copyOf(all, 0x1a8b + 30)); // inside the second module header
        FormatException e2 = assertThrows(FormatException.class, () -> read(g));
        assertEquals(0x1a8b, e2.line());
    }

    @Test
    void unknownColumnIdNamesIdAndOffset(@TempDir Path tmp) throws IOException {
        byte[] all = Files.readAllBytes(SharedData.file("echem/cv.mpr"));
        int idAt = 0x7e6 + 5 + 2 * 9; // tenth id: 24 (cycle number)
        assertEquals(24, all[idAt]);
        all[idAt] = (byte) 0xE7;
        all[idAt + 1] = 0x03; // 999
        Path f = tmp.resolve("odd.mpr");
        Files.write(f, all);
        FormatException e = assertThrows(FormatException.class, () -> read(f));
        assertEquals(idAt, e.line());
        assertEquals("column id", e.field());
        assertTrue(e.getMessage().contains("999"), e.getMessage());
    }

    @Test
    void inflatedPointCountIsRefusedNotAllocated(@TempDir Path tmp) throws IOException {
        byte[] all = Files.readAllBytes(SharedData.file("echem/cv.mpr"));
        int at = 0x7e6;
        all[at] = (byte) 0xff;
        all[at + 1] = (byte) 0xff;
        all[at + 2] = (byte) 0xff;
        all[at + 3] = (byte) 0x7f; // 2^31-1 points
        Path f = tmp.resolve("huge.mpr");
        Files.write(f, all);
        FormatException e = assertThrows(FormatException.class, () -> read(f));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void notAnMprFile(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("x.mpr");
        Files.writeString(f, "EC-Lab ASCII FILE\n");
        assertEquals(0.0, mpr.detect(f, Files.readAllBytes(f)));
        assertEquals(0, assertThrows(FormatException.class, () -> read(f)).line());
    }
}
