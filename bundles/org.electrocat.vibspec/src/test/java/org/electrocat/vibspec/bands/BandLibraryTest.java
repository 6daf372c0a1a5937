package org.electrocat.vibspec.bands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.electrocat.api.FormatException;
import org.electrocat.vibspec.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped paper library against docs/SCIENCE.md's band list, user CSV libraries, and matching. */
class BandLibraryTest {

    @TempDir
    Path dir;

    static Band find(BandLibrary lib, String label, String technique, double inRange) {
        return lib.bands().stream().filter(b -> b.label().equals(label) && b.technique().equals(technique)
                && b.distance(inRange) == 0).findFirst().orElseThrow(() -> new AssertionError(label + " " + inRange));
    }

    @Test
    void paperLibraryHoldsTheScienceBandList() {
        BandLibrary lib = BandLibrary.paper();
        assertEquals(25, lib.bands().size());
        // SCIENCE.md: Ti-S 715 (IR), 225 and 340 (Raman); metal-S 247 -> 251; *NO3 1004-1010; free NO3- 1045 ...
        assertEquals(715, find(lib, "Ti-S", "ir", 715).low());
        find(lib, "Ti-S", "raman", 225);
        find(lib, "Ti-S", "raman", 340);
        Band ms = find(lib, "metal-S", "raman", 249);
        assertEquals(247, ms.low());
        assertEquals(251, ms.high());
        assertEquals(1010, find(lib, "*NO3-", "raman", 1004).high());
        find(lib, "NO3- (free)", "raman", 1045);
        find(lib, "*NO2-", "raman", 1272);
        find(lib, "*NO2-", "raman", 1446);
        find(lib, "*NO2-", "ir", 1191);
        find(lib, "*NO2-", "ir", 1339);
        find(lib, "*NH2OH", "raman", 922);
        find(lib, "*NH2OH", "ir", 1175);
        find(lib, "*HNH", "raman", 1380);
        find(lib, "*HNNH", "raman", 1390);
        find(lib, "NH3", "both", 1118);
        find(lib, "*NH2", "ir", 1540);
        find(lib, "H2O", "ir", 1647);
        assertEquals(-1, find(lib, "*NO3- (consumption)", "ir", 1439).sign());
        assertEquals(872, find(lib, "phenyl-O-Ti", "ir", 875).low());
        find(lib, "C-O-Ti", "ir", 1200);
        find(lib, "Ti-O-Ti", "ir", 767);
        find(lib, "C-S", "ir", 1096);
    }

    @Test
    void matchingByTechniqueSignAndTolerance() {
        BandLibrary lib = BandLibrary.paper();
        List<BandAssignment.Match> m = BandAssignment.matches(lib, 1006.4, 0.3, 1, "raman", 5);
        assertEquals("*NO3-", m.get(0).band().label());
        assertEquals(0, m.get(0).distance());
        // a negative IR band at 1439: nitrate consumption first
        m = BandAssignment.matches(lib, 1439, 0.5, -1, "ir", 5);
        assertEquals("*NO3- (consumption)", m.get(0).band().label());
        // the same position in Raman is *NO2- (the consumption entry is IR only)
        m = BandAssignment.matches(lib, 1439, 0.5, 1, "raman", 5);
        assertEquals("*NO2-", m.get(0).band().label());
        assertTrue(m.stream().noneMatch(x -> x.band().technique().equals("ir")));
        // 721: 6 cm-1 from Ti-S 715; matches with tolerance 6 or with SE 0.6 at tolerance 5, not at 5 alone
        assertTrue(BandAssignment.matches(lib, 721, 0, 1, "ir", 5).isEmpty());
        assertEquals("Ti-S", BandAssignment.matches(lib, 721, 0.6, 1, "ir", 5).get(0).band().label());
        assertEquals("Ti-S", BandAssignment.matches(lib, 721, Double.NaN, 1, "ir", 6).get(0).band().label());
        assertEquals("—", BandAssignment.describe(List.of()));
        assertThrows(IllegalArgumentException.class, () -> BandAssignment.matches(lib, 700, 0, 1, "ir", -1));
    }

    @Test
    void userLibraryWithQuotesAndSinglePositions() throws IOException {
        Path f = Fixtures.write(dir, "mine.csv", "# my bands\nLabel,Position_cm-1,Technique,Assignment\n"
                + "Si,520.7,raman,\"phonon, first order\"\nD band,1350,raman,\nG band,1582,,\n");
        BandLibrary lib = BandLibrary.read(f);
        assertEquals(3, lib.bands().size());
        assertEquals("phonon, first order", lib.bands().get(0).assignment());
        assertEquals(520.7, lib.bands().get(0).center(), 0);
        assertEquals("both", lib.bands().get(2).technique());
        assertEquals("mine.csv", lib.name());
    }

    @Test
    void malformedLibrariesNameLineAndField() throws IOException {
        FormatException e = assertThrows(FormatException.class, () -> BandLibrary.read(
                Fixtures.write(dir, "a.csv", "label,low_cm-1\nx,12\ny,abc\n")));
        assertEquals(3, e.line());
        assertEquals("low_cm-1", e.field());
        e = assertThrows(FormatException.class, () -> BandLibrary.read(Fixtures.write(dir, "b.csv", "name,pos\n")));
        assertEquals("label", e.field());
        e = assertThrows(FormatException.class, () -> BandLibrary.read(
                Fixtures.write(dir, "c.csv", "label,low,technique\nx,12,uv\n")));
        assertTrue(e.getMessage().contains("raman, ir or both"), e.getMessage());
        e = assertThrows(FormatException.class, () -> BandLibrary.read(Fixtures.write(dir, "d.csv",
                "label,low\n\"x,12\n")));
        assertTrue(e.getMessage().contains("quote"), e.getMessage());
        assertThrows(FormatException.class, () -> BandLibrary.read(Fixtures.write(dir, "e.csv", "# only\n")));
    }
}
