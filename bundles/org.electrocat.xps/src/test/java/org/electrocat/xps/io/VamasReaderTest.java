package org.electrocat.xps.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.xps.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VamasReaderTest {

    private final VamasReader reader = new VamasReader();

    @TempDir
    Path tmp;

    private List<Dataset> read(Path p) throws IOException {
        return reader.read(p, Parameters.resolve("test", reader.options(), Map.of()), ProgressMonitor.NONE);
    }

    @Test
    void regularAndIrregularFilesGiveTheSameSpectrum() throws IOException {
        Dataset reg = read(SharedData.file("xps/regular.vms")).get(0);
        Dataset irr = read(SharedData.file("xps/irregular.vms")).get(0);
        assertEquals(1351, reg.rows());
        assertEquals(reg.rows(), irr.rows());
        // the files: KE from 136.61 eV in 1 eV steps, Al Kα 1486.61 eV, so BE runs down from 1350 eV
        assertEquals(136.61, reg.require("KE").get(0), 1e-9);
        assertEquals(1350.0, reg.require("BE").get(0), 1e-9);
        assertArrayEquals(reg.require("KE").array(), irr.require("KE").array(), 1e-6);
        assertArrayEquals(reg.require("BE").array(), irr.require("BE").array(), 1e-6);
        double[] a = reg.require("intensity").array();
        double[] b = irr.require("intensity").array();
        for (int i = 0; i < a.length; i++) {
            // regular: counts / 0.1 s dwell; irregular: counts per second, both written to 6 digits
            assertEquals(a[i], b[i], 1e-5 * Math.abs(a[i]) + 1e-6, "point " + i);
        }
        assertArrayEquals(reg.require("transmission").array(), irr.require("transmission").array(), 1e-9);
        assertEquals("Survey", reg.name());
        assertEquals("Survey", irr.name());
        assertEquals("100.0", reg.meta("xps.pass-energy").orElseThrow());
        assertEquals("not specified", irr.meta("xps.pass-energy").orElseThrow(), "1e+037 means not specified");
        assertEquals("1486.61", reg.meta(XpsSpectra.PHOTON_ENERGY).orElseThrow());
        assertEquals(64, reg.provenance().sources().get(0).sha256().length());
    }

    @Test
    void xyExportOfTheSameSurveyAgreesWithTheVamasFile() throws IOException {
        Dataset vms = read(SharedData.file("xps/regular.vms")).get(0);
        XyReader xy = new XyReader();
        List<Dataset> regions = xy.read(SharedData.file("xps/MgFe2O4_small.xy"),
                Parameters.resolve("test", xy.options(), Map.of()), ProgressMonitor.NONE);
        assertEquals(List.of("Survey", "Fe2p"), regions.stream().map(Dataset::name).toList());
        Dataset survey = regions.get(0);
        assertEquals(vms.rows(), survey.rows());
        assertArrayEquals(vms.require("BE").array(), survey.require("BE").array(), 1e-6);
        assertArrayEquals(vms.require("KE").array(), survey.require("KE").array(), 1e-6);
        double[] a = vms.require("intensity").array();
        double[] b = survey.require("intensity").array();
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-5 * Math.abs(a[i]) + 1e-3, "point " + i);
        }
        assertEquals(750.0, regions.get(1).require("BE").get(0), 0);
    }

    @Test
    void severalBlocksBecomeSeveralDatasets() throws IOException {
        Path f = write("multi.vms", Synthetic.vamas(List.of(
                new Synthetic.Block("Pd", "3d", 1486.6, 1100, 0.1, new double[] {10, 20, 30, 40}),
                new Synthetic.Block("Ag", "3d", 1486.6, 1110, 0.05, new double[] {5, 6, 7}),
                new Synthetic.Block("Pd", "3d", 1486.6, 1100, 0.1, new double[] {1, 2, 3, 4}))));
        List<Dataset> ds = read(f);
        assertEquals(List.of("Pd 3d", "Ag 3d", "Pd 3d #2"), ds.stream().map(Dataset::id).toList());
        assertEquals(200.0, ds.get(0).require("intensity").get(1), 1e-9, "20 counts / 0.1 s");
        assertEquals(1486.6 - 1110 - 0.5, ds.get(1).require("BE").get(1), 1e-9);
        assertEquals(140.0, ds.get(1).require("intensity").get(2), 1e-9);
    }

    @Test
    void truncatedBlockNamesLineAndBlock() throws IOException {
        String full = Synthetic.vamas(List.of(new Synthetic.Block("Ti", "2p", 1486.6, 1000, 1, new double[] {1, 2, 3, 4, 5})));
        String cut = full.substring(0, full.indexOf("end of experiment"));
        String[] lines = cut.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length - 2; i++) {
            sb.append(lines[i]).append('\n');
        }
        FormatException e = assertThrows(FormatException.class, () -> read(write("cut.vms", sb.toString())));
        assertTrue(e.getMessage().contains("block 1 'Ti 2p-block'"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.line() > 0);
    }

    @Test
    void unknownLayoutsAreRefusedWithTheItemNamed() throws IOException {
        String ok = Synthetic.vamas(List.of(new Synthetic.Block("C", "1s", 1486.6, 1200, 1, new double[] {1, 2})));
        FormatException mode = assertThrows(FormatException.class,
                () -> read(write("mode.vms", ok.replace("\nNORM\n", "\nWOBBLE\n"))));
        assertTrue(mode.getMessage().contains("experiment mode"), mode.getMessage());
        FormatException mapping = assertThrows(FormatException.class,
                () -> read(write("map.vms", ok.replace("\nREGULAR\n", "\nMAPPING\n"))));
        assertTrue(mapping.getMessage().contains("scan mode"), mapping.getMessage());
        FormatException count = assertThrows(FormatException.class,
                () -> read(write("count.vms", ok.replace("\n2\n1.0\n2.0\n1.0\n2.0\nend of experiment", "\n3\n1.0\n2.0\n1.0\n2.0\nend of experiment"))));
        assertTrue(count.getMessage().contains("number of ordinate values") || count.getMessage().contains("ordinate"),
                count.getMessage());
        FormatException huge = assertThrows(FormatException.class,
                () -> read(write("huge.vms", ok.replace("\n2\n1.0\n2.0\n1.0\n2.0\nend of experiment", "\n2000000000\n1.0\n2.0\n1.0\n2.0\nend of experiment"))));
        assertTrue(huge.getMessage().contains("block 1"), huge.getMessage());
        assertEquals(0.0, reader.detect(Path.of("x.vms"), "hello".getBytes(StandardCharsets.US_ASCII)));
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.ISO_8859_1);
        return p;
    }

    /** Writes minimal but complete ISO 14976 files (NORM, REGULAR, XPS) for tests. */
    static final class Synthetic {
        record Block(String species, String transition, double hv, double keStart, double dwell, double[] counts) {
        }

        static String vamas(List<Block> blocks) {
            List<String> l = new ArrayList<>(List.of(VamasParser.MAGIC, "inst", "model", "op", "exp", "1", "a comment",
                    "NORM", "REGULAR", String.valueOf(blocks.size()), "1", "Exp Variable", "d", "0", "0", "0", "0",
                    String.valueOf(blocks.size())));
            for (Block b : blocks) {
                l.addAll(List.of(b.species + " " + b.transition + "-block", "sample", "2024", "1", "2", "3", "4", "5", "0",
                        "0", "XPS", "0", "Al", String.valueOf(b.hv), "1e+037", "1e+037", "1e+037", "54.5", "180", "FAT",
                        "20", "1e+037", "4.5", "0", "1e+037", "1e+037", "0", "0", b.species, b.transition, "-1",
                        "kinetic energy", "eV", String.valueOf(b.keStart), "0.5", "1", "counts", "d", "pulse counting",
                        String.valueOf(b.dwell), "1", "0", "0", "0", "0", "0", String.valueOf(b.counts.length)));
                double mn = Double.MAX_VALUE;
                double mx = -Double.MAX_VALUE;
                for (double c : b.counts) {
                    mn = Math.min(mn, c);
                    mx = Math.max(mx, c);
                }
                l.add(String.valueOf(mn));
                l.add(String.valueOf(mx));
                for (double c : b.counts) {
                    l.add(String.valueOf(c));
                }
            }
            l.add("end of experiment");
            return String.join("\n", l) + "\n";
        }
    }
}
