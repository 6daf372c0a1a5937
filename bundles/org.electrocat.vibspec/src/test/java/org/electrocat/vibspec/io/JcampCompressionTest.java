package org.electrocat.vibspec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.electrocat.api.FormatException;
import org.electrocat.core.model.Dataset;
import org.electrocat.vibspec.io.jcamp.JcampReader;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every JCAMP-DX data form on hand-written tables of one known ordinate sequence. The encodings were
 * written by hand from the rules of JCAMP-DX 4.24 §5.9 (SQZ @=0 A..I=1..9 a..i=-1..-9; DIF %=0
 * J..R=1..9 j..r=-1..-9; DUP S..Z=1..8 s=9), not produced by the code under test.
 */
class JcampCompressionTest {

    /** The ordinates every table below encodes (x = 0, 1, ..., 9 cm-1). */
    static final double[] Y = {100, 105, 103, 103, 103, 110, 90, -5, -5, 0};
    static final double[] X = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    @TempDir
    Path dir;

    static String file(String table, String header) {
        return "##TITLE=test\n##JCAMP-DX=4.24\n##DATA TYPE=INFRARED SPECTRUM\n##XUNITS=1/CM\n##YUNITS=ABSORBANCE\n"
                + header + "##XYDATA=(X++(Y..Y))\n" + table + "##END=\n";
    }

    static final String HEADER = "##XFACTOR=1\n##YFACTOR=1\n##FIRSTX=0\n##LASTX=9\n##DELTAX=1\n##NPOINTS=10\n"
            + "##FIRSTY=100\n";

    Spectrum read(String text) throws IOException {
        List<Dataset> ds = Fixtures.read(new JcampReader(), Fixtures.write(dir, "t.jdx", text));
        assertEquals(1, ds.size());
        return Spectrum.of(ds.get(0));
    }

    void assertDecodes(String table) throws IOException {
        Spectrum s = read(file(table, HEADER));
        assertArrayEquals(X, s.x(), 0, table);
        assertArrayEquals(Y, s.y(), 0, table);
        assertEquals("wavenumber", s.xName());
        assertEquals("absorbance", s.yName());
    }

    @Test
    void affnSeparatedByBlanksAndCommas() throws IOException {
        assertDecodes("0 100 105 103 103 103\n5 110,90,-5,-5, 0\n");
    }

    @Test
    void affnWithExponentsAndDecimals() throws IOException {
        assertDecodes("0 1.00E+02 10.5E+1 103.0 1030E-1 103\n5 110 90.00 -5 -0.5E+1 0\n");
    }

    @Test
    void pac() throws IOException {
        assertDecodes("0+100+105+103+103+103\n5+110+90-5-5+0\n");
    }

    @Test
    void sqz() throws IOException {
        assertDecodes("0A00A05A03A03A03\n5A10I0ee@\n");
    }

    @Test
    void difOnOneLine() throws IOException {
        assertDecodes("0A00Nk%%Pk0r5%N\n");
    }

    @Test
    void difDupOnOneLine() throws IOException {
        // %T: the zero difference occurs twice in all
        assertDecodes("0A00Nk%TPk0r5%N\n");
    }

    @Test
    void sqzDupRepeatsAValue() throws IOException {
        // A03U: 103 three times in all; eT: -5 twice
        assertDecodes("0A00A05A03U\n5A10I0eT@\n");
    }

    @Test
    void difYCheckAcrossLinesIsVerifiedAndDropped() throws IOException {
        // line 1 ends in DIF form at point 5 (103); line 2 starts at its X (4) and repeats it as A03
        Spectrum s = read(file("0A00Nk%T\n4A03Pk0r5%N\n", HEADER));
        assertArrayEquals(Y, s.y(), 0);
        assertEquals("1", s.meta("jcamp.yChecks"));
    }

    @Test
    void failedYCheckNamesTheLine() {
        FormatException e = assertThrows(FormatException.class,
                () -> read(file("0A00Nk%T\n4A04Pk0r5%N\n", HEADER)));
        assertEquals(15, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("Y check"), e.getMessage());
    }

    @Test
    void xCheckCatchesALostOrdinate() {
        // line 1 lost one value (4 instead of 5), so line 2's X = 5 no longer fits its position
        FormatException e = assertThrows(FormatException.class,
                () -> read(file("0A00A05A03A03\n5A10I0ee@\n", HEADER)));
        assertEquals(15, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("X check"), e.getMessage());
    }

    @Test
    void factorsScaleBothAxes() throws IOException {
        // x in units of 0.5 cm-1 (X = 0, 10 on the lines means 0, 5 cm-1), y in units of 0.01
        String header = "##XFACTOR=0.5\n##YFACTOR=0.01\n##FIRSTX=0\n##LASTX=9\n##NPOINTS=10\n";
        Spectrum s = read(file("0 10000 10500 10300 10300 10300\n10 11000 9000 -500 -500 0\n", header));
        assertArrayEquals(X, s.x(), 0);
        assertArrayEquals(Y, s.y(), 1e-12);
    }

    @Test
    void decreasingAxis() throws IOException {
        String header = "##XFACTOR=1\n##YFACTOR=1\n##FIRSTX=9\n##LASTX=0\n##DELTAX=-1\n##NPOINTS=10\n";
        Spectrum s = read(file("9 0 -5 -5 90 110\n4 103 103 103 105 100\n", header));
        assertEquals(9, s.x()[0]);
        assertEquals(0, s.x()[9]);
        assertEquals(100, s.y()[9]);
    }

    @Test
    void xyPairsAndMissingValues() throws IOException {
        String text = "##TITLE=raman\n##JCAMP-DX=5.01\n##DATA TYPE=RAMAN SPECTRUM\n##XUNITS=1/CM\n"
                + "##YUNITS=ARBITRARY UNITS\n##XFACTOR=1\n##YFACTOR=2\n##NPOINTS=3\n##XYPOINTS=(XY..XY)\n"
                + "100.5, 1.0; 200.25, ?\n300, 3 $$ a comment\n##END=\n";
        Spectrum s = read(text);
        assertEquals("Raman shift", s.xName());
        assertArrayEquals(new double[] {100.5, 200.25, 300}, s.x(), 0);
        assertEquals(2.0, s.y()[0]);
        assertTrue(Double.isNaN(s.y()[1]));
        assertEquals(6.0, s.y()[2]);
    }

    @Test
    void linkBlockWithTwoSpectra() throws IOException {
        String inner = file("0A00Nk%TPk0r5%N\n", HEADER);
        String text = "##TITLE=link\n##JCAMP-DX=5.01\n##BLOCKS=2\n" + inner + inner.replace("##TITLE=test", "##TITLE=two")
                + "##END=\n";
        List<Dataset> ds = Fixtures.read(new JcampReader(), Fixtures.write(dir, "link.dx", text));
        assertEquals(2, ds.size());
        assertEquals("link_1", ds.get(0).id());
        assertEquals("two", ds.get(1).name());
        assertArrayEquals(Y, Spectrum.of(ds.get(1)).y(), 0);
    }
}
