package org.electrocat.vibspec.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electrocat.api.FormatException;
import org.electrocat.vibspec.io.jcamp.JcampReader;
import org.electrocat.vibspec.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrupt, truncated and hostile JCAMP-DX files fail with a FormatException naming line and field. */
class JcampHostileTest {

    @TempDir
    Path dir;

    private static final String HEAD = "##TITLE=t\n##JCAMP-DX=4.24\n##XUNITS=1/CM\n##YUNITS=ABSORBANCE\n"
            + "##XFACTOR=1\n##YFACTOR=1\n##FIRSTX=0\n##LASTX=9\n##NPOINTS=10\n##XYDATA=(X++(Y..Y))\n";

    FormatException fails(String text) {
        return assertThrows(FormatException.class,
                () -> Fixtures.read(new JcampReader(), Fixtures.write(dir, "bad.jdx", text)));
    }

    @Test
    void truncatedTableNamesTheCount() {
        FormatException e = fails(HEAD + "0 1 2 3 4 5\n##END=\n");
        assertTrue(e.getMessage().contains("NPOINTS = 10"), e.getMessage());
        assertEquals(11, e.line());
    }

    @Test
    void fileEndingWithoutEndRecord() {
        FormatException e = fails(HEAD + "0 1 2 3 4 5\n5 6 7 8 9 10\n");
        assertTrue(e.getMessage().contains("no ##END="), e.getMessage());
    }

    @Test
    void hugeDupCountDoesNotAllocate() {
        // a 9-digit repeat count in a 200-byte file: refused at NPOINTS, not decoded into 10^9 doubles
        FormatException e = fails(HEAD + "0A00s99999999\n##END=\n");
        assertTrue(e.getMessage().contains("more ordinates than NPOINTS"), e.getMessage());
        assertEquals(11, e.line());
    }

    @Test
    void hugeNpointsIsRejectedOrBounded() {
        FormatException e = fails(HEAD.replace("##NPOINTS=10", "##NPOINTS=1e15") + "0 1\n##END=\n");
        assertEquals("NPOINTS", e.field());
        FormatException big = fails(HEAD.replace("##NPOINTS=10", "##NPOINTS=2000000000")
                .replace("##LASTX=9", "##LASTX=1999999999") + "0 1 2\n##END=\n");
        assertTrue(big.getMessage().contains("NPOINTS = 2000000000"), big.getMessage());
    }

    @Test
    void inconsistentDeltaX() {
        FormatException e = fails(HEAD.replace("##NPOINTS=10", "##DELTAX=2\n##NPOINTS=10") + "0 1\n##END=\n");
        assertEquals("DELTAX", e.field());
        assertEquals(9, e.line());
    }

    @Test
    void missingRequiredLabel() {
        FormatException e = fails(HEAD.replace("##FIRSTX=0\n", "") + "0 1\n##END=\n");
        assertEquals("FIRSTX", e.field());
    }

    @Test
    void notANumber() {
        FormatException e = fails(HEAD.replace("##LASTX=9", "##LASTX=nine") + "0 1\n##END=\n");
        assertTrue(e.getMessage().contains("'nine' is not a finite number"), e.getMessage());
        assertEquals(8, e.line());
    }

    @Test
    void illegalCharacterNamesColumn() {
        FormatException e = fails(HEAD + "0 1 2 3 # 4\n##END=\n");
        assertEquals(11, e.line());
        assertTrue(e.getMessage().contains("column 9"), e.getMessage());
    }

    @Test
    void dupAtLineStart() {
        FormatException e = fails(HEAD + "0 T\n##END=\n");
        assertTrue(e.getMessage().contains("repeats nothing"), e.getMessage());
    }

    @Test
    void difWithoutOrdinate() {
        FormatException e = fails(HEAD + "0 J\n##END=\n");
        assertTrue(e.getMessage().contains("DIF"), e.getMessage());
    }

    @Test
    void unsupportedTableForm() {
        FormatException e = fails(HEAD.replace("(X++(Y..Y))", "(XYZ..XYZ)") + "##END=\n");
        assertTrue(e.getMessage().contains("not supported"), e.getMessage());
    }

    @Test
    void notJcampAtAll() {
        assertTrue(fails("hello world\n1 2\n").getMessage().contains("not JCAMP-DX"));
        assertTrue(fails("").getMessage().contains("not JCAMP-DX"));
    }

    @Test
    void binaryContent() throws IOException {
        byte[] b = new byte[100];
        b[0] = '#';
        b[1] = '#';
        Path f = dir.resolve("bin.jdx");
        Files.write(f, b);
        FormatException e = assertThrows(FormatException.class, () -> Fixtures.read(new JcampReader(), f));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void endlessLineIsBounded() throws IOException {
        Path f = dir.resolve("long.jdx");
        byte[] b = new byte[(1 << 22) + 10];
        java.util.Arrays.fill(b, (byte) '1');
        Files.write(f, b);
        FormatException e = assertThrows(FormatException.class, () -> Fixtures.read(new JcampReader(), f));
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
    }

    @Test
    void detectNeverThrowsAndRecognisesContent() {
        JcampReader r = new JcampReader();
        assertEquals(0, r.detect(dir.resolve("x"), null));
        assertEquals(0, r.detect(dir.resolve("x"), new byte[] {1, 2}));
        assertEquals(0.95, r.detect(dir.resolve("x"), HEAD.getBytes()), 0);
        assertEquals(0, r.detect(dir.resolve("x"), "time,current\n1,2\n".getBytes()));
    }
}
