package org.electrocat.echem.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.electrocat.echem.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gamry .DTA and CHI text readers; expected values read off the files with head/tail/grep. */
class GamryAndChiReaderTest {

    private static List<Dataset> read(DatasetReader r, Path f) throws IOException {
        return r.read(f, Parameters.resolve("r", r.options(), Map.of()), ProgressMonitor.NONE);
    }

    @Test
    void gamryCvMergesCurvesIntoCycles() throws IOException {
        Path f = SharedData.file("echem/gamry_cv_data.dta");
        GamryDtaReader r = new GamryDtaReader();
        assertEquals(1.0, r.detect(f, Files.readAllBytes(f)));
        List<Dataset> ds = read(r, f);
        assertEquals(1, ds.size());
        Dataset d = ds.get(0);
        assertEquals(DatasetKind.VOLTAMMOGRAM, d.kind());
        assertEquals(50, d.rows(), "CURVE1..CURVE5, 10 points each");
        assertEquals(PotentialScale.UNKNOWN, d.require("E").scale());
        assertTrue(d.require("I").unit().sameAs(Units.AMPERE));
        assertEquals(4.9E-001, d.require("E").get(0), 0);
        assertEquals(7.80498E-009, d.require("I").get(0), 0);
        assertEquals(8.89001E-001, d.require("E").get(49), 0);
        assertEquals(2.62272E-007, d.require("I").get(49), 0);
        assertEquals(601.1, d.require("time").get(49), 0);
        assertEquals(1.0, d.require("cycle").get(0), 0);
        assertEquals(5.0, d.require("cycle").get(49), 0);
        assertEquals("1.23456 mV/s", d.meta("scan.rate").orElseThrow());
        assertEquals("POTEN", d.meta("gamry.VLIMIT1.type").orElseThrow());
        assertEquals("1.00000E-001 F", d.meta("gamry.VLIMIT1").orElseThrow());
        assertEquals("Scan Limit 1 (V)", d.meta("gamry.VLIMIT1.label").orElseThrow());
        assertEquals("test-notes-data", d.meta("gamry.CHECKNOTES").orElseThrow());
        assertTrue(d.meta("gamry.skipped.columns").orElseThrow().startsWith("Over"));
        assertTrue(d.meta("reference.note").orElseThrow().contains("V vs. Ref."));
    }

    @Test
    void gamryEisHasImpedanceAndOcvTables() throws IOException {
        List<Dataset> ds = read(new GamryDtaReader(), SharedData.file("eis/exampleDataGamry.DTA"));
        assertEquals(2, ds.size());
        Dataset z = ds.get(0);
        assertEquals(DatasetKind.IMPEDANCE, z.kind());
        assertEquals("exampleDataGamry", z.id());
        assertEquals(72, z.rows());
        assertEquals(200015.6, z.require("f").get(0), 0);
        assertEquals(825.8584, z.require("Z'").get(0), 0);
        assertEquals(-1367.239, z.require("Z''").get(0), 0);
        assertEquals(0.0158898, z.require("f").get(71), 0);
        assertEquals(-21.31349, z.require("phase").get(71), 0);
        assertTrue(z.require("phase").unit().sameAs(Units.DEGREE));
        Dataset ocv = ds.get(1);
        assertEquals("exampleDataGamry.OCVCURVE", ocv.id());
        assertEquals(DatasetKind.TIME_SERIES, ocv.kind());
        assertEquals(387, ocv.rows());
        assertEquals(-2.91980E-001, ocv.require("E").get(386), 0);
        assertTrue(Double.isNaN(ocv.require("Temp").get(0)), "-327.67 °C means no sensor");
        assertEquals("1.0 cm2", z.meta("electrode.area").orElseThrow());
    }

