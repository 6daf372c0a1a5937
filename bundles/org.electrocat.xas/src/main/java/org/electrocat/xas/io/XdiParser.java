package org.electrocat.xas.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electrocat.api.FormatException;

/**
 * Parser of XDI 1.0 text (see {@link XdiFile}): a version line {@code # XDI/1.0 ...}, header fields
 * {@code # Namespace.tag: value} (namespace and tag start with a letter and hold letters, digits and
 * underscores), an optional {@code # ///} line opening free comments, a {@code #---...} line ending
 * the header, an optional {@code #} line of column labels, then rows of whitespace-separated numbers,
 * all with the same number of values. {@code Column.N} fields give column names and units
 * ({@code energy eV}).
 */
public final class XdiParser {

    private static final Pattern FIELD = Pattern.compile("^#\\s*([A-Za-z][A-Za-z0-9_]*\\.[A-Za-z0-9_]+)\\s*:\\s?(.*)$");
    private static final Pattern COLUMN = Pattern.compile("(?i)column\\.(\\d+)");

    private XdiParser() {
    }

    /** True when {@code head} starts like an XDI file. */
    public static boolean isXdi(String head) {
        return head.startsWith("# XDI/") || head.startsWith("#XDI/");
    }

    /**
     * Parses the lines of an XDI file.
     *
     * @throws FormatException naming the line and field of the first violation
     */
    public static XdiFile parse(String file, List<String> lines) throws FormatException {
        if (lines.isEmpty() || !isXdi(lines.get(0))) {
            throw new FormatException(file, 1, "version", "not an XDI file: the first line must start with '# XDI/1.0'",
                    null);
        }
        String version = lines.get(0).substring(lines.get(0).indexOf("XDI/")).trim();
        if (!version.startsWith("XDI/1.")) {
            throw new FormatException(file, 1, "version", "XDI version '" + version.split("\\s")[0]
                    + "' is not supported (1.x)", null);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder comments = new StringBuilder();
        boolean inComments = false;
        String labelLine = null;
        int li = 1;
        for (; li < lines.size(); li++) {
            String t = lines.get(li).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.startsWith("#")) {
                break;
            }
            String body = t.substring(1).strip();
            if (body.startsWith("---")) {
                // the column-label line, if any, follows directly
                if (li + 1 < lines.size() && lines.get(li + 1).strip().startsWith("#")) {
                    labelLine = lines.get(li + 1).strip().substring(1).strip();
                    li++;
                }
                li++;
                break;
            }
            if (body.startsWith("///")) {
                inComments = true;
                continue;
            }
            if (inComments) {
                comments.append(comments.length() > 0 ? "\n" : "").append(body);
                continue;
            }
            Matcher m = FIELD.matcher(t);
            if (!m.matches()) {
                throw new FormatException(file, li + 1, "header", "expected '# Namespace.tag: value' before '# ///', found '"
                        + shorten(t) + "'", null);
            }
            fields.put(m.group(1), m.group(2).strip());
        }
        List<String> names = new ArrayList<>();
        List<String> units = new ArrayList<>();
        columnNames(fields, names, units);
        int firstData = -1;
        List<double[]> rows = new ArrayList<>();
        int[] rowLines = new int[64];
        for (; li < lines.size(); li++) {
            String t = lines.get(li).strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] p = t.split("\\s+");
            if (firstData < 0) {
                firstData = li + 1;
                if (names.isEmpty() && labelLine != null) {
                    for (String s : labelLine.split("\\s+")) {
                        names.add(s.toLowerCase(Locale.ROOT));
                        units.add("");
                    }
                }
                while (names.size() < p.length) {
                    names.add("col" + (names.size() + 1));
                    units.add("");
                }
            }
            if (!rows.isEmpty() && p.length != rows.get(0).length) {
                throw new FormatException(file, li + 1, "data", "row has " + p.length + " values but the first data row ("
                        + "line " + firstData + ") has " + rows.get(0).length, null);
            }
            double[] r = new double[p.length];
            for (int c = 0; c < p.length; c++) {
                try {
                    r[c] = Double.parseDouble(p[c]);
                } catch (NumberFormatException e) {
                    throw new FormatException(file, li + 1, names.size() > c ? names.get(c) : "column " + (c + 1),
                            "'" + shorten(p[c]) + "' is not a number", null);
                }
            }
            if (rows.size() == rowLines.length) {
                rowLines = Arrays.copyOf(rowLines, 2 * rowLines.length);
            }
            rowLines[rows.size()] = li + 1;
            rows.add(r);
        }
        if (rows.isEmpty()) {
            throw new FormatException(file, lines.size(), "data", "the file has no data rows", null);
        }
        int nc = rows.get(0).length;
        double[][] cols = new double[nc][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            for (int c = 0; c < nc; c++) {
                cols[c][i] = r[c];
            }
        }
        return new XdiFile(version, fields, comments.toString(), List.copyOf(names.subList(0, nc)),
                List.copyOf(units.subList(0, nc)), cols, Arrays.copyOf(rowLines, rows.size()));
    }

    /** Names and units from Column.N fields, in N order (gaps filled later from the label line). */
    private static void columnNames(Map<String, String> fields, List<String> names, List<String> units) {
        String[] n = new String[0];
        String[] u = new String[0];
        for (Map.Entry<String, String> e : fields.entrySet()) {
            Matcher m = COLUMN.matcher(e.getKey());
            if (!m.matches()) {
                continue;
            }
            // more digits than any real column count: treat like any other out-of-range index
            int idx = m.group(1).length() > 4 ? -1 : Integer.parseInt(m.group(1)) - 1;
            if (idx < 0 || idx > 4096) {
                continue;
            }
            if (idx >= n.length) {
                n = Arrays.copyOf(n, idx + 1);
                u = Arrays.copyOf(u, idx + 1);
            }
            String[] p = e.getValue().strip().split("\\s+", 2);
            n[idx] = p[0].toLowerCase(Locale.ROOT);
            u[idx] = p.length > 1 ? p[1].strip() : "";
        }
        for (int i = 0; i < n.length; i++) {
            names.add(n[i] == null ? "col" + (i + 1) : n[i]);
            units.add(u[i] == null ? "" : u[i]);
        }
    }

    private static String shorten(String s) {
        return s.length() > 50 ? s.substring(0, 50) + "..." : s;
    }
}
