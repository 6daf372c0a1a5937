package org.electrocat.eis.circuit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser of impedance.py's circuit notation:
 *
 * <pre>
 * circuit  := series
 * series   := branch ( '-' branch )*
 * branch   := 'p(' series ( ',' series )+ ')' | element
 * element  := TYPE suffix        TYPE ∈ {R, C, L, CPE, W, Wo, Ws, K}; suffix := digit (digit | '_')*
 * </pre>
 *
 * White space is ignored. Element names must be unique. Every error is a
 * {@link CircuitSyntaxException} carrying the position of the offending character.
 */
final class CircuitParser {

    /** A parsed node before flattening: an element or a series/parallel group. */
    record Parsed(Circuit.NodeKind kind, String name, ElementType type, List<Parsed> children, int position) {
    }

    private final String text;
    private final String original;
    private final int[] origin;
    private int pos;
    private final Map<String, Integer> names = new HashMap<>();

    private CircuitParser(String original) {
        this.original = original;
        StringBuilder sb = new StringBuilder();
        int[] map = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (!Character.isWhitespace(c)) {
                map[sb.length()] = i;
                sb.append(c);
            }
        }
        map[sb.length()] = original.length();
        this.text = sb.toString();
        this.origin = map;
    }

    static Parsed parse(String circuit) {
        if (circuit == null || circuit.isBlank()) {
            throw new CircuitSyntaxException(circuit == null ? "" : circuit, 1, "the circuit is empty");
        }
        if (circuit.length() > 10_000) {
            throw new IllegalArgumentException("circuit string of " + circuit.length()
                    + " characters is too long (at most 10000)");
        }
        CircuitParser p = new CircuitParser(circuit);
        Parsed root = p.series();
        if (p.pos < p.text.length()) {
            char c = p.text.charAt(p.pos);
            throw p.error(c == ')' ? "')' without a matching 'p('" : c == ',' ? "',' outside a parallel group p(...)"
                    : "unexpected '" + c + "'; elements are joined by '-'");
        }
        return root;
    }

    private CircuitSyntaxException error(String problem) {
        return new CircuitSyntaxException(original, origin[Math.min(pos, text.length())] + 1, problem);
    }

    private Parsed series() {
        int start = pos;
        List<Parsed> parts = new ArrayList<>();
        parts.add(branch());
        while (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
            parts.add(branch());
        }
        return parts.size() == 1 ? parts.get(0) : new Parsed(Circuit.NodeKind.SERIES, null, null, parts, start);
    }

    private Parsed branch() {
        if (pos >= text.length()) {
            throw error("expected an element or p( at the end of the circuit");
        }
        if (text.startsWith("p(", pos)) {
            int open = pos;
            pos += 2;
            List<Parsed> parts = new ArrayList<>();
            parts.add(series());
            while (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                parts.add(series());
            }
            if (pos >= text.length() || text.charAt(pos) != ')') {
                throw error("expected ',' or ')' to close p( opened at position " + (origin[open] + 1));
            }
            if (parts.size() < 2) {
                throw error("a parallel group p(...) needs at least two branches separated by ','");
            }
            pos++;
            return new Parsed(Circuit.NodeKind.PARALLEL, null, null, parts, open);
        }
        return element();
    }

    private Parsed element() {
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        String symbol = text.substring(start, pos);
        if (symbol.isEmpty()) {
            throw error("expected an element (R, C, L, CPE, W, Wo, Ws, K followed by a number) or p(");
        }
        ElementType type = ElementType.bySymbol(symbol);
        if (type == null) {
            pos = start;
            throw error("unknown element '" + symbol + "'; known: R, C, L, CPE, W, Wo, Ws, K (parallel groups are"
                    + " written p(A,B))");
        }
        int suffixStart = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (pos == suffixStart || !Character.isDigit(text.charAt(suffixStart))) {
            pos = suffixStart;
            throw error("element '" + symbol + "' needs a numeric suffix, e.g. " + symbol + "1");
        }
        String name = text.substring(start, pos);
        Integer previous = names.putIfAbsent(name, origin[start] + 1);
        if (previous != null) {
            pos = start;
            throw error("element name '" + name + "' is used twice (first at position " + previous + ")");
        }
        return new Parsed(Circuit.NodeKind.ELEMENT, name, type, List.of(), origin[start] + 1);
    }
}
