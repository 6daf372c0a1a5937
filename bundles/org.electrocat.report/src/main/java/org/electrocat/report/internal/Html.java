package org.electrocat.report.internal;

import java.util.Map;

/**
 * Small helpers that write well-formed (XML-parsable) HTML5. Every piece of text passes through
 * {@link #esc}, so a dataset called {@code <script>} is shown, never run.
 */
final class Html {

    private final StringBuilder sb;

    Html(StringBuilder sb) {
        this.sb = sb;
    }

    /** Escapes text for element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? "\uFFFD" : null;
            };
            if (r != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (r != null) {
                    out.append(r);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /** Appends raw markup (only for markup this class or its callers built). */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String text) {
        sb.append(esc(text));
        return this;
    }

    /** {@code <tag class="cls">text</tag>}, text escaped; {@code cls} may be null. */
    Html el(String tag, String cls, String text) {
        open(tag, cls);
        text(text);
        return close(tag);
    }

    /** Opens {@code <tag class="cls">}. */
    Html open(String tag, String cls) {
        sb.append('<').append(tag);
        if (cls != null) {
            sb.append(" class=\"").append(esc(cls)).append('"');
        }
        sb.append('>');
        return this;
    }

    /** Opens {@code <tag id="id" class="cls">}. */
    Html openWithId(String tag, String id, String cls) {
        sb.append('<').append(tag).append(" id=\"").append(esc(id)).append('"');
        if (cls != null) {
            sb.append(" class=\"").append(esc(cls)).append('"');
        }
        sb.append('>');
        return this;
    }

    /** Closes {@code tag}. */
    Html close(String tag) {
        sb.append("</").append(tag).append('>');
        return this;
    }

    /** A link to an anchor inside this page. */
    Html link(String anchor, String text) {
        sb.append("<a href=\"#").append(esc(anchor)).append("\">").append(esc(text)).append("</a>");
        return this;
    }

    /** A two-column key/value table; nothing when the map is empty. */
    Html keyValues(Map<String, String> map, String emptyText) {
        if (map.isEmpty()) {
            return el("p", "muted", emptyText);
        }
        open("table", "kv").open("tbody", null);
        for (Map.Entry<String, String> e : map.entrySet()) {
            open("tr", null).el("th", null, e.getKey()).el("td", null, e.getValue()).close("tr");
        }
        return close("tbody").close("table");
    }

    /** A header row; a header written {@code "#Value"} is a right-aligned numeric column called Value. */
    Html headerRow(String... headers) {
        open("thead", null).open("tr", null);
        for (String h : headers) {
            if (h.startsWith("#")) {
                el("th", "num", h.substring(1));
            } else {
                el("th", null, h);
            }
        }
        return close("tr").close("thead");
    }
}
