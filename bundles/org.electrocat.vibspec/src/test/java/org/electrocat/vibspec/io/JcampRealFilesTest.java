package org.electrocat.vibspec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.vibspec.io.jcamp.JcampReader;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.testing.Fixtures;
import org.electrocat.vibspec.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The shared JCAMP-DX samples. Expected values were read independently: first and last points from
 * the file text by eye; counts, sums and the transmittance minimum with a separate numpy script
 * (regex split of the PAC lines, x = 4000 - i; {@code np.loadtxt}-style split of the pairs).
 */
class JcampRealFilesTest {

    @Test
    void pe1800PacInfraredTransmittance() throws IOException {
        List<Dataset> ds = Fixtures.read(new JcampReader(), SharedData.file("raman_ir/PE1800.DX"));
        assertEquals(1, ds.size());
        Spectrum s = Spectrum.of(ds.get(0));
        assertEquals(3301, s.size());
        assertEquals("wavenumber", s.xName());
        assertEquals("cm-1", s.xUnit().symbol());
        assertEquals("transmittance", s.yName());
        assertEquals(4000.0, s.x()[0], 0);
        assertEquals(700.0, s.x()[3300], 1e-9);
        assertEquals(1.0160, s.y()[0], 1e-12); // "4000 +10160" x YFACTOR 0.0001
        assertEquals(1.0124, s.y()[3300], 1e-12); // last value "+10124"
        double sum = 0;
        int argmin = 0;
        for (int i = 0; i < s.size(); i++) {
            sum += s.y()[i];
            argmin = s.y()[i] < s.y()[argmin] ? i : argmin;
        }
        assertEquals(3300.8899, sum, 1e-8); // numpy: y.sum()
        assertEquals(1189.0, s.x()[argmin], 0); // numpy: x[argmin(y)], the ester C-O band
        assertEquals(0.8631, s.y()[argmin], 1e-12); // = ##MINY
        assertEquals("ir", s.meta("spectrum.technique"));
        assertEquals("ok", s.meta("jcamp.check.firstY"));
        assertEquals("PERKIN-ELMER 1800", s.meta("jcamp.SPECTROMETER/DATA SYSTEM"));
        assertEquals(64, ds.get(0).provenance().sources().get(0).sha256().length());
    }

    @Test
    void tannicAcidRamanPairs() throws IOException {
        List<Dataset> ds = Fixtures.read(new JcampReader(), SharedData.file("raman_ir/tannic_acid_raman.jdx"),
                Map.of("potential", "-0.9 V", "reference", "Ag/AgCl (sat. KCl)", "laserWavelength", "785 nm"));
        Spectrum s = Spectrum.of(ds.get(0));
        assertEquals(1949, s.size());
        assertEquals("Raman shift", s.xName());
        assertEquals("tannic acid", s.name());
        assertEquals(100.595, s.x()[0], 0);
        assertEquals(42.644, s.y()[0], 0);
        assertEquals(2854.713, s.x()[1948], 0);
        assertEquals(4.667, s.y()[1948], 0);
        double sum = 0;
        int argmax = 0;
        for (int i = 0; i < s.size(); i++) {
            sum += s.y()[i];
            argmax = s.y()[i] > s.y()[argmax] ? i : argmax;
        }
        assertEquals(175319.053, sum, 1e-6);
        assertEquals(419.227, s.x()[argmax], 0); // numpy: strongest point, = ##MAXY 300.889
        assertEquals(300.889, s.y()[argmax], 0);
        assertEquals(-0.9, s.potential(), 0);
        assertEquals(PotentialScale.AG_AGCL_SAT_KCL, s.scale());
        assertEquals("785.0", s.meta("laser.wavelength"));
        assertEquals(Files.size(SharedData.file("raman_ir/tannic_acid_raman.jdx")),
                ds.get(0).provenance().sources().get(0).size());
    }
}
