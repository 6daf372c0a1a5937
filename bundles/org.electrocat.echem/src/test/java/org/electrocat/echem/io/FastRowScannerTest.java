package org.electrocat.echem.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.electrocat.api.ProgressMonitor;
import org.junit.jupiter.api.Test;

/** The one-pass row scanner must agree bit for bit with the general parser, whatever the block splits. */
class FastRowScannerTest {

    private static String number(Random rnd, boolean comma) {
        double v = Math.scalb(rnd.nextDouble() - 0.5, rnd.nextInt(80) - 40);
        String s;
        switch (rnd.nextInt(6)) {
            case 0 -> s = String.format(Locale.ROOT, "%.15E", v);
            case 1 -> s = String.format(Locale.ROOT, "%.7E", v);
            case 2 -> s = String.valueOf(rnd.nextInt(100));
            case 3 -> s = String.format(Locale.ROOT, "%.17g", v); // long mantissas: careful path
            case 4 -> s = Double.toString(v);
            default -> s = String.format(Locale.ROOT, "%.4f", v);
        }
        return comma ? s.replace('.', ',') : s;
    }

    @Test
    void rowsAgreeWithTheGeneralParser() {
        Random rnd = new Random(3);
        double[] row = new double[4];
        int fast = 0;
        for (int k = 0; k < 50_000; k++) {
            boolean comma = k % 2 == 1;
            String[] f = new String[4];
            for (int c = 0; c < 4; c++) {
                f[c] = number(rnd, comma);
            }
            byte[] b = (String.join("\t", f) + (k % 3 == 0 ? "\r\n" : "\n")).getBytes(StandardCharsets.ISO_8859_1);
            int end = FastRowScanner.scan(b, 0, b.length, false, (byte) '\t', (byte) (comma ? ',' : '.'), row);
            if (end == FastRowScanner.CAREFUL) {
                continue;
            }
            fast++;
            assertEquals(b.length, end);
            for (int c = 0; c < 4; c++) {
                byte[] fb = f[c].getBytes(StandardCharsets.ISO_8859_1);
                double expected = Fields.number(fb, 0, fb.length, comma);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(row[c]), f[c]);
            }
        }
        assertTrue(fast > 10_000, "most rows take the fast path: " + fast);
    }

    @Test
    void incompleteAndUnusualRows() {
        double[] row = new double[2];
        byte[] b = "1.5\t-2E+003\n".getBytes(StandardCharsets.ISO_8859_1);
        for (int cut = 0; cut < b.length; cut++) {
            assertEquals(FastRowScanner.INCOMPLETE, FastRowScanner.scan(b, 0, cut, false, (byte) '\t', (byte) '.', row),
                    "cut at " + cut);
        }
        assertEquals(b.length, FastRowScanner.scan(b, 0, b.length, false, (byte) '\t', (byte) '.', row));
        assertArrayEquals(new double[] {1.5, -2000}, row);
        for (String odd : List.of("1.5\tNaN\n", " 1.5\t2\n", "1.5\t2\t3\n", "1.5\n", "1.5\tabc\n", "\n", "1.5\t2x\n")) {
            byte[] o = odd.getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(FastRowScanner.CAREFUL, FastRowScanner.scan(o, 0, o.length, false, (byte) '\t', (byte) '.', row),
                    odd);
        }
    }

    @Test
    void tinyReadsGiveTheSameTable() throws IOException {
        Random rnd = new Random(9);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 3000; k++) {
            sb.append(number(rnd, false)).append('\t').append(number(rnd, false)).append('\t')
                    .append(k % 500 == 7 ? "NaN" : number(rnd, false)).append(k % 2 == 0 ? "\r\n" : "\n");
        }
        byte[] data = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        NumericTableParser p = new NumericTableParser(Paths.get("x.mpt"), List.of("a", "b", "c"), (byte) '\t', false);
        double[][] whole = p.parse(new ByteArrayInputStream(data), 1, 10, ProgressMonitor.NONE);
        InputStream trickle = new ByteArrayInputStream(data) {
            private final Random r = new Random(1);

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + r.nextInt(7)));
            }
        };
        double[][] pieces = p.parse(trickle, 1, 10, ProgressMonitor.NONE);
        assertEquals(3000, whole[0].length);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(whole[c], pieces[c]);
        }
    }
}
