package com.example.uvvis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reader and analysis against a spectrum whose answer is known analytically. */
class BeerLambertAnalysisTest {

    @TempDir
    Path dir;

    /** A(λ) = 0.002·(λ − 400 nm) from 400 to 500 nm in 5 nm steps: A(452.5 nm) = 0.105 exactly (linear data). */
    private Path spectrum() throws Exception {
        StringBuilder sb = new StringBuilder("wavelength_nm,absorbance\n");
        for (int nm = 400; nm <= 500; nm += 5) {
            sb.append(nm).append(',').append(0.002 * (nm - 400)).append('\n');
        }
        return Files.writeString(dir.resolve("dye.csv"), sb.toString());
    }

    @Test
    void concentrationFollowsBeerLambert() throws Exception {
        AbsorbanceCsvReader reader = new AbsorbanceCsvReader();
        Path file = spectrum();
        assertTrue(reader.detect(file, Files.readAllBytes(file)) > 0.5);
        Dataset d = reader.read(file, Parameters.empty(), ProgressMonitor.NONE).get(0);
        assertEquals(21, d.rows());
        BeerLambertAnalysis analysis = new BeerLambertAnalysis();
        Parameters p = Parameters.resolve(analysis.id(), analysis.parameters(),
                Map.of("wavelength", "452.5", "epsilon", "21000", "pathLength", "0.5"));
        Result r = analysis.run(AnalysisContext.of("q", List.of(d), p));
        assertEquals(0.105, r.value("A").orElseThrow().quantity().value(), 1e-12);
        // c = A / (ε l) = 0.105 / (21000 L/(mol cm) * 0.5 cm) = 1.0e-5 mol/L
        assertEquals(1.0e-5, r.value("c").orElseThrow().quantity().value(), 1e-17);
        assertEquals("mol/L", r.value("c").orElseThrow().quantity().unit().symbol());
    }

    @Test
    void badInputIsNamed() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "wavelength_nm,absorbance\n400,0.1\n405,oops\n");
        FormatException e = assertThrows(FormatException.class,
                () -> new AbsorbanceCsvReader().read(bad, Parameters.empty(), ProgressMonitor.NONE));
        assertEquals(3, e.line());
        assertThrows(IllegalArgumentException.class, () -> BeerLambertAnalysis.interpolate(new double[] {400, 500},
                new double[] {0, 1}, 600));
    }
}
