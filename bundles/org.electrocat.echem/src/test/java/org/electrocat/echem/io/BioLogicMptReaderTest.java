package org.electrocat.echem.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.electrocat.echem.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EC-Lab text reader against the shared sample files. Expected values were read off the files
 * with {@code head}/{@code tail} and counted with {@code wc -l} minus the header length.
 */
class BioLogicMptReaderTest {

    private final BioLogicMptReader reader = new BioLogicMptReader();

    static Parameters defaults(BioLogicMptReader r) {
        return Parameters.resolve("reader", r.options(), Map.of());
    }

    private Dataset read(Path f) throws IOException {
        List<Dataset> ds = reader.read(f, defaults(reader), ProgressMonitor.NONE);
        assertEquals(1, ds.size());
        return ds.get(0);
    }

    @Test
    void lsvWithScaReference() throws IOException {
        Path f = SharedData.file("echem/lsv.mpt");
        assertEquals(1.0, reader.detect(f, Files.readAllBytes(f)));
        Dataset d = read(f);
        assertEquals(DatasetKind.VOLTAMMOGRAM, d.kind());
        assertEquals(1186, d.rows());
        assertEquals("Linear Sweep Voltammetry", d.meta("technique").orElseThrow());
        Column e = d.require("E");
        assertEquals(PotentialScale.SCE, e.scale());
        assertTrue(e.unit().sameAs(Units.VOLT));
        assertEquals(-2.4618463E-001, e.get(0), 0);
        assertEquals(-4.0008063, e.get(1185), 0);
        Column i = d.require("I");
        assertTrue(i.unit().sameAs(Units.MILLIAMPERE));
        assertEquals(-6.556889057159424, i.get(0), 0);
        assertEquals(-1.195750350952148E+002, i.get(1185), 0);
        assertEquals(4.799999878741801E-002, d.require("time").get(0), 0);
        assertEquals(1.972071950181271E+002, d.require("time").get(1185), 0);
        assertEquals(PotentialScale.SCE, d.require("E_control").scale());
        assertEquals(PotentialScale.SCE, d.require("E_ce").scale());
        assertTrue(d.require("Q").unit().sameAs(Units.COULOMB));
        assertEquals(null, d.require("Ewe-Ece").scale(), "a cell voltage is not vs the reference");
        assertEquals("20.0 mV/s", d.meta("scan.rate").orElseThrow());
        assertEquals("2021-03-02T15:46:03", d.meta("acquisition.start").orElseThrow());
        assertEquals(1, d.provenance().sources().size());
        assertEquals(64, d.provenance().sources().get(0).sha256().length());
    }

    @Test
    void cvWithoutReferenceIsUnknownWithNote() throws IOException {
        Dataset d = read(SharedData.file("echem/cv.mpt"));
        assertEquals(5103, d.rows());
        assertEquals(DatasetKind.VOLTAMMOGRAM, d.kind());
        assertEquals(PotentialScale.UNKNOWN, d.require("E").scale());
        assertTrue(d.meta("reference.note").orElseThrow().contains("does not name"));
        assertEquals("0.1 mV/s", d.meta("scan.rate").orElseThrow());
        assertEquals(43202.04396882385, d.require("time").get(0), 0);
        assertEquals(149651.3870154098, d.require("time").get(5102), 0);
        assertEquals(6.838552079206513E-004, d.require("I").get(5102), 0);
        assertEquals(2.0, d.require("cycle").get(5102), 0);
        assertEquals(1.0, d.require("counter inc.").get(5102), 0);
    }

    @Test
    void decimalCommaFile() throws IOException {
        Dataset d = read(SharedData.file("echem/Pt_poly_cv_CUT.mpt"));
        assertEquals("comma", d.meta("decimal.separator").orElseThrow());
        assertEquals(223, d.rows());
        assertEquals("Cyclic Voltammetry Advanced", d.meta("technique").orElseThrow());
        assertEquals(3.289600104471901, d.require("time").get(0), 0);
        assertEquals(151.8101963525260, d.require("time").get(222), 0);
        assertEquals(1.5471299E-001, d.require("E").get(222), 0);
        assertEquals(1.777131863198953E-002, d.require("I").get(222), 0);
        assertEquals(5.0, d.require("cycle").get(222), 0);
        assertEquals("100.0 mV/s", d.meta("scan.rate").orElseThrow());
        assertEquals("0,001 cm²", d.meta("electrode.area").orElseThrow(), "ISO-8859-1 '²' decoded");
    }

