package org.electrocat.report.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.io.writers.Json;
import org.electrocat.report.DatasetSummary;
import org.electrocat.report.ReportInput;

/**
 * Writes results.json: the study, its conditions, datasets with provenance, and every result with
 * its values ({@code key, label, value, uncertainty, unit, note}), tables, charts, warnings,
 * parameters and provenance. Numbers are written in shortest round-trip form, so they parse back to
 * the same doubles; NaN and infinities (which JSON cannot hold) are written as {@code null}.
 * Format id {@value #FORMAT}, version {@value #VERSION}.
 */
public final class JsonResults {

    public static final String FORMAT = "electrocat.results";
    public static final int VERSION = 1;
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonResults() {
    }

    /**
     * Writes the document.
     *
     * @param chartFormats chart file extensions written ({@code png}, {@code svg}), for the file list
     * @param csvWritten   whether table CSV files were written
     */
    public static void write(ReportInput in, List<EntryContent> entries, Set<String> chartFormats, boolean csvWritten,
            OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", VERSION);
            g.writeObjectFieldStart("study");
            g.writeStringField("title", in.title());
            g.writeStringField("description", in.description());
            g.writeStringField("created", in.created().toString());
            g.writeEndObject();
            map(g, "conditions", in.conditions());
            map(g, "software", in.software());
            g.writeArrayFieldStart("datasets");
            for (DatasetSummary d : in.datasets()) {
                dataset(g, d);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("results");
            for (EntryContent e : entries) {
                result(g, e, chartFormats, csvWritten);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void dataset(JsonGenerator g, DatasetSummary d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("name", d.name());
        g.writeStringField("kind", d.kind());
        g.writeNumberField("rows", d.rows());
        g.writeArrayFieldStart("columns");
        for (String c : d.columns()) {
            g.writeString(c);
        }
        g.writeEndArray();
        map(g, "metadata", d.metadata());
        provenance(g, d.provenance());
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, EntryContent e, Set<String> chartFormats, boolean csvWritten)
            throws IOException {
        Result r = e.result();
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("title", r.title());
        g.writeObjectFieldStart("analysis");
        g.writeStringField("id", r.analysisId());
        g.writeStringField("version", r.analysisVersion());
        g.writeEndObject();
        g.writeStringField("technique", r.technique());
        g.writeArrayFieldStart("values");
        for (Result.Value v : r.values()) {
            g.writeStartObject();
            g.writeStringField("key", v.key());
            g.writeStringField("label", v.label());
            number(g, "value", v.quantity().value());
            number(g, "uncertainty", v.quantity().uncertainty());
            g.writeStringField("unit", v.quantity().unit().symbol());
            g.writeStringField("note", v.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tables");
        for (EntryContent.TableFile t : e.tableFiles()) {
            table(g, t.table(), csvWritten ? t.file() : null);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("charts");
        for (EntryContent.ChartFile c : e.chartFiles()) {
            g.writeStartObject();
            g.writeStringField("id", c.chart().id());
            g.writeStringField("caption", c.chart().caption());
            g.writeArrayFieldStart("files");
            for (String ext : chartFormats) {
                g.writeString(c.file() + "." + ext);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("curves");
        for (Dataset d : r.curves()) {
            dataset(g, DatasetSummary.of(d));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("warnings");
        for (String w : e.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        map(g, "parameters", HtmlPage.parameters(r));
        g.writeStringField("section", e.writtenBy());
        provenance(g, r.provenance());
        g.writeEndObject();
    }

    private static void table(JsonGenerator g, Table t, String file) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", t.title());
        if (file != null) {
            g.writeStringField("file", file);
        }
        g.writeArrayFieldStart("columns");
        for (int c = 0; c < t.headers().size(); c++) {
            g.writeStartObject();
            g.writeStringField("header", t.headers().get(c));
            Unit u = t.units().get(c);
            if (u == null) {
                g.writeNullField("unit");
            } else {
                g.writeStringField("unit", u.symbol());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (List<Object> row : t.rows()) {
            g.writeStartArray();
            for (Object cell : row) {
                if (cell == null) {
                    g.writeNull();
                } else if (cell instanceof Quantity q) {
                    g.writeStartObject();
                    number(g, "value", q.value());
                    number(g, "uncertainty", q.uncertainty());
                    g.writeStringField("unit", q.unit().symbol());
                    g.writeEndObject();
                } else if (cell instanceof Integer || cell instanceof Long || cell instanceof Short || cell instanceof Byte) {
                    g.writeNumber(((Number) cell).longValue());
                } else if (cell instanceof Number n) {
                    number(g, n.doubleValue());
                } else {
                    g.writeString(cell.toString());
                }
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The same provenance record as dataset exports write (org.electrocat.io.writers.Json). */
    private static void provenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeFieldName("provenance");
        Json.provenance(g, p);
    }

    private static void map(JsonGenerator g, String name, Map<String, String> m) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : m.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        number(g, v);
    }

    private static void number(JsonGenerator g, double v) throws IOException {
        Json.number(g, v);
    }
}
