package org.electrocat.mechanism.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.electrocat.api.FormatException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed access to a composed YAML node tree (never constructed into objects), where every
 * structural error becomes a {@link FormatException} naming the file, the node's line and the field.
 */
final class YamlNodes {

    private final String file;

    YamlNodes(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    FormatException error(Node at, String field, String problem) {
        return new FormatException(file, at == null ? -1 : line(at), field, problem, null);
    }

    static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    MappingNode mapping(Node n, String field) throws FormatException {
        if (n instanceof MappingNode m) {
            return m;
        }
        throw error(n, field, "expected a mapping of 'key: value' entries");
    }

    List<Node> sequence(Node n, String field) throws FormatException {
        if (n instanceof SequenceNode s) {
            return s.getValue();
        }
        throw error(n, field, "expected a list ('- item' lines or [a, b])");
    }

    String scalar(Node n, String field) throws FormatException {
        if (n instanceof ScalarNode s) {
            return s.getValue().trim();
        }
        throw error(n, field, "expected a single value");
    }

    /** A non-empty scalar. */
    String text(Node n, String field) throws FormatException {
        String s = scalar(n, field);
        if (s.isEmpty()) {
            throw error(n, field, "is empty");
        }
        return s;
    }

    /** A finite number. */
    double number(Node n, String field) throws FormatException {
        String s = scalar(n, field);
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the text
        }
        throw error(n, field, "'" + s + "' is not a finite number");
    }

    /** A whole number within ±limit. */
    int integer(Node n, String field, int limit) throws FormatException {
        String s = scalar(n, field);
        try {
            int v = Integer.parseInt(s);
            if (Math.abs(v) <= limit) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the text
        }
        throw error(n, field, "'" + s + "' is not a whole number between -" + limit + " and " + limit);
    }

    boolean bool(Node n, String field) throws FormatException {
        String s = scalar(n, field).toLowerCase(java.util.Locale.ROOT);
        if (s.equals("true") || s.equals("yes")) {
            return true;
        }
        if (s.equals("false") || s.equals("no")) {
            return false;
        }
        throw error(n, field, "'" + s + "' is not true or false");
    }

    /** The entries of a mapping, refusing keys outside {@code allowed} (a typo is an error, not ignored). */
    Map<String, Node> entries(Node n, Set<String> allowed, String where) throws FormatException {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping(n, where).getValue()) {
            String k = scalar(t.getKeyNode(), where + " key");
            if (!allowed.contains(k)) {
                throw error(t.getKeyNode(), where, "unknown key '" + k + "'; allowed: " + new TreeSet<>(allowed));
            }
            out.put(k, t.getValueNode());
        }
        return out;
    }

    Node required(Map<String, Node> entries, String key, Node parent, String where) throws FormatException {
        Node n = entries.get(key);
        if (n == null) {
            throw error(parent, where, "missing key '" + key + "'");
        }
        return n;
    }
}