    @Test
    void gamryTruncatedTableIsNamed(@TempDir Path tmp) throws IOException {
        List<String> lines = Files.readAllLines(SharedData.file("eis/exampleDataGamry.DTA"),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Path f = tmp.resolve("cut.DTA");
        Files.write(f, lines.subList(0, 100), java.nio.charset.StandardCharsets.ISO_8859_1);
        FormatException e = assertThrows(FormatException.class, () -> read(new GamryDtaReader(), f));
        assertEquals("OCVCURVE", e.field());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void chiImpedance() throws IOException {
        Path f = SharedData.file("eis/exampleDataCHInstruments.txt");
        ChiTextReader r = new ChiTextReader();
        assertEquals(1.0, r.detect(f, Files.readAllBytes(f)));
        Dataset d = read(r, f).get(0);
        assertEquals(DatasetKind.IMPEDANCE, d.kind());
        assertEquals("A.C. Impedance", d.meta("technique").orElseThrow());
        assertEquals("CHI660E", d.meta("instrument").orElseThrow());
        assertEquals("0.025", d.meta("chi.Amplitude (V)").orElseThrow());
        assertEquals(73, d.rows());
        assertEquals(9.961e+4, d.require("f").get(0), 0);
        assertEquals(-2.748, d.require("Z''").get(0), 0);
        assertEquals(1.000e-1, d.require("f").get(72), 0);
        assertEquals(5.685e+3, d.require("Z'").get(72), 0);
        assertEquals(1.685e+4, d.require("|Z|").get(72), 0);
        assertEquals(-70.3, d.require("phase").get(72), 0);
    }

    @Test
    void chiCyclicVoltammetryLayout(@TempDir Path tmp) throws IOException {
        // layout of a CHI CV export (parameters, a Results block, then data), values made up
        String text = "Nov. 5, 2018   10:30:26\nCyclic Voltammetry\nFile:  x.bin\nData Source:  Experiment\n"
                + "Instrument Model:  CHI760E\nHeader:\nNote:\n\nInit E (V) = 0.2\nHigh E (V) = 0.8\n"
                + "Low E (V) = -0.2\nInit P/N = P\nScan Rate (V/s) = 0.05\nSegment = 2\n\nResults:\nSegment 1:\n"
                + "Ep = 0.259V\nip = 1.234e-6A\n\nPotential/V, Current/A\n\n0.200, 1.0e-6\n0.201, 1.1e-6\n0.202, 1.3e-6\n";
        Path f = tmp.resolve("cv.txt");
        Files.writeString(f, text);
        ChiTextReader r = new ChiTextReader();
        assertEquals(1.0, r.detect(f, Files.readAllBytes(f)));
        Dataset d = read(r, f).get(0);
        assertEquals(DatasetKind.VOLTAMMOGRAM, d.kind());
        assertEquals(3, d.rows());
        assertEquals("0.05 V/s", d.meta("scan.rate").orElseThrow());
        assertEquals("0.2", d.meta("chi.Init E (V)").orElseThrow());
        assertEquals(1.3e-6, d.require("I").get(2), 0);
        assertEquals(0.202, d.require("E").get(2), 0);
    }

    @Test
    void chiLineOfCommasAfterTheHeaderIsNotNumbers(@TempDir Path tmp) throws IOException {
        // found by Jazzer (fuzzChiText): ",,," after a header line made the header probe index an
        // empty split result (ArrayIndexOutOfBoundsException); now that header is not taken, and
        // the file is refused for having no header followed by numbers
        String text = "Nov. 5, 2018   10:30:26\nA.C. Impedance\nFile:  x.bin\n\nFreq/Hz, Z'/ohm\n,,,\n";
        Path f = tmp.resolve("commas.txt");
        Files.writeString(f, text);
        FormatException e = assertThrows(FormatException.class, () -> read(new ChiTextReader(), f));
        assertEquals("column header", e.field());
        assertTrue(e.getMessage().contains("commas.txt"), e.getMessage());
    }

    @Test
    void eachSampleIsClaimedByExactlyOneReader() throws IOException {
        List<DatasetReader> readers = List.of(new BioLogicMptReader(), new BioLogicMprReader(), new GamryDtaReader(),
                new ChiTextReader());
        Map<String, String> expected = Map.of("echem/lsv.mpt", "echem.biologic-mpt", "echem/lsv.mpr",
                "echem.biologic-mpr", "echem/cv.mpr", "echem.biologic-mpr", "echem/Pt_poly_cv_CUT.mpt",
                "echem.biologic-mpt", "echem/gamry_cv_data.dta", "echem.gamry-dta", "eis/exampleDataGamry.DTA",
                "echem.gamry-dta", "eis/exampleDataCHInstruments.txt", "echem.chi-txt", "eis/exampleDataBioLogic.mpt",
                "echem.biologic-mpt", "eis/exampleData.csv", "none");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path f = SharedData.file(e.getKey());
            byte[] all = Files.readAllBytes(f);
            byte[] head = java.util.Arrays.copyOf(all, Math.min(all.length, DatasetReader.HEAD_BYTES));
            // a misleading extension must not matter: detection looks at the content only
            Path renamed = f.resolveSibling("renamed.dat");
            String best = "none";
            double bestScore = 0.5;
            for (DatasetReader r : readers) {
                double s = r.detect(renamed, head);
                assertTrue(s == 0 || s != bestScore, "tie for " + e.getKey());
                if (s > bestScore) {
                    bestScore = s;
                    best = r.id();
                }
            }
            assertEquals(e.getValue(), best, e.getKey());
        }
    }
}
