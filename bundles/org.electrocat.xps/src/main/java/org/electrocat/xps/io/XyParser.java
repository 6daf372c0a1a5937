package org.electrocat.xps.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.FormatException;

/** Splits an XY export into regions of averaged scans (see {@link XyReader}). */
final class XyParser {

    /** One region: its header fields, energies and count rates (scans averaged). */
    record Region(String name, Map<String, String> meta, double[] energy, double[] rate, int scans, int firstLine) {
    }

    private XyParser() {
    }

    /** True when the first non-comment line of {@code text} holds two numbers. */
    static boolean looksNumeric(String text) {
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] p = t.split("[\\s,;]+");
            try {
                Double.parseDouble(p[0]);
                Double.parseDouble(p[1]);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }
        return false;
    }

    static List<Region> parse(String file, List<String> lines) throws FormatException {
        List<Region> regions = new ArrayList<>();
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, String> global = new LinkedHashMap<>();
        boolean inRegion = false;
        String name = "spectrum";
        int regionLine = 1;
        List<double[]> scans = new ArrayList<>();
        double[] ex = new double[64];
        double[] ey = new double[64];
        int n = 0;
        int scanLine = -1;
        for (int li = 0; li < lines.size(); li++) {
            String t = lines.get(li).trim();
            if (t.isEmpty() || t.startsWith("#")) {
                if (n > 0) {
                    scans.add(pack(ex, ey, n, file, scanLine));
                    n = 0;
                }
                String body = t.isEmpty() ? "" : t.substring(1).trim();
                int colon = body.indexOf(':');
                if (colon > 0) {
                    String key = body.substring(0, colon).trim();
                    String value = body.substring(colon + 1).trim();
                    if (key.equals("Region")) {
                        close(regions, name, meta, scans, regionLine, file);
                        scans = new ArrayList<>();
                        meta = new LinkedHashMap<>(global);
                        name = value.isEmpty() ? "region " + (regions.size() + 1) : value;
                        regionLine = li + 1;
                        inRegion = true;
                    }
                    (inRegion ? meta : global).put(key, value);
                }
                continue;
            }
            String[] p = t.split("[\\s,;]+");
            if (p.length < 2) {
                throw error(file, li + 1, "energy/intensity", "expected two numbers, found '" + t + "'");
            }
            double x;
            double y;
            try {
                x = Double.parseDouble(p[0]);
                y = Double.parseDouble(p[1]);
            } catch (NumberFormatException e) {
                throw error(file, li + 1, "energy/intensity", "expected two numbers, found '" + t + "'");
            }
            if (!Double.isFinite(x)) {
                throw error(file, li + 1, "energy", "energy is not a finite number: '" + p[0] + "'");
            }
            if (n == 0) {
                scanLine = li + 1;
            }
            if (n == ex.length) {
                ex = java.util.Arrays.copyOf(ex, 2 * n);
                ey = java.util.Arrays.copyOf(ey, 2 * n);
            }
            ex[n] = x;
            ey[n++] = y;
        }
        if (n > 0) {
            scans.add(pack(ex, ey, n, file, scanLine));
        }
        if (!inRegion) {
            meta = global;
        }
        close(regions, name, meta, scans, regionLine, file);
        return regions;
    }

    /** {x..., y..., line} of one scan. */
    private static double[] pack(double[] x, double[] y, int n, String file, int line) throws FormatException {
        double[] s = new double[2 * n + 1];
        System.arraycopy(x, 0, s, 0, n);
        System.arraycopy(y, 0, s, n, n);
        s[2 * n] = line;
        return s;
    }

    private static void close(List<Region> regions, String name, Map<String, String> meta, List<double[]> scans,
            int regionLine, String file) throws FormatException {
        if (scans.isEmpty()) {
            return;
        }
        double[] first = scans.get(0);
        int n = (first.length - 1) / 2;
        double[] e = java.util.Arrays.copyOf(first, n);
        double[] sum = new double[n];
        for (double[] s : scans) {
            int m = (s.length - 1) / 2;
            int line = (int) s[2 * m];
            if (m != n) {
                throw error(file, line, "scan", "region '" + name + "': this scan has " + m
                        + " points but the first has " + n + "; scans of one region must share their energies");
            }
            for (int i = 0; i < n; i++) {
                if (Math.abs(s[i] - e[i]) > 1e-6 * Math.max(1, Math.abs(e[i]))) {
                    throw error(file, line + i, "energy", "region '" + name + "': energy " + s[i]
                            + " differs from the first scan's " + e[i] + "; scans cannot be averaged");
                }
                sum[i] += s[n + i];
            }
        }
        double scale = 1.0 / scans.size();
        String rate = meta.getOrDefault("Count Rate", "Counts per Second").toLowerCase(Locale.ROOT);
        if (!rate.contains("second") && !rate.contains("/s")) {
            double dwell = number(meta.get("Dwell Time"));
            if (dwell > 0) {
                scale /= dwell;
            }
        }
        for (int i = 0; i < n; i++) {
            sum[i] *= scale;
        }
        regions.add(new Region(name, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta)), e, sum,
                scans.size(), regionLine));
    }

    private static FormatException error(String file, int line, String field, String problem) {
        return new FormatException(file, line, field, problem, null);
    }

    private static double number(String s) {
        try {
            return s == null ? Double.NaN : Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
