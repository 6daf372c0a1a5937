package org.electrocat.report.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File-name-safe ids for result and chart files: letters, digits, '.', '_' and '-' only (so no id
 * can climb out of the report folder with {@code ../}), never empty, unique within one report.
 */
final class FileNames {

    private final Set<String> used = new HashSet<>();

    /** A safe version of {@code id}, made unique by a numeric suffix when needed. */
    String unique(String id) {
        String base = safe(id);
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** Replaces every character outside [A-Za-z0-9._-] by '_', trims leading dots, caps the length. */
    static String safe(String id) {
        StringBuilder sb = new StringBuilder();
        String s = id == null ? "" : id;
        for (int i = 0; i < s.length() && sb.length() < 80; i++) {
            char c = s.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-');
            sb.append(ok ? c : '_');
        }
        while (sb.length() > 0 && sb.charAt(0) == '.') {
            sb.setCharAt(0, '_');
        }
        return sb.length() == 0 ? "result" : sb.toString();
    }
}
