package org.electrocat.plugins.resource;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers for OSGi (RFC 1960 LDAP-style) filter strings. */
public final class Filters {

    /** An attribute name followed by a comparison operator, e.g. {@code (version>=}. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\(\\s*([^=<>~()\\s]+)\\s*[<>~]?=");

    private Filters() {
    }

    /** Escapes the characters a filter value must not contain raw: {@code \ * ( )}. */
    public static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The attribute names a filter tests (used for the {@code mandatory} directive). */
    public static Set<String> attributes(String filter) {
        Set<String> names = new LinkedHashSet<>();
        if (filter != null) {
            Matcher m = ATTRIBUTE.matcher(filter);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
