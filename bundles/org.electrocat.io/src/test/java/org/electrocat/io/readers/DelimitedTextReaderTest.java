package org.electrocat.io.readers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.io.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code core.csv} reader: column mapping, units, reference scales, detection, provenance. */
class DelimitedTextReaderTest {

    private final DelimitedTextReader reader = new DelimitedTextReader();

    @TempDir
    Path dir;

    private Dataset read(Path file, Map<String, String> given) throws IOException {
        Parameters p = Parameters.resolve("reader core.csv", reader.options(), given);
        List<Dataset> out = reader.read(file, p, ProgressMonitor.NONE);
        assertEquals(1, out.size());
        return out.get(0);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void mapsColumnsByNameWithReferenceAndKind() throws IOException {
        Path f = write("cv.csv", "t/s,E/V,I/mA\n0,0.1,1\n1,0.2,2\n2,0.3,4\n");
        Dataset d = read(f, Map.of("x", "E/V", "y", "I", "kind", "voltammogram", "reference", "Ag/AgCl (3 M KCl)"));
        assertEquals("cv", d.id());
        assertEquals(DatasetKind.VOLTAMMOGRAM, d.kind());
        assertEquals(List.of("E", "I", "t"), d.columnNames());
        assertEquals("E", d.meta("axis.x").orElseThrow());
        assertEquals("I", d.meta("axis.y").orElseThrow());
        Column e = d.require("E");
        assertEquals(PotentialScale.AG_AGCL_3M_KCL, e.scale());
        assertArrayEquals(new double[] {1, 2, 4}, d.require("I").values());
        assertEquals(1e-3, d.require("I").unit().siFactor(), 1e-18);
        assertNull(d.require("t").scale());
        Provenance.Source src = d.provenance().sources().get(0);
        assertEquals(DelimitedTextReader.ID, src.reader());
        assertEquals(Provenance.sha256(f), src.sha256());
    }

    @Test
    void mapsColumnsByPositionAndOverridesUnits() throws IOException {
        Path f = SharedData.file("eis/exampleData.csv");
        Dataset d = read(f, Map.of("x", "1", "y", "3", "xUnit", "Hz", "yUnit", "Ohm", "kind", "impedance"));
        assertEquals(List.of("column 1", "column 3", "column 2"), d.columnNames());
        assertEquals("Hz", d.require("column 1").unit().symbol());
        assertEquals("Ohm", d.require("column 3").unit().symbol());
        assertEquals(66, d.rows());
        // first and last rows of the file, read with numpy.loadtxt
        assertEquals(Double.parseDouble("-2.043869854441892481e-02"), d.require("column 3").get(0));
        assertEquals(1e4, d.require("column 1").get(65));
    }

    @Test
    void potentialWithoutReferenceIsUnknownOrFromHeader() throws IOException {
        Path f = write("e.csv", "E/V vs. RHE,Ewe/V,I/A\n0.1,0.2,1\n0.3,0.4,2\n");
        Dataset d = read(f, Map.of("x", "1", "y", "3"));
        assertEquals(PotentialScale.RHE, d.require("E").scale());
        assertEquals(PotentialScale.UNKNOWN, d.require("Ewe").scale());
    }

    @Test
    void layoutOptionsAreApplied() throws IOException {
        Path f = write("fr.txt", "metadata 1 2 3\nE;I\n0,5;1,25\n0,75;2,5\n");
        Dataset d = read(f, Map.of("skipLines", "1", "delimiter", "semicolon", "decimal", "comma"));
        assertArrayEquals(new double[] {0.5, 0.75}, d.require("E").values());
        assertEquals("semicolon", d.meta("text.delimiter").orElseThrow());
        assertEquals("comma", d.meta("text.decimal").orElseThrow());
        Path gaps = write("gaps.csv", "a,b\n1,2\n3,\n");
        assertEquals("1", read(gaps, Map.of()).meta("missing.b").orElseThrow());
        FormatException e = assertThrows(FormatException.class, () -> read(gaps, Map.of("missing", "error")));
        assertEquals(3, e.line());
    }

    @Test
    void unknownColumnOrUnitIsAParameterError() throws IOException {
        Path f = write("a.csv", "E/V,I/mA\n1,2\n3,4\n");
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> read(f, Map.of("y", "j")));
        assertTrue(name.getMessage().contains("'j'") && name.getMessage().contains("2 'I/mA'"), name.getMessage());
        IllegalArgumentException pos = assertThrows(IllegalArgumentException.class, () -> read(f, Map.of("y", "7")));
        assertTrue(pos.getMessage().contains("column 7"), pos.getMessage());
        IllegalArgumentException unit = assertThrows(IllegalArgumentException.class,
                () -> read(f, Map.of("yUnit", "furlong")));
        assertTrue(unit.getMessage().contains("yUnit"), unit.getMessage());
    }

    @Test
    void detectPrefersSpecificReadersAndRejectsBinary() throws IOException {
        assertEquals(0.3, reader.detect(Path.of("x.csv"), "a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0.0, reader.detect(Path.of("x.csv"), "just some prose\nwithout numbers\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0.0, reader.detect(Path.of("x.bin"), new byte[] {1, 2, 0, 0, 5, '\n', 1, 2}));
        assertEquals(0.0, reader.detect(Path.of("x.csv"), new byte[0]));
        byte[] mpr = Files.readAllBytes(SharedData.file("echem/cv.mpr"));
        assertEquals(0.0, reader.detect(Path.of("cv.mpr"), Arrays.copyOf(mpr, DatasetReader.HEAD_BYTES)));
        byte[] mpt = Files.readAllBytes(SharedData.file("echem/cv.mpt"));
        assertEquals(0.3, reader.detect(Path.of("cv.mpt"), Arrays.copyOf(mpt, DatasetReader.HEAD_BYTES)));
        assertFalse(reader.options().isEmpty());
    }
}
