package org.electrocat.ms.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.Deflater;
import org.electrocat.api.FormatException;
import org.junit.jupiter.api.Test;

/** Decoding of mzML/mzXML binary arrays: base64 with white space, zlib against the declared size. */
class BinaryArraysTest {

    private static final BinaryArrays.Origin ORIGIN = new BinaryArrays.Origin("test.mzML", 7, "m/z array");
    private static final double[] VALUES = {400.125, 1e-300, -2.5, 1999.99, 0, Double.MAX_VALUE};

    private static byte[] littleEndian(double[] v) {
        ByteBuffer b = ByteBuffer.allocate(8 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : v) {
            b.putDouble(x);
        }
        return b.array();
    }

    private static byte[] zlib(byte[] raw) {
        Deflater d = new Deflater();
        d.setInput(raw);
        d.finish();
        byte[] buf = new byte[raw.length + 64];
        int n = d.deflate(buf);
        d.end();
        return Arrays.copyOf(buf, n);
    }

    private static double[] decode(String text, boolean zlib, long declared) throws FormatException {
        return BinaryArrays.decode(text, BinaryArrays.Type.FLOAT64, zlib, ByteOrder.LITTLE_ENDIAN, declared, ORIGIN);
    }

    @Test
    void whiteSpaceInsideTheBase64IsIgnored() throws FormatException {
        String text = Base64.getEncoder().encodeToString(littleEndian(VALUES));
        String wrapped = " \n" + text.substring(0, 10) + "\r\n\t" + text.substring(10, 30) + " \u2003" + text.substring(30)
                + "\n";
        assertArrayEquals(VALUES, decode(text, false, VALUES.length));
        assertArrayEquals(VALUES, decode(wrapped, false, VALUES.length), "line breaks, tabs, spaces, em space");
        assertArrayEquals(VALUES, decode(wrapped, false, -1), "no declared length");
    }

    @Test
    void invalidCharactersAreFormatErrorsNamingTheField() {
        String text = Base64.getEncoder().encodeToString(littleEndian(VALUES));
        for (String bad : new String[] {text.substring(0, 8) + "\u00e9" + text.substring(8),
            text.substring(0, 8) + "\u4e2d" + text.substring(8), text.substring(0, 8) + "\0" + text.substring(8),
            text.substring(0, 8) + "\ud83d\ude00 " + text.substring(8), text.substring(0, 8) + "?" + text.substring(8)}) {
            FormatException e = assertThrows(FormatException.class, () -> decode(bad, false, VALUES.length));
            assertTrue(e.getMessage().contains("not valid base64") && e.getMessage().contains("m/z array"),
                    e.getMessage());
        }
    }

    @Test
    void zlibArraysAreCheckedAgainstTheDeclaredLength() throws FormatException {
        String text = Base64.getEncoder().encodeToString(zlib(littleEndian(VALUES)));
        assertArrayEquals(VALUES, decode(text, true, VALUES.length), "declared length");
        assertArrayEquals(VALUES, decode(text, true, -1), "undeclared length");
        String shorter = assertThrows(FormatException.class, () -> decode(text, true, VALUES.length - 1)).getMessage();
        assertTrue(shorter.contains("inflates beyond"), shorter);
        String longer = assertThrows(FormatException.class, () -> decode(text, true, VALUES.length + 1)).getMessage();
        assertTrue(longer.contains("declares " + (VALUES.length + 1) + " values but the binary data holds "
                + VALUES.length), longer);
        byte[] z = zlib(littleEndian(VALUES));
        String cut = Base64.getEncoder().encodeToString(Arrays.copyOf(z, z.length - 6));
        for (long declared : new long[] {VALUES.length, -1}) {
            String truncated = assertThrows(FormatException.class, () -> decode(cut, true, declared)).getMessage();
            assertTrue(truncated.contains("truncated"), truncated);
        }
    }
}
