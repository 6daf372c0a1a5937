package org.electrocat.ui.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.FormatException;

/**
 * Reads a small JSON document into plain maps, lists, strings, numbers ({@link Double} or
 * {@link Long}), booleans and {@code null}, with jackson-core's streaming parser and limits on size
 * and nesting, so a damaged or hostile file is an error and not an allocation. Typed getters fail
 * with a {@link FormatException} naming the file and the JSON path of the field.
 */
final class JsonTree {

    /** Largest document read; sessions list files and values, not data. */
    static final long MAX_BYTES = 16L << 20;
    private static final int MAX_DEPTH = 32;
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();

    private final Path file;

    private JsonTree(Path file) {
        this.file = file;
    }

    /** Parses the file's single JSON object. */
    static Map<String, Object> read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new FormatException(file, -1, null, "larger than " + (MAX_BYTES >> 20) + " MiB; not a session file");
        }
        JsonTree t = new JsonTree(file);
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new FormatException(file, 1, null, "not a JSON object");
            }
            Object root = t.value(p, 0);
            if (p.nextToken() != null) {
                throw new FormatException(file, p.currentLocation().getLineNr(), null, "text after the JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) root;
            return map;
        } catch (JsonParseException e) {
            throw new FormatException(file.toString(), e.getLocation() == null ? -1 : e.getLocation().getLineNr(), null,
                    "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new FormatException(file.toString(), -1, null, "JSON nested too deeply: " + e.getMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | java.io.CharConversionException e) {
            // found by fuzzing: numbers out of range and non-UTF-8 encodings must name the file too
            throw new FormatException(file.toString(), -1, null, "not a valid session file: " + e.getMessage(), e);
        }
    }

    private Object value(JsonParser p, int depth) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p, depth + 1));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p, depth + 1));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new FormatException(file, p.currentLocation().getLineNr(), null, "unexpected JSON token " + t);
        }
    }

    // typed access, with the JSON path in every message

    static String string(Path file, Map<String, Object> m, String key, String path, boolean required) throws FormatException {
        Object v = m.get(key);
        if (v == null) {
            if (required) {
                throw new FormatException(file, -1, path + key, "missing");
            }
            return null;
        }
        if (!(v instanceof String s)) {
            throw new FormatException(file, -1, path + key, "must be text, found " + describe(v));
        }
        return s;
    }

    static double number(Path file, Map<String, Object> m, String key, String path) throws FormatException {
        Object v = m.get(key);
        if (v == null) {
            return Double.NaN; // JSON has no NaN: an undetermined number is written as null
        }
        if (!(v instanceof Number n)) {
            throw new FormatException(file, -1, path + key, "must be a number, found " + describe(v));
        }
        return n.doubleValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Path file, Object v, String path) throws FormatException {
        if (!(v instanceof Map)) {
            throw new FormatException(file, -1, path, "must be an object, found " + describe(v));
        }
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Path file, Map<String, Object> m, String key, String path) throws FormatException {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List)) {
            throw new FormatException(file, -1, path + key, "must be a list, found " + describe(v));
        }
        return (List<Object>) v;
    }

    static Map<String, String> textMap(Path file, Map<String, Object> m, String key, String path) throws FormatException {
        Object v = m.get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null) {
            return out;
        }
        for (Map.Entry<String, Object> e : object(file, v, path + key).entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw new FormatException(file, -1, path + key + "." + e.getKey(), "must be text, found " + describe(e.getValue()));
            }
            out.put(e.getKey(), s);
        }
        return out;
    }

    static List<String> textList(Path file, Map<String, Object> m, String key, String path) throws FormatException {
        List<String> out = new ArrayList<>();
        List<Object> l = list(file, m, key, path);
        for (int i = 0; i < l.size(); i++) {
            if (!(l.get(i) instanceof String s)) {
                throw new FormatException(file, -1, path + key + "[" + i + "]", "must be text, found " + describe(l.get(i)));
            }
            out.add(s);
        }
        return out;
    }

    private static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "a list";
        }
        return v instanceof String ? "text" : v instanceof Boolean ? "true/false" : "a number";
    }
}
