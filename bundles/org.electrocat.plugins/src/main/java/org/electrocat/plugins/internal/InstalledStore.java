package org.electrocat.plugins.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.FormatException;
import org.electrocat.io.writers.Json;
import org.electrocat.plugins.InstalledPlugin;

/**
 * The installed set, persisted as {@code installed.json} in the plugin folder:
 * <pre>
 * {"format": 1, "plugins": [{"id": ..., "version": ..., "label": ..., "repository": "file:/...",
 *   "installed": "2026-01-01T00:00:00Z", "requires": [...],
 *   "bundles": [{"symbolicName": ..., "version": ..., "file": ..., "sha256": ..., "dependency": false}],
 *   "includes": [...]}]}
 * </pre>
 * {@code includes} (the plugins installed as its parts) may be absent: files written before it
 * existed read as plugins without parts.
 * Written atomically (a crash never leaves half a file); read with jackson-core's streaming
 * parser, refusing files over {@value #MAX_BYTES} bytes and anything that is not this shape.
 */
final class InstalledStore {

    static final int FORMAT = 1;
    static final long MAX_BYTES = 16L << 20;

    private final Path file;

    InstalledStore(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The recorded plugins; none when the file does not exist. */
    List<InstalledPlugin> read() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new FormatException(file.toString(), -1, null, "larger than " + MAX_BYTES + " bytes", null);
        }
        try (InputStream in = Files.newInputStream(file); JsonParser p = Json.factory().createParser(in)) {
            Object root = value(p, p.nextToken());
            if (!(root instanceof Map<?, ?> m) || !(m.get("plugins") instanceof List<?> list)) {
                throw bad(p, "expected {\"format\": 1, \"plugins\": [...]}");
            }
            if (!Long.valueOf(FORMAT).equals(m.get("format"))) {
                throw bad(p, "unknown format " + m.get("format") + " (this version reads format " + FORMAT + ")");
            }
            List<InstalledPlugin> out = new ArrayList<>();
            for (Object o : list) {
                out.add(plugin(p, o));
            }
            return out;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new FormatException(file.toString(), e.getLocation() == null ? -1 : e.getLocation().getLineNr(), null,
                    "not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Replaces the file with {@code plugins}, atomically. */
    void write(List<InstalledPlugin> plugins) throws IOException {
        List<Object> list = new ArrayList<>();
        for (InstalledPlugin ip : plugins) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", ip.id());
            m.put("version", ip.version());
            m.put("label", ip.label());
            m.put("repository", ip.repository());
            m.put("installed", ip.installed().toString());
            m.put("requires", ip.requires());
            List<Object> bundles = new ArrayList<>();
            for (InstalledPlugin.InstalledBundle b : ip.bundles()) {
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("symbolicName", b.symbolicName());
                bm.put("version", b.version());
                bm.put("file", b.file());
                bm.put("sha256", b.sha256());
                bm.put("dependency", b.dependency());
                bundles.add(bm);
            }
            m.put("bundles", bundles);
            m.put("includes", ip.includes());
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("plugins", list);
        Json.writeFile(file, root);
    }

    private InstalledPlugin plugin(JsonParser p, Object o) throws FormatException {
        if (!(o instanceof Map<?, ?> m)) {
            throw bad(p, "each plugin must be an object");
        }
        List<InstalledPlugin.InstalledBundle> bundles = new ArrayList<>();
        for (Object b : list(p, m, "bundles")) {
            if (!(b instanceof Map<?, ?> bm)) {
                throw bad(p, "each bundle must be an object");
            }
            bundles.add(new InstalledPlugin.InstalledBundle(text(p, bm, "symbolicName", true), text(p, bm, "version", true),
                    text(p, bm, "file", false), text(p, bm, "sha256", false), Boolean.TRUE.equals(bm.get("dependency"))));
        }
        List<String> requires = new ArrayList<>();
        for (Object r : list(p, m, "requires")) {
            requires.add(String.valueOf(r));
        }
        List<String> includes = new ArrayList<>();
        for (Object r : list(p, m, "includes")) {
            includes.add(String.valueOf(r));
        }
        Instant when;
        try {
            when = Instant.parse(text(p, m, "installed", true));
        } catch (DateTimeParseException e) {
            throw bad(p, "'installed' is not an ISO-8601 instant: " + m.get("installed"));
        }
        return new InstalledPlugin(text(p, m, "id", true), text(p, m, "version", true), text(p, m, "label", false),
                text(p, m, "repository", false), when, requires, bundles, includes);
    }

    private List<?> list(JsonParser p, Map<?, ?> m, String key) throws FormatException {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw bad(p, "'" + key + "' must be a list");
        }
        return l;
    }

    private String text(JsonParser p, Map<?, ?> m, String key, boolean required) throws FormatException {
        Object v = m.get(key);
        if (v == null && required) {
            throw bad(p, "missing '" + key + "' in " + m);
        }
        return v == null ? null : v.toString();
    }

    /** A JSON value as Map / List / String / Long / Double / Boolean / null. */
    private Object value(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            throw bad(p, "empty file");
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    m.put(name, value(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    l.add(value(p, k));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw bad(p, "unexpected " + t);
        }
    }

    private FormatException bad(JsonParser p, String problem) {
        long line = p.currentLocation() == null ? -1 : p.currentLocation().getLineNr();
        return new FormatException(file.toString(), line, null, problem, null);
    }
}
