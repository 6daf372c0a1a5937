package org.electrocat.xas.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.FormatException;

/**
 * Reads the assignments of an Athena project file ({@code $name = 'text';}, {@code @name = (...);})
 * with a small tokenizer: single- and double-quoted strings (backslash escapes, no interpolation),
 * numbers and barewords, {@code ( [ {} ] )} nesting, {@code ,} and {@code =>}, {@code #} comments.
 * It never evaluates anything: values become {@link String}, {@link List} or {@link Map} objects,
 * and statements that are not assignments ({@code [record]}, {@code 1;}) are skipped. Nesting deeper
 * than {@value #MAX_DEPTH} levels is refused, so hostile input cannot exhaust the stack.
 */
public final class PerlAssignments {

    /** Deepest nesting of brackets accepted. */
    public static final int MAX_DEPTH = 32;

    /** One assignment: sigil ({@code $} or {@code @}), name, value, and the 1-based line it starts on. */
    public record Assignment(char sigil, String name, Object value, int line) {
    }

    private final String file;
    private final String text;
    private int pos;
    private int line = 1;

    private PerlAssignments(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /**
     * All top-level assignments in order.
     *
     * @throws FormatException naming the line of an unterminated string or list, or of too deep nesting
     */
    public static List<Assignment> parse(String file, String text) throws FormatException {
        return new PerlAssignments(file, text).all();
    }

    private List<Assignment> all() throws FormatException {
        List<Assignment> out = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                return out;
            }
            char c = text.charAt(pos);
            if ((c == '$' || c == '@') && pos + 1 < text.length() && isWordStart(text.charAt(pos + 1))) {
                int start = line;
                pos++;
                String name = word();
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == '=' && !(pos + 1 < text.length() && text.charAt(pos + 1) == '>')) {
                    pos++;
                    Object v = value(0);
                    out.add(new Assignment(c, name, v, start));
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                string();
            } else {
                pos++;
            }
        }
    }

    private Object value(int depth) throws FormatException {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        skipSpace();
        if (pos >= text.length()) {
            throw error("the file ends inside an assignment");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '\'', '"':
                return string();
            case '(', '[':
                pos++;
                return list(c == '(' ? ')' : ']', depth);
            case '{': {
                pos++;
                List<Object> items = list('}', depth);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i + 1 < items.size(); i += 2) {
                    map.put(String.valueOf(items.get(i)), items.get(i + 1));
                }
                return map;
            }
            default:
                return bare();
        }
    }

    private List<Object> list(char close, int depth) throws FormatException {
        int start = line;
        List<Object> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw new FormatException(file, start, null, "list opened here is never closed with '" + close + "'", null);
            }
            char c = text.charAt(pos);
            if (c == close) {
                pos++;
                return items;
            }
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == '=' && pos + 1 < text.length() && text.charAt(pos + 1) == '>') {
                pos += 2;
                continue;
            }
            if (c == ')' || c == ']' || c == '}' || c == ';') {
                throw error("expected '" + close + "' but found '" + c + "'");
            }
            items.add(value(depth + 1));
        }
    }

    private String string() throws FormatException {
        char quote = text.charAt(pos++);
        int start = line;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\n') {
                line++;
            }
            if (c == '\\' && pos < text.length()) {
                char n = text.charAt(pos++);
                if (quote == '\'') {
                    // single quotes only unescape \\ and \'
                    if (n != '\\' && n != '\'') {
                        sb.append('\\');
                    }
                    sb.append(n);
                } else {
                    sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
                }
                continue;
            }
            if (c == quote) {
                return sb.toString();
            }
            sb.append(c);
        }
        throw new FormatException(file, start, null, "string opened here is never closed", null);
    }

    /** A number or bareword (e.g. {@code 0}, {@code -1.5e3}, {@code undef}). */
    private String bare() throws FormatException {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == ',' || c == ')' || c == ']' || c == '}' || c == ';' || c == '#'
                    || (c == '=' && pos + 1 < text.length() && text.charAt(pos + 1) == '>')) {
                break;
            }
            pos++;
        }
        if (pos == start) {
            throw error("unexpected '" + text.charAt(pos) + "'");
        }
        return text.substring(start, pos);
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == ':')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private FormatException error(String problem) {
        return new FormatException(file, line, null, problem, null);
    }
}
