package org.electrocat.plugins.resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Version;

/**
 * Parses OSGi manifest headers into {@link HeaderClause}s following the common header syntax of
 * OSGi Core R8 section 1.3.2 and the typed attributes of section 3.3.7 ({@code name:Type=value}
 * with {@code String}, {@code Version}, {@code Long}, {@code Double} and {@code List<...>} of
 * them; list elements are separated by commas, {@code \,} is a literal comma).
 *
 * <pre>
 * header    ::= clause ( ',' clause )*
 * clause    ::= path ( ';' path )* ( ';' parameter )*
 * parameter ::= directive | attribute
 * directive ::= name ':=' argument
 * attribute ::= name ( ':' type )? '=' argument
 * argument  ::= token | '"' ( [^"\] | '\' any )* '"'
 * </pre>
 *
 * Commas and semicolons inside quotes do not split. A malformed header (unterminated quote, a
 * path after a parameter, an empty clause, an unknown attribute type or an unparsable typed
 * value) gives an {@link IllegalArgumentException} naming the header and the clause.
 */
public final class HeaderParser {

    private HeaderParser() {
    }

    /**
     * Parses {@code value} of the header {@code name}; {@code null} or blank gives no clauses.
     *
     * @throws IllegalArgumentException for malformed syntax, naming the header
     */
    public static List<HeaderClause> parse(String name, String value) {
        List<HeaderClause> clauses = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return clauses;
        }
        for (String clause : split(name, value, ',')) {
            clauses.add(clause(name, clause));
        }
        return clauses;
    }

    private static HeaderClause clause(String header, String text) {
        List<String> paths = new ArrayList<>();
        Map<String, Object> attributes = new LinkedHashMap<>();
        Map<String, String> directives = new LinkedHashMap<>();
        for (String part : split(header, text, ';')) {
            String p = part.trim();
            int eq = indexOutsideQuotes(p, '=');
            if (eq < 0) {
                if (!attributes.isEmpty() || !directives.isEmpty()) {
                    throw bad(header, text, "'" + p + "' comes after a parameter; paths must come first");
                }
                if (p.isEmpty()) {
                    throw bad(header, text, "empty path");
                }
                paths.add(p);
                continue;
            }
            boolean directive = eq > 0 && p.charAt(eq - 1) == ':';
            String key = p.substring(0, directive ? eq - 1 : eq).trim();
            String raw = unquote(header, text, p.substring(eq + 1).trim());
            if (key.isEmpty()) {
                throw bad(header, text, "parameter without a name: '" + p + "'");
            }
            if (directive) {
                directives.put(key, raw);
            } else {
                int colon = key.indexOf(':');
                if (colon < 0) {
                    attributes.put(key, raw);
                } else {
                    String attr = key.substring(0, colon).trim();
                    attributes.put(attr, typed(header, text, key.substring(colon + 1).trim(), raw));
                }
            }
        }
        if (paths.isEmpty()) {
            throw bad(header, text, "clause has no path");
        }
        return new HeaderClause(paths, attributes, directives);
    }

    /** A typed attribute value (OSGi Core R8 3.3.7). */
    static Object typed(String header, String clause, String type, String raw) {
        String t = type.replace(" ", "");
        try {
            if (t.startsWith("List<") && t.endsWith(">") || t.equals("List")) {
                String element = t.equals("List") ? "String" : t.substring(5, t.length() - 1);
                List<Object> list = new ArrayList<>();
                for (String item : splitList(raw)) {
                    list.add(scalar(element, element.equals("String") ? item : item.trim()));
                }
                return List.copyOf(list);
            }
            return scalar(t, t.equals("String") ? raw : raw.trim());
        } catch (IllegalArgumentException e) {
            throw bad(header, clause, "value '" + raw + "' is not a valid " + type + ": " + e.getMessage());
        }
    }

    private static Object scalar(String type, String value) {
        return switch (type) {
            case "String" -> value;
            case "Version" -> Version.parseVersion(value);
            case "Long" -> Long.valueOf(value);
            case "Double" -> Double.valueOf(value);
            default -> throw new IllegalArgumentException("unknown attribute type (String, Version, Long, Double or"
                    + " List<...> of them)");
        };
    }

    /** List elements: split at commas that are not escaped with a backslash. */
    private static List<String> splitList(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                cur.append(raw.charAt(++i));
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** Splits at {@code sep} outside double quotes (a backslash escapes the next character inside quotes). */
    private static List<String> split(String header, String text, char sep) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == sep) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (quoted) {
            throw bad(header, text, "unterminated quoted string");
        }
        parts.add(text.substring(start));
        for (String p : parts) {
            if (p.isBlank()) {
                throw bad(header, text, "empty " + (sep == ',' ? "clause" : "element between ';'"));
            }
        }
        return parts;
    }

    private static int indexOutsideQuotes(String s, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == wanted) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Removes surrounding quotes and decodes {@code \"} and {@code \\}; other backslash pairs stay
     * (list values need {@code \,}).
     */
    private static String unquote(String header, String clause, String arg) {
        if (!arg.startsWith("\"")) {
            if (arg.indexOf('"') >= 0) {
                throw bad(header, clause, "stray quote in '" + arg + "'");
            }
            return arg;
        }
        if (arg.length() < 2 || !arg.endsWith("\"") || arg.endsWith("\\\"") && !arg.endsWith("\\\\\"")) {
            throw bad(header, clause, "unterminated quoted string " + arg);
        }
        String body = arg.substring(1, arg.length() - 1);
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && (body.charAt(i + 1) == '"' || body.charAt(i + 1) == '\\')) {
                sb.append(body.charAt(++i));
            } else if (c == '"') {
                throw bad(header, clause, "unescaped quote inside " + arg);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static IllegalArgumentException bad(String header, String clause, String problem) {
        return new IllegalArgumentException("header " + header + ", clause '" + clause.trim() + "': " + problem);
    }
}
