package org.electrocat.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electrocat.api.FormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a {@link FormatException} that names the file, the line and the column. */
class TextReaderErrorsTest {

    @TempDir
    Path dir;

    private FormatException fail(String content) throws IOException {
        return fail(content.getBytes(StandardCharsets.UTF_8), TextOptions.defaults());
    }

    private FormatException fail(byte[] content, TextOptions options) throws IOException {
        Path p = dir.resolve("bad.csv");
        Files.write(p, content);
        FormatException e = assertThrows(FormatException.class, () -> TextReader.read(p, options));
        assertEquals(p.toString(), e.file());
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        return e;
    }

    @Test
    void emptyFile() throws IOException {
        FormatException e = fail("");
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("empty"), e.problem());
    }

    @Test
    void headerOnly() throws IOException {
        FormatException e = fail("E/V,I/mA\n");
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("no rows of numbers"), e.problem());
        assertTrue(e.problem().contains("E/V,I/mA"), e.problem());
    }

    @Test
    void truncatedLastLine() throws IOException {
        FormatException e = fail("E/V,I/mA,t/s\n0.1,1,0\n0.2,2,1\n0.3,3,2\n0.4,");
        assertEquals(5, e.line());
        assertEquals("t/s", e.field());
        assertTrue(e.problem().contains("truncated"), e.problem());
    }

    @Test
    void truncatedLineInTheMiddleIsNotMistakenForHeader() throws IOException {
        FormatException e = fail("E/V,I/mA,t/s\n0.1,1,0\n0.2,2,1\n0.3\n0.4,4,3\n0.5,5,4\n0.6,6,5\n0.7,7,6\n");
        assertEquals(4, e.line());
        assertEquals("I/mA", e.field());
    }

    @Test
    void letterInNumericColumn() throws IOException {
        FormatException e = fail("E/V\tI/mA\n0.1\t1.0\n0.2\t2.O\n0.3\t3.0\n0.4\t4.0\n");
        assertEquals(3, e.line());
        assertEquals("I/mA", e.field());
        assertTrue(e.problem().contains("'2.O' is not a number"), e.problem());
        assertTrue(e.getMessage().contains(":3: field 'I/mA'"), e.getMessage());
    }

    @Test
    void letterInTheFirstDataRowIsNotTakenForTheHeader() throws IOException {
        FormatException e = fail("E/V,I/mA\n0.1,1.O\n0.2,2.0\n0.3,3.0\n");
        assertEquals(2, e.line());
        assertEquals("I/mA", e.field());
    }

    @Test
    void textRowInsideTheData() throws IOException {
        FormatException e = fail("a,b\n1,2\n3,4\nend,of\n5,6\n7,8\n9,10\n");
        assertEquals(4, e.line());
        assertEquals("a", e.field());
    }

    @Test
    void extraValuesBeyondTheHeader() throws IOException {
        FormatException e = fail("a,b\n1,2\n3,4\n5,6,7\n8,9\n");
        assertEquals(4, e.line());
        assertTrue(e.problem().contains("extra value '7'"), e.problem());
    }

    @Test
    void missingValueUnderErrorPolicy() throws IOException {
        FormatException e = fail("a,b\n1,2\n3,\n5,6\n".getBytes(StandardCharsets.UTF_8),
                TextOptions.defaults().withNanPolicy(TextOptions.NanPolicy.ERROR));
        assertEquals(3, e.line());
        assertEquals("b", e.field());
        assertTrue(e.problem().contains("missing value"), e.problem());
        FormatException nan = fail("a,b\n1,2\n3,NaN\n".getBytes(StandardCharsets.UTF_8),
                TextOptions.defaults().withNanPolicy(TextOptions.NanPolicy.ERROR));
        assertEquals(3, nan.line());
    }

    @Test
    void binaryContent() throws IOException {
        byte[] b = {'B', 'I', 'O', 0x1A, 0, 0, 1, 2, '\n', 3, 4};
        FormatException e = fail(b, TextOptions.defaults());
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("binary"), e.problem());
    }

    @Test
    void utf16IsRefusedClearly() throws IOException {
        byte[] b = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[b.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(b, 0, withBom, 2, b.length);
        FormatException e = fail(withBom, TextOptions.defaults());
        assertTrue(e.problem().contains("UTF-16"), e.problem());
    }

    @Test
    void forcedWrongDelimiterSaysWhatWasTried() throws IOException {
        FormatException e = fail("a;b\nx;y\n".getBytes(StandardCharsets.UTF_8),
                TextOptions.defaults().withDelimiter(TextOptions.Delimiter.TAB));
        assertTrue(e.problem().contains("delimiter TAB"), e.problem());
    }
}
