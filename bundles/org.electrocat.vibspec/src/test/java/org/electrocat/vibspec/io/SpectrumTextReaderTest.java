package org.electrocat.vibspec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.electrocat.api.FormatException;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.vibspec.io.text.SpectrumTextReader;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumKeys;
import org.electrocat.vibspec.model.SpectrumSeries;
import org.electrocat.vibspec.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vendor text exports: axis recognition, decimal comma, multi-column files as series or as spectra. */
class SpectrumTextReaderTest {

    @TempDir
    Path dir;

    final SpectrumTextReader reader = new SpectrumTextReader();

    @Test
    void ramanTwoColumnCsv() throws IOException {
        Path f = Fixtures.write(dir, "r.csv", "Raman Shift (cm-1),Intensity (counts)\n100.5,12\n101.5,13.5\n102.5,11\n");
        assertEquals(0.6, reader.detect(f, Files.readAllBytes(f)), 0);
        Spectrum s = Spectrum.of(Fixtures.read(reader, f).get(0));
        assertEquals("Raman shift", s.xName());
        assertEquals("counts", s.yUnit().symbol());
        assertArrayEquals(new double[] {100.5, 101.5, 102.5}, s.x(), 0);
        assertArrayEquals(new double[] {12, 13.5, 11}, s.y(), 0);
        assertEquals("raman", s.meta(SpectrumKeys.TECHNIQUE));
    }

    @Test
    void ftirTransmittanceWithDecimalComma() throws IOException {
        Path f = Fixtures.write(dir, "ir.txt", "Wavenumber [cm-1]\t%T\n4000,5\t95,25\n3998,5\t95,5\n3996,5\t94,75\n");
        Spectrum s = Spectrum.of(Fixtures.read(reader, f).get(0));
        assertEquals("wavenumber", s.xName());
        assertEquals("transmittance", s.yName());
        assertEquals("%", s.yUnit().symbol());
        assertEquals(4000.5, s.x()[0], 0);
        assertEquals(94.75, s.y()[2], 0);
        assertEquals("ir", s.meta(SpectrumKeys.TECHNIQUE));
    }

    @Test
    void columnsHeadedByPotentialsAreASeries() throws IOException {
        Path f = Fixtures.write(dir, "insitu.csv", "Raman shift/cm-1,-0.2 V vs RHE,-0.4 V vs RHE,-600 mV vs RHE\n"
                + "1000,1,2,3\n1001,4,5,6\n1002,7,8,9\n");
        List<Dataset> ds = Fixtures.read(reader, f);
        assertEquals(1, ds.size());
        assertEquals(SpectrumKeys.SERIES_KIND, ds.get(0).kind());
        assertEquals(PotentialScale.RHE, ds.get(0).require("E").scale());
        List<Spectrum> s = SpectrumSeries.spectra(ds.get(0));
        assertEquals(3, s.size());
        assertEquals(-0.6, s.get(2).potential(), 1e-15);
        assertArrayEquals(new double[] {2, 5, 8}, s.get(1).y(), 0);
    }

    @Test
    void potentialsOptionOverridesAndPlainColumnsAreSpectra() throws IOException {
        Path f = Fixtures.write(dir, "m.csv", "shift,a,b\n500,1,2\n501,3,4\n502,5,6\n");
        List<Dataset> plain = Fixtures.read(reader, f);
        assertEquals(2, plain.size());
        assertEquals("b", plain.get(1).name());
        List<Dataset> series = Fixtures.read(reader, f, Map.of("potentials", "-100, -300 mV",
                "reference", "Ag/AgCl (3 M KCl)"));
        List<Spectrum> s = SpectrumSeries.spectra(series.get(0));
        assertEquals(-0.3, s.get(1).potential(), 1e-15);
        assertEquals(PotentialScale.AG_AGCL_3M_KCL, s.get(1).scale());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fixtures.read(reader, f, Map.of("potentials", "-0.1 V")));
        assertTrue(e.getMessage().contains("1 potentials for 2"), e.getMessage());
    }

    @Test
    void badFiles() throws IOException {
        Path one = Fixtures.write(dir, "one.txt", "x\n1\n2\n3\n");
        FormatException e = assertThrows(FormatException.class, () -> Fixtures.read(reader, one));
        assertTrue(e.getMessage().contains("intensity column"), e.getMessage());
        Path bin = dir.resolve("bin.txt");
        Files.write(bin, new byte[] {1, 0, 2, 0, 5});
        assertThrows(FormatException.class, () -> Fixtures.read(reader, bin));
        assertEquals(0, reader.detect(bin, Files.readAllBytes(bin)));
    }
}