    @Test
    void impedanceWithSignedImaginaryPart() throws IOException {
        Dataset d = read(SharedData.file("eis/exampleDataBioLogic.mpt"));
        assertEquals(DatasetKind.IMPEDANCE, d.kind());
        assertEquals(43, d.rows());
        assertEquals(1.0003201E+003, d.require("f").get(0), 0);
        assertEquals(6.5470886E+001, d.require("Z'").get(0), 0);
        assertEquals(-3.8998979E-001, d.require("Z''").get(0), 0, "-Im(Z) negated");
        assertEquals(1.6895540E-002, d.require("f").get(42), 0);
        assertEquals(-2.3458567, d.require("Z''").get(42), 0);
        assertTrue(d.require("Cs").unit().sameAs(Units.parse("uF")));
        assertTrue(d.require("Re(Y)").unit().isCompatible(Units.parse("S")));
    }

    @Test
    void referenceOptionOverridesFile() throws IOException {
        Path f = SharedData.file("echem/cv.mpt");
        Parameters p = Parameters.resolve("reader", reader.options(), Map.of("reference", "Ag/AgCl (3 M KCl)"));
        Dataset d = reader.read(f, p, ProgressMonitor.NONE).get(0);
        assertEquals(PotentialScale.AG_AGCL_3M_KCL, d.require("E").scale());
    }

    @Test
    void truncatedDataLineNamesLineAndColumn(@TempDir Path tmp) throws IOException {
        String text = "EC-Lab ASCII FILE\nNb header lines : 4\n\ntime/s\tEwe/V\t<I>/mA\n0\t0.1\t1\n1\t0.2\n";
        Path f = tmp.resolve("bad.mpt");
        Files.write(f, text.getBytes(StandardCharsets.ISO_8859_1));
        FormatException e = assertThrows(FormatException.class, () -> read(f));
        assertEquals(6, e.line());
        assertEquals("<I>/mA", e.field());
        assertTrue(e.getMessage().contains("bad.mpt"));
    }

    @Test
    void headerLongerThanFileIsAnError(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("short.mpt");
        Files.writeString(f, "EC-Lab ASCII FILE\nNb header lines : 60\n\nCyclic Voltammetry\n");
        FormatException e = assertThrows(FormatException.class, () -> read(f));
        assertEquals("Nb header lines", e.field());
    }

    @Test
    void notANumberNamesTheField(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("nan.mpt");
        Files.writeString(f, "EC-Lab ASCII FILE\nNb header lines : 3\ntime/s\tEwe/V\n0\t0.1\n1\tabc\n");
        FormatException e = assertThrows(FormatException.class, () -> read(f));
        assertEquals(5, e.line());
        assertEquals("Ewe/V", e.field());
    }

    @Test
    void largeFileIsSplitAcrossThreadsWithoutLosingOrderOrLineNumbers(@TempDir Path tmp) throws IOException {
        int rows = 400_000; // ~16 MB: above the parallel threshold
        StringBuilder sb = new StringBuilder("EC-Lab ASCII FILE\r\nNb header lines : 4\r\n\r\ntime/s\tEwe/V\t<I>/mA\r\n");
        for (int i = 0; i < rows; i++) {
            sb.append(i).append(".000000000000000E+000\t").append(-0.5 - i * 1e-6).append("\t")
                    .append(i % 7 == 0 ? "-1.5E+000" : "2.25E-001").append("\r\n");
        }
        Path f = tmp.resolve("big.mpt");
        Files.writeString(f, sb, StandardCharsets.ISO_8859_1);
        Dataset d = read(f);
        assertEquals(rows, d.rows());
        double[] t = d.require("time").array();
        for (int i = 0; i < rows; i++) {
            if (t[i] != i) {
                throw new AssertionError("row " + i + " has time " + t[i]);
            }
        }
        assertEquals(-0.5 - (rows - 1) * 1e-6, d.require("E").get(rows - 1), 0);
        int bad = 345_678;
        String text = sb.toString().replace("\n" + bad + ".000000000000000E+000\t", "\n" + bad + ".0x\t");
        Path g = tmp.resolve("bad-big.mpt");
        Files.writeString(g, text, StandardCharsets.ISO_8859_1);
        FormatException e = assertThrows(FormatException.class, () -> read(g));
        assertEquals(4 + 1 + bad, e.line(), "header is 4 lines, data row k is line 5 + k");
        assertEquals("time/s", e.field());
    }
}
