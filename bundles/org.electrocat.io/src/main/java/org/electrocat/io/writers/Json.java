package org.electrocat.io.writers;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.io.AtomicFiles;

/**
 * Writes ElectroCat values as JSON with jackson-core's streaming {@link JsonGenerator}: maps,
 * lists, text, numbers, booleans, {@link Quantity} ({@code {"value", "uncertainty", "unit"}}),
 * {@link Unit} (its symbol), {@link PotentialScale}, {@link Provenance}, {@link Dataset},
 * primitive arrays. JSON has no NaN or infinity: non-finite numbers are written as {@code null}
 * (an uncertainty that is not determined is left out). Output is UTF-8; files are written
 * atomically.
 */
public final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private Json() {
    }

    /** The shared factory (thread-safe); its generators do not close the target stream. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** A UTF-8 generator on {@code out}, pretty-printed when asked. */
    public static JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        return pretty ? g.useDefaultPrettyPrinter() : g;
    }

    /** Writes {@code value} to {@code target} atomically, pretty-printed. */
    public static void writeFile(Path target, Object value) throws IOException {
        AtomicFiles.write(target, out -> {
            try (JsonGenerator g = generator(out, true)) {
                write(g, value);
            }
        });
    }

    /** {@code value} as compact JSON text. */
    public static String toJson(Object value) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            write(g, value);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory failed", e);
        }
        return w.toString();
    }

    /** A number, or {@code null} when it is NaN or infinite. */
    public static void number(JsonGenerator g, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }

    /**
     * Writes one value of the supported types.
     *
     * @throws IllegalArgumentException naming the type when it is not supported
     */
    public static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof CharSequence || value instanceof Enum<?> || value instanceof Path
                || value instanceof TemporalAccessor || value instanceof Character) {
            g.writeString(value.toString());
        } else if (value instanceof Boolean bool) {
            g.writeBoolean(bool);
        } else if (value instanceof Double || value instanceof Float) {
            number(g, ((Number) value).doubleValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number num) {
            g.writeNumber(num.toString());
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (value instanceof double[] a) {
            array(g, a);
        } else if (value instanceof int[] a) {
            g.writeArray(a, 0, a.length);
        } else if (value instanceof long[] a) {
            g.writeArray(a, 0, a.length);
        } else if (value instanceof Object[] a) {
            write(g, java.util.Arrays.asList(a));
        } else if (value instanceof Quantity q) {
            quantity(g, q);
        } else if (value instanceof Unit u) {
            g.writeString(u.symbol());
        } else if (value instanceof PotentialScale s) {
            scale(g, s);
        } else if (value instanceof Provenance p) {
            provenance(g, p);
        } else if (value instanceof Dataset d) {
            dataset(g, d);
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    /** {@code [v0, v1, ...]} with non-finite values as {@code null}. */
    public static void array(JsonGenerator g, double[] values) throws IOException {
        g.writeStartArray(values, values.length);
        for (double v : values) {
            number(g, v);
        }
        g.writeEndArray();
    }

    /** {@code {"value": 1.2, "uncertainty": 0.1, "unit": "mA"}}; no uncertainty field when undetermined. */
    public static void quantity(JsonGenerator g, Quantity q) throws IOException {
        g.writeStartObject();
        g.writeFieldName("value");
        number(g, q.value());
        if (q.hasUncertainty()) {
            g.writeFieldName("uncertainty");
            number(g, q.uncertainty());
        }
        g.writeStringField("unit", q.unit().symbol());
        g.writeEndObject();
    }

    /** {@code {"name": "Ag/AgCl (sat. KCl)", "offsetVsShe": 0.197, "phDependent": false}}. */
    public static void scale(JsonGenerator g, PotentialScale s) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeFieldName("offsetVsShe");
        number(g, s.offsetVsShe());
        g.writeBooleanField("phDependent", s.isPhDependent());
        g.writeEndObject();
    }

    /** Sources (file, SHA-256, size, reader) and steps (operation, version, parameters, time). */
    public static void provenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("sources");
        for (Provenance.Source s : p.sources()) {
            g.writeStartObject();
            g.writeStringField("file", s.file());
            g.writeStringField("sha256", s.sha256());
            g.writeNumberField("size", s.size());
            g.writeStringField("reader", s.reader());
            g.writeStringField("readerVersion", s.readerVersion());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("steps");
        for (Provenance.Step s : p.steps()) {
            g.writeStartObject();
            g.writeStringField("operation", s.operation());
            g.writeStringField("version", s.version());
            g.writeFieldName("parameters");
            write(g, s.parameters());
            if (s.at() == null) {
                g.writeNullField("at");
            } else {
                g.writeStringField("at", s.at().toString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A whole dataset: id, name, kind, rows, metadata, provenance, columns with unit, scale and values. */
    public static void dataset(JsonGenerator g, Dataset d) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", "electrocat.dataset");
        g.writeNumberField("formatVersion", 1);
        g.writeStringField("id", d.id());
        g.writeStringField("name", d.name());
        g.writeStringField("kind", d.kind());
        g.writeNumberField("rows", d.rows());
        g.writeFieldName("metadata");
        write(g, d.metadata());
        g.writeFieldName("provenance");
        provenance(g, d.provenance());
        g.writeArrayFieldStart("columns");
        for (Column c : d.columns()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("unit", c.unit().symbol());
            g.writeFieldName("scale");
            if (c.scale() == null) {
                g.writeNull();
            } else {
                scale(g, c.scale());
            }
            g.writeFieldName("values");
            array(g, c.array());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
