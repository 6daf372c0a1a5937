package org.electrocat.mechanism.network;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electrocat.api.FormatException;

/**
 * The final total energy of a VASP run from its OUTCAR: the value of {@code energy(sigma->0)} on
 * the last {@code energy without entropy} line (the energy extrapolated to zero smearing, the one
 * used for free energies), or, when a file has none, the last {@code free energy TOTEN}. The file is
 * streamed line by line (OUTCARs reach gigabytes); a line longer than {@link #MAX_LINE} bytes is
 * refused as not an OUTCAR.
 */
public final class OutcarEnergy {

    /** Longest line accepted, in bytes. */
    public static final int MAX_LINE = 1 << 20;

    private static final String SIGMA0 = "energy(sigma->0) =";
    private static final String TOTEN = "free  energy   TOTEN  =";

    private OutcarEnergy() {
    }

    /**
     * Reads the final energy in eV.
     *
     * @throws FormatException naming the file when no energy line is found or its number is bad
     * @throws IOException     when the file cannot be read
     */
    public static double finalEnergy(Path outcar) throws IOException {
        double sigma0 = Double.NaN;
        double toten = Double.NaN;
        long sigmaLine = -1;
        byte[] chunk = new byte[1 << 16];
        byte[] line = new byte[256];
        int len = 0;
        long lineNo = 1;
        try (InputStream in = Files.newInputStream(outcar)) {
            int n;
            boolean eof = false;
            while (!eof) {
                n = in.read(chunk);
                eof = n < 0;
                int count = eof ? 1 : n;
                for (int i = 0; i < count; i++) {
                    byte b = eof ? (byte) '\n' : chunk[i];
                    if (b != '\n') {
                        if (len == line.length) {
                            if (len >= MAX_LINE) {
                                throw new FormatException(outcar, lineNo, null, "line longer than " + MAX_LINE
                                        + " bytes: not a VASP OUTCAR");
                            }
                            line = java.util.Arrays.copyOf(line, Math.min(MAX_LINE, 2 * len));
                        }
                        line[len++] = b;
                        continue;
                    }
                    if (len >= TOTEN.length()) {
                        String s = new String(line, 0, len, StandardCharsets.ISO_8859_1);
                        int k = s.indexOf(SIGMA0);
                        if (k >= 0) {
                            sigma0 = number(outcar, lineNo, s.substring(k + SIGMA0.length()), "energy(sigma->0)");
                            sigmaLine = lineNo;
                        } else if ((k = s.indexOf(TOTEN)) >= 0) {
                            toten = number(outcar, lineNo, s.substring(k + TOTEN.length()).replace("eV", ""),
                                    "TOTEN");
                        }
                    }
                    len = 0;
                    lineNo++;
                }
            }
        }
        if (sigmaLine > 0) {
            return sigma0;
        }
        if (!Double.isNaN(toten)) {
            return toten;
        }
        throw new FormatException(outcar, -1, "energy(sigma->0)", "no 'energy(sigma->0) =' or 'free  energy   TOTEN  ='"
                + " line: not a VASP OUTCAR, or the run stopped before its first ionic step");
    }

    private static double number(Path file, long line, String rest, String field) throws FormatException {
        String t = rest.trim();
        int end = t.indexOf(' ');
        String n = end < 0 ? t : t.substring(0, end);
        try {
            double v = Double.parseDouble(n);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FormatException(file, line, field, "'" + n + "' is not a finite energy");
    }
}
