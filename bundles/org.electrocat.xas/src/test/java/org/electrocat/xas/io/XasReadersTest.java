package org.electrocat.xas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.xas.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XasReadersTest {

    @TempDir
    Path tmp;

    static List<Dataset> read(DatasetReader r, Path p, Map<String, String> opts) throws IOException {
        return r.read(p, Parameters.resolve("test", r.options(), opts), ProgressMonitor.NONE);
    }

    @Test
    void xdiFieldsColumnsAndStoredMu() throws IOException {
        Dataset cu = read(new XdiReader(), SharedData.file("xas/cu_metal_rt.xdi"), Map.of()).get(0);
        assertEquals("Cu", cu.meta(XasSpectra.ELEMENT).orElseThrow());
        assertEquals("K", cu.meta(XasSpectra.EDGE).orElseThrow());
        assertEquals("3.13553", cu.meta("xdi.Mono.d_spacing").orElseThrow());
        assertEquals("column mutrans", cu.meta(XasSpectra.MU_FROM).orElseThrow());
        assertTrue(cu.meta("xdi.comments").orElseThrow().contains("Cu foil Room Temperature"));
        assertEquals(8779.0, cu.require("energy").get(0), 0);
        assertEquals(-1.3070486, cu.require("mu").get(0), 0);
        // the file's own mutrans is ln(i0/itrans): recompute it from the channels the file also stores
        Dataset cuT = read(new XdiReader(), SharedData.file("xas/cu_metal_rt.xdi"), Map.of("mu", "transmission")).get(0);
        double[] a = cu.require("mu").array();
        double[] b = cuT.require("mu").array();
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-6, "row " + i);
        }
    }

    @Test
    void xdiWithoutMuColumnUsesTransmission() throws IOException {
        Dataset pt = read(new XdiReader(), SharedData.file("xas/pt_metal_rt.xdi"), Map.of()).get(0);
        assertEquals("transmission ln(i0/itrans)", pt.meta(XasSpectra.MU_FROM).orElseThrow());
        assertEquals(Math.log(56237.70 / 332768.1), pt.require("mu").get(0), 1e-12);
        assertEquals("L3", pt.meta(XasSpectra.EDGE).orElseThrow());
    }

    @Test
    void nonMonotonicEnergyAndMissingI0AreNamed() throws IOException {
        String ok = "# XDI/1.0\n# Column.1: energy eV\n# Column.2: itrans\n# Element.symbol: Ti\n#----\n"
                + "# energy itrans\n4950 100\n4960 90\n4955 80\n";
        Path p = tmp.resolve("bad.xdi");
        Files.writeString(p, ok);
        FormatException e = assertThrows(FormatException.class, () -> read(new XdiReader(), p, Map.of()));
        assertEquals(9, e.line(), e.getMessage());
        assertEquals("energy", e.field());
        Files.writeString(p, ok.replace("4955 80", "4970 80"));
        FormatException noI0 = assertThrows(FormatException.class, () -> read(new XdiReader(), p, Map.of()));
        assertTrue(noI0.getMessage().contains("I0"), noI0.getMessage());
        Files.writeString(p, ok.replace("# Element.symbol: Ti", "# Element symbol Ti"));
        FormatException field = assertThrows(FormatException.class, () -> read(new XdiReader(), p, Map.of()));
        assertEquals(4, field.line(), field.getMessage());
    }

    @Test
    void athenaProjectRecordsArraysAndParameters() throws IOException {
        List<Dataset> recs = read(new AthenaProjectReader(), SharedData.file("xas/tipb.prj"), Map.of());
        assertEquals(List.of("PbTiO3 300 K", "PbTiO3 450 K", "PbTiO3 600 K"), recs.stream().map(Dataset::name).toList());
        Dataset r = recs.get(0);
        assertEquals(365, r.rows());
        assertEquals(291, recs.get(1).rows());
        assertEquals(4765.99, r.require("energy").get(0), 0);
        assertEquals(0.450813779894693, r.require("mu").get(0), 0);
        // @y is ln(@i0/@signal) in this project: an independent check of array alignment
        assertEquals(Math.log(51437.0 / 32771.0), r.require("mu").get(0), 1e-12);
        assertEquals(Math.log(r.require("i0").get(100) / r.require("signal").get(100)), r.require("mu").get(100), 1e-9);
        assertEquals("4975.69", r.meta("xas.param.e0").orElseThrow());
        assertEquals("1", r.meta("xas.param.nnorm").orElseThrow(), "Athena bkg_nnorm 2 terms = Larch degree 1");
        assertEquals("-100.000", r.meta("xas.param.pre1").orElseThrow());
        assertEquals("0.3248124", r.meta("xas.param.edge_step").orElseThrow());
        assertEquals("Ti", r.meta(XasSpectra.ELEMENT).orElseThrow());
        assertEquals("{name => {name => {}}}", r.meta("athena.xdi_beamline").orElseThrow());
    }

    @Test
    void athenaGzipBombAndBrokenRecordsAreRefused() throws IOException {
        Path bomb = tmp.resolve("bomb.prj");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write("# Athena project file\n@x = ('".getBytes(StandardCharsets.US_ASCII));
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) '0');
            for (int i = 0; i < 4; i++) {
                out.write(zeros);
            }
        }
        assertTrue(Files.size(bomb) < 100_000);
        FormatException e = assertThrows(FormatException.class,
                () -> read(new AthenaProjectReader(), bomb, Map.of("maxMegabytes", "1")));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        Path open = tmp.resolve("open.prj");
        Files.writeString(open, "# Athena project file\n$old_group = 'a';\n@args = ('label','x');\n@x = ('1','2',\n");
        FormatException unclosed = assertThrows(FormatException.class, () -> read(new AthenaProjectReader(), open, Map.of()));
        assertEquals(4, unclosed.line(), unclosed.getMessage());
        Path deep = tmp.resolve("deep.prj");
        Files.writeString(deep, "# Athena project file\n@args = (" + "[".repeat(100) + "]".repeat(100) + ");\n");
        FormatException nest = assertThrows(FormatException.class, () -> read(new AthenaProjectReader(), deep, Map.of()));
        assertTrue(nest.getMessage().contains("nesting"), nest.getMessage());
    }

    @Test
    void plainColumnsTransmissionAndFluorescence() throws IOException {
        Path t = tmp.resolve("scan.dat");
        Files.writeString(t, "energy/eV\tI0\tIt\tIf\n4960\t1000\t500\t20\n4970\t1000\t250\t40\n4980\t2000\t400\t100\n");
        Dataset d = read(new XasColumnsReader(), t, Map.of()).get(0);
        assertEquals(Math.log(2.0), d.require("mu").get(0), 1e-12);
        assertEquals(Math.log(5.0), d.require("mu").get(2), 1e-12);
        Dataset f = read(new XasColumnsReader(), t, Map.of("mu", "fluorescence")).get(0);
        assertEquals(0.05, f.require("mu").get(2), 1e-12);
        assertTrue(new XasColumnsReader().detect(t, Files.readAllBytes(t)) > 0.5);
        Files.writeString(t, "energy\tIt\n4960\t500\n4970\t250\n4980\t400\n");
        FormatException e = assertThrows(FormatException.class, () -> read(new XasColumnsReader(), t, Map.of()));
        assertTrue(e.getMessage().contains("I0"), e.getMessage());
    }
}
