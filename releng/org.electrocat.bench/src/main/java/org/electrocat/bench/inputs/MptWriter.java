package org.electrocat.bench.inputs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A BioLogic EC-Lab chronoamperometry export (.mpt) of any length, with the 14 tab-separated columns
 * EC-Lab writes for CA and its number style ({@code d.ddddE+00X}, three exponent digits). Time steps
 * are 10 ms; the current is I(t) = −(5 + 2/√(1 + t)) mA plus a 3.7 Hz ripple of 0.05 mA, and the
 * charge columns are its running trapezoid integral.
 */
public final class MptWriter {

    /** Lines before the first data row, including the column header line. */
    public static final int HEADER_LINES = 6;
    private static final String COLUMNS = "mode\tox/red\terror\tcontrol changes\tNs changes\tcounter inc.\t"
            + "time/s\tcontrol/V\tEwe/V\tI/mA\tdQ/C\t(Q-Qo)/C\tI Range\tcycle number";

    private MptWriter() {
    }

    static void write(Path file, int rows) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            String header = "EC-Lab ASCII FILE\nNb header lines : " + HEADER_LINES + "\n\n"
                    + "Chronoamperometry / Chronocoulometry\nReference electrode : Ag/AgCl (0.197 V)\n" + COLUMNS + "\n";
            out.write(header.getBytes(StandardCharsets.ISO_8859_1));
            byte[] line = new byte[512];
            double q = 0;
            double previous = 0;
            for (int i = 0; i < rows; i++) {
                double t = i * 0.01;
                double ma = -(5 + 2 / Math.sqrt(1 + t)) + 0.05 * Math.sin(2 * Math.PI * 3.7 * t + 0.3);
                double dq = i == 0 ? 0 : 0.5 * (ma + previous) * 1e-3 * 0.01;
                q += dq;
                previous = ma;
                int p = ascii(line, 0, "2\t1\t0\t" + (i == 0 ? "1" : "0") + "\t0\t0\t");
                p = scientific(line, p, t, 16);
                p = scientific(line, p, -1.6, 8);
                p = scientific(line, p, -1.6 + 1e-4 * Math.sin(t), 8);
                p = scientific(line, p, ma, 16);
                p = scientific(line, p, dq, 8);
                p = scientific(line, p, q, 8);
                p = ascii(line, p, "41\t");
                p = scientific(line, p, 1, 16);
                line[p - 1] = '\n';
                out.write(line, 0, p);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int ascii(byte[] b, int p, String s) {
        for (int k = 0; k < s.length(); k++) {
            b[p++] = (byte) s.charAt(k);
        }
        return p;
    }

    /** v as d.ddd…E±XXX with {@code digits} significant digits, then a tab. */
    static int scientific(byte[] b, int p, double v, int digits) {
        if (v < 0) {
            b[p++] = '-';
            v = -v;
        }
        int e = v == 0 ? 0 : (int) Math.floor(Math.log10(v));
        long m = v == 0 ? 0 : Math.round(v / Math.pow(10, e - digits + 1));
        if (m >= (long) Math.pow(10, digits)) {
            m /= 10;
            e++;
        }
        byte[] d = new byte[digits];
        for (int k = digits - 1; k >= 0; k--) {
            d[k] = (byte) ('0' + m % 10);
            m /= 10;
        }
        b[p++] = d[0];
        b[p++] = '.';
        for (int k = 1; k < digits; k++) {
            b[p++] = d[k];
        }
        b[p++] = 'E';
        b[p++] = (byte) (e < 0 ? '-' : '+');
        int ae = Math.abs(e);
        b[p++] = (byte) ('0' + ae / 100);
        b[p++] = (byte) ('0' + ae / 10 % 10);
        b[p++] = (byte) ('0' + ae % 10);
        b[p++] = '\t';
        return p;
    }
}
