package org.electrocat.ms.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.ms.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {

    @TempDir
    Path tmp;

    private static Path shared(String rel) {
        return TestData.shared(rel);
    }

    private static List<Dataset> read(DatasetReader r, Path file, Map<String, String> opts) throws IOException {
        return r.read(file, Parameters.resolve("test", r.options(), opts), ProgressMonitor.NONE);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    @Test
    void mzmlSampleUncompressedAndZlibSpectra() throws IOException {
        Path file = shared("ms/test.mzML");
        MzmlReader reader = new MzmlReader();
        assertEquals(0.95, reader.detect(file, Files.readAllBytes(file)), 0);
        List<Dataset> ds = read(reader, file, Map.of());
        assertEquals(2, ds.size());
        // reference: a python base64 + zlib + numpy.frombuffer decode of the same file, run once:
        // spectrum 1: 64-bit m/z, 32-bit intensity, no compression; spectrum 2: 32-bit both, zlib
        double[] mz1 = ds.get(0).require("m/z").array();
        double[] in1 = ds.get(0).require("intensity").array();
        assertEquals(19914, mz1.length);
        assertEquals(200.00018816645022, mz1[0], 0);
        assertEquals(2000.0099466203771, mz1[19913], 0);
        assertEquals(810.4114984108771, mz1[9313], 0);
        assertEquals(1271462.25, in1[9313], 0);
        assertEquals(1224.6303446983063, mz1[15000], 0);
        assertEquals(2829.716796875, in1[15000], 0);
        assertEquals(69381842.118958, sum(in1), 1e-3);
        double[] mz2 = ds.get(1).require("m/z").array();
        double[] in2 = ds.get(1).require("intensity").array();
        assertEquals(19914, mz2.length);
        assertEquals(200.00018310546875, mz2[0], 0);
        assertEquals(810.4154663085938, mz2[9314], 0);
        assertEquals(1471224.875, in2[9314], 0);
        assertEquals(69381842.118958, sum(in2), 1e-3);
        Dataset d = ds.get(0);
        assertEquals("1", d.metadata().get(SpectrumDatasets.MS_LEVEL));
        assertEquals("positive", d.metadata().get(SpectrumDatasets.POLARITY));
        assertEquals("profile", d.metadata().get(SpectrumDatasets.SPECTRUM_TYPE));
        assertEquals("0.0049350000000000002 min", d.metadata().get(SpectrumDatasets.SCAN_TIME));
        assertEquals("controllerType=0 controllerNumber=1 scan=1", d.name());
        assertEquals(64, d.provenance().sources().get(0).sha256().length());
        assertEquals(1, read(reader, file, Map.of("spectra", "2")).size());
    }

    private static final String MZXML = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <mzXML xmlns="http://sashimi.sourceforge.net/schema_revision/mzXML_3.2">
             <msRun scanCount="3">
              <scan num="1" msLevel="1" peaksCount="4" polarity="+" centroided="0" retentionTime="PT1.5S">
               <peaks precision="32" byteOrder="network" contentType="m/z-int" compressionType="zlib"
                 >eJxzOsHA4KjAwOB0koHBuQpIn2JgcAHRpxkYHBYwMAAAdH4G6w==</peaks>
               <scan num="2" msLevel="2" peaksCount="2" polarity="+" centroided="1">
                <peaks precision="64" byteOrder="network" pairOrder="m/z-int" compressionType="none"
                  >QEuCR0U47zVACAAAAAAAAEBMArAgxJumQBAAAAAAAAA=</peaks>
               </scan>
              </scan>
              <scan num="3" msLevel="1" peaksCount="3" polarity="-" centroided="1">
               <peaks precision="64" byteOrder="network" compressionType="zlib"
                 >eJxziHFNfPI99Z9DJAMYOMS0zgSCWQ5yMP7RA6/f/nKxf2wMBgCj5xEi</peaks>
              </scan>
             </msRun>
            </mzXML>
            """;

    @Test
    void mzxmlScansIncludingNestedAndCompressed() throws IOException {
        // peaks encoded once with numpy (big-endian f4/f8 pairs, zlib.compress, base64) from the arrays below
        Path file = tmp.resolve("small.mzXML");
        Files.writeString(file, MZXML, StandardCharsets.ISO_8859_1);
        MzxmlReader reader = new MzxmlReader();
        assertEquals(0.95, reader.detect(file, Files.readAllBytes(file)), 0);
        List<Dataset> ds = read(reader, file, Map.of());
        assertEquals(3, ds.size());
        assertArrayEquals(new double[] {100.0, 100.5, 101.0, 101.5}, ds.get(0).require("m/z").array(), 0);
        assertArrayEquals(new double[] {10, 250, 1000, 5}, ds.get(0).require("intensity").array(), 0);
        assertArrayEquals(new double[] {55.0178, 56.0210}, ds.get(1).require("m/z").array(), 0);
        assertEquals("centroid", ds.get(1).metadata().get(SpectrumDatasets.SPECTRUM_TYPE));
        assertEquals("2", ds.get(1).metadata().get(SpectrumDatasets.MS_LEVEL));
        assertArrayEquals(new double[] {113.0841, 114.0875, 115.0899}, ds.get(2).require("m/z").array(), 0);
        assertArrayEquals(new double[] {100, 7.5, 0.6}, ds.get(2).require("intensity").array(), 0);
        assertEquals("negative", ds.get(2).metadata().get(SpectrumDatasets.POLARITY));
        assertEquals("1.5 s", ds.get(0).metadata().get(SpectrumDatasets.SCAN_TIME));
        assertEquals(2, read(reader, file, Map.of("msLevel", "1")).size());
    }

    @Test
    void twoColumnText() throws IOException {
        Path file = tmp.resolve("spectrum.txt");
        Files.writeString(file, "m/z\tintensity\n100.0\t1\n100.5\t3,5\n101.0\t2\n".replace("3,5", "3.5"));
        MsTextReader reader = new MsTextReader();
        assertEquals(0.4, reader.detect(file, Files.readAllBytes(file)), 0);
        Dataset d = read(reader, file, Map.of()).get(0);
        assertArrayEquals(new double[] {100.0, 100.5, 101.0}, d.require("m/z").array(), 0);
        assertArrayEquals(new double[] {1, 3.5, 2}, d.require("intensity").array(), 0);
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "top secret");
        Path file = tmp.resolve("xxe.mzML");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE mzML [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<mzML><run><spectrumList><spectrum id=\"&x;\" defaultArrayLength=\"0\"/></spectrumList>"
                + "</run></mzML>");
        FormatException e = assertThrows(FormatException.class, () -> read(new MzmlReader(), file, Map.of()));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(!e.getMessage().contains("top secret"));
        Path x2 = tmp.resolve("xxe.mzXML");
        Files.writeString(x2, MZXML.replace("<mzXML ", "<!DOCTYPE mzXML [<!ENTITY a \"aaaa\">]>\n<mzXML "));
        assertThrows(FormatException.class, () -> read(new MzxmlReader(), x2, Map.of()));
    }

    private static String mzml(String arrayLength, String binary, String compression) {
        return "<?xml version=\"1.0\"?>\n<mzML><run><spectrumList count=\"1\">\n"
                + "<spectrum index=\"0\" id=\"s1\" defaultArrayLength=\"" + arrayLength + "\">\n"
                + "<binaryDataArrayList count=\"2\">\n"
                + "<binaryDataArray><cvParam accession=\"MS:1000523\" name=\"64-bit float\"/>"
                + "<cvParam accession=\"" + compression + "\"/><cvParam accession=\"MS:1000514\"/>\n"
                + "<binary>" + binary + "</binary></binaryDataArray>\n"
                + "<binaryDataArray><cvParam accession=\"MS:1000523\"/><cvParam accession=\"" + compression + "\"/>"
                + "<cvParam accession=\"MS:1000515\"/><binary>" + binary + "</binary></binaryDataArray>\n"
                + "</binaryDataArrayList></spectrum></spectrumList></run></mzML>\n";
    }

    @Test
    void aValueParameterWithoutValueIsNamed() throws IOException {
        // found by Jazzer (fuzzMzml): <cvParam accession="MS:1000511"/> (ms level, no value) ended in a
        // NullPointerException when the level was read
        String three = Base64.getEncoder().encodeToString(new byte[24]);
        Path file = tmp.resolve("nolevel.mzML");
        Files.writeString(file, mzml("3", three, "MS:1000576").replace("defaultArrayLength=\"3\">\n",
                "defaultArrayLength=\"3\">\n<cvParam accession=\"MS:1000511\" name=\"ms level\"/>\n"));
        FormatException e = assertThrows(FormatException.class, () -> read(new MzmlReader(), file, Map.of()));
        assertEquals("cvParam MS:1000511", e.field());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("nolevel.mzML") && e.getMessage().contains("'ms level'"), e.getMessage());
    }

    @Test
    void forgedLengthsAndBombsAreRefusedWithoutAllocating() throws IOException {
        String three = Base64.getEncoder().encodeToString(new byte[24]);
        Path ok = tmp.resolve("ok.mzML");
        Files.writeString(ok, mzml("3", three, "MS:1000576"));
        assertEquals(3, read(new MzmlReader(), ok, Map.of()).get(0).rows());

        Path huge = tmp.resolve("huge.mzML");
        Files.writeString(huge, mzml("2000000000", three, "MS:1000576"));
        FormatException e = assertThrows(FormatException.class, () -> read(new MzmlReader(), huge, Map.of()));
        assertTrue(e.getMessage().contains("2000000000") && e.line() == 5, e.getMessage());

        Path lying = tmp.resolve("lying.mzML");
        Files.writeString(lying, mzml("1000", three, "MS:1000576"));
        assertTrue(assertThrows(FormatException.class, () -> read(new MzmlReader(), lying, Map.of())).getMessage()
                .contains("declares 1000 values but the binary data holds 3"));

        // 64 MiB of zeros deflate to ~64 kB: declared as 3 values, inflation must stop at 24 bytes
        Deflater d = new Deflater(9);
        d.setInput(new byte[64 << 20]);
        d.finish();
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            bomb.write(buf, 0, d.deflate(buf));
        }
        Path zbomb = tmp.resolve("bomb.mzML");
        Files.writeString(zbomb, mzml("3", Base64.getEncoder().encodeToString(bomb.toByteArray()), "MS:1000574"));
        assertTrue(assertThrows(FormatException.class, () -> read(new MzmlReader(), zbomb, Map.of())).getMessage()
                .contains("inflates beyond"));

        Path notBase64 = tmp.resolve("garbage.mzML");
        Files.writeString(notBase64, mzml("3", "@@@@", "MS:1000576"));
        assertThrows(FormatException.class, () -> read(new MzmlReader(), notBase64, Map.of()));
        Path truncated = tmp.resolve("truncated.mzML");
        String full = mzml("3", three, "MS:1000576");
        Files.writeString(truncated, full.substring(0, full.length() / 2));
        assertThrows(FormatException.class, () -> read(new MzmlReader(), truncated, Map.of()));
        Path empty = tmp.resolve("empty.mzML");
        Files.writeString(empty, "");
        assertThrows(FormatException.class, () -> read(new MzmlReader(), empty, Map.of()));
    }
}
