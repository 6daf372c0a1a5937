package org.electrocat.xas.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the columns of an absorption measurement into µ(E): a stored µ column (XDI {@code mutrans},
 * {@code mufluor}, a column named {@code mu}/{@code xmu}), transmission µ = ln(I0/It), or
 * fluorescence µ = If/I0. Column names are matched case-insensitively with the usual aliases
 * (XDI's {@code itrans}, {@code ifluor}; beamline {@code i1}, {@code it}, {@code if}).
 */
public final class MuChannels {

    /** The choices of the readers' {@code mu} option; any other text names a column. */
    public static final List<String> MODES = List.of("auto", "transmission", "fluorescence", "column");

    private static final List<String> I0 = List.of("i0", "io", "izero");
    private static final List<String> IT = List.of("itrans", "it", "i1", "itran", "itransmission");
    private static final List<String> IF = List.of("ifluor", "if", "ifl", "fluor", "ifluorescence");
    private static final List<String> MU_COLUMNS = List.of("mutrans", "mufluor", "mu", "xmu", "mu_trans", "mu(e)");

    /** µ and a sentence of how it was obtained. */
    public record Mu(double[] values, String from) {
    }

    private MuChannels() {
    }

    /**
     * Computes µ.
     *
     * @param columns columns by name (any case), all of equal length
     * @param mode    {@code auto}, {@code transmission}, {@code fluorescence}, or a column name
     * @throws IllegalArgumentException naming the missing channel (e.g. "no I0 column") or the row
     *         where a logarithm or ratio is undefined
     */
    public static Mu compute(Map<String, double[]> columns, String mode) {
        Map<String, double[]> lower = new LinkedHashMap<>();
        columns.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT).trim(), v));
        String m = mode == null ? "auto" : mode.trim().toLowerCase(Locale.ROOT);
        switch (m) {
            case "transmission":
                return transmission(lower);
            case "fluorescence":
                return fluorescence(lower);
            case "auto", "column": {
                String stored = first(lower, MU_COLUMNS);
                if (stored != null) {
                    return new Mu(lower.get(stored).clone(), "column " + stored);
                }
                if (m.equals("column")) {
                    throw new IllegalArgumentException("no µ column (looked for " + MU_COLUMNS + "); columns are "
                            + lower.keySet());
                }
                if (first(lower, IT) != null) {
                    return transmission(lower);
                }
                if (first(lower, IF) != null) {
                    return fluorescence(lower);
                }
                throw new IllegalArgumentException("cannot form µ(E): no µ column (" + MU_COLUMNS
                        + ") and no transmitted (" + IT + ") or fluorescence (" + IF + ") intensity; columns are "
                        + lower.keySet());
            }
            default: {
                double[] c = lower.get(m);
                if (c == null) {
                    throw new IllegalArgumentException("no column '" + mode + "'; columns are " + lower.keySet());
                }
                return new Mu(c.clone(), "column " + m);
            }
        }
    }

    private static Mu transmission(Map<String, double[]> c) {
        String it = require(c, IT, "transmitted intensity It");
        String i0 = require(c, I0, "incident intensity I0");
        double[] a = c.get(i0);
        double[] t = c.get(it);
        double[] mu = new double[a.length];
        for (int i = 0; i < mu.length; i++) {
            if (!(a[i] > 0) || !(t[i] > 0)) {
                throw new IllegalArgumentException("row " + (i + 1) + ": ln(" + i0 + "/" + it + ") is undefined for "
                        + i0 + " = " + a[i] + ", " + it + " = " + t[i] + " (both must be > 0)");
            }
            mu[i] = Math.log(a[i] / t[i]);
        }
        return new Mu(mu, "transmission ln(" + i0 + "/" + it + ")");
    }

    private static Mu fluorescence(Map<String, double[]> c) {
        String f = require(c, IF, "fluorescence intensity If");
        String i0 = require(c, I0, "incident intensity I0");
        double[] a = c.get(i0);
        double[] y = c.get(f);
        double[] mu = new double[a.length];
        for (int i = 0; i < mu.length; i++) {
            if (!(a[i] != 0) || !Double.isFinite(a[i])) {
                throw new IllegalArgumentException("row " + (i + 1) + ": " + f + "/" + i0 + " is undefined for " + i0
                        + " = " + a[i]);
            }
            mu[i] = y[i] / a[i];
        }
        return new Mu(mu, "fluorescence " + f + "/" + i0);
    }

    private static String require(Map<String, double[]> c, List<String> names, String what) {
        String n = first(c, names);
        if (n == null) {
            throw new IllegalArgumentException("no " + what + " column (looked for " + names + "); columns are "
                    + c.keySet());
        }
        return n;
    }

    private static String first(Map<String, double[]> c, List<String> names) {
        for (String n : names) {
            if (c.containsKey(n)) {
                return n;
            }
        }
        return null;
    }
}
