package org.electrocat.io.writers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.io.text.TextReader;
import org.electrocat.io.text.TextTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and JSON export: round trips through independent readers, NaN handling, safety. */
class WritersTest {

    @TempDir
    Path dir;

    private static final double[] E = {-0.2, 0.1 + 0.2, 1.0 / 3.0, 1e-300};
    private static final double[] I = {1.5e-6, Double.NaN, -2.25, 7};

    private Dataset dataset(Provenance p) {
        return Dataset.builder("cv1", DatasetKind.VOLTAMMOGRAM).name("CV 1")
                .potentialColumn("E", Units.VOLT, E.clone(), PotentialScale.AG_AGCL_SAT_KCL)
                .column("I", Units.MILLIAMPERE, I.clone())
                .meta("scan.rate", "50 mV/s").provenance(p).build();
    }

    @Test
    void csvRoundTripsThroughTheTextReader() throws IOException {
        Path target = dir.resolve("out/cv1.csv");
        new CsvDatasetWriter().write(dataset(Provenance.NONE), target, ProgressMonitor.NONE);
        TextTable t = TextReader.read(target);
        assertEquals("E / V vs Ag/AgCl (sat. KCl)", t.column(0).header().text());
        assertEquals("Ag/AgCl (sat. KCl)", t.column(0).header().reference());
        assertEquals("mA", t.column(1).unit().symbol());
        assertArrayEquals(E, t.column(0).values()); // shortest round-trip text parses back exactly
        assertArrayEquals(I, t.column(1).values());
        assertEquals(1, t.column(1).missing());
        assertTrue(Files.readString(target).contains("\r\n"));
    }

    @Test
    void jsonHasColumnsUnitsScalesMetadataAndProvenance() throws IOException {
        Path raw = Files.writeString(dir.resolve("raw.txt"), "E,I\n1,2\n");
        Provenance p = Provenance.ofFile(raw, "core.csv", "1.0.0").then("echem.cdl", "2", Map.of("lam", "1e5"));
        Path target = dir.resolve("cv1.json");
        new JsonDatasetWriter().write(dataset(p), target, ProgressMonitor.NONE);
        Map<String, Object> json;
        try (JsonParser parser = Json.factory().createParser(target.toFile())) {
            parser.nextToken();
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) readValue(parser);
            json = m;
        }
        assertEquals("cv1", json.get("id"));
        assertEquals("voltammogram", json.get("kind"));
        assertEquals(4L, ((Number) json.get("rows")).longValue());
        assertEquals(Map.of("scan.rate", "50 mV/s"), json.get("metadata"));
        List<?> columns = (List<?>) json.get("columns");
        Map<?, ?> e = (Map<?, ?>) columns.get(0);
        Map<?, ?> i = (Map<?, ?>) columns.get(1);
        assertEquals("V", e.get("unit"));
        assertEquals("Ag/AgCl (sat. KCl)", ((Map<?, ?>) e.get("scale")).get("name"));
        assertEquals(0.197, ((Map<?, ?>) e.get("scale")).get("offsetVsShe"));
        assertEquals(null, i.get("scale"));
        List<?> iv = (List<?>) i.get("values");
        assertEquals(1.5e-6, iv.get(0));
        assertEquals(null, iv.get(1)); // NaN: JSON has no NaN
        List<?> ev = (List<?>) e.get("values");
        for (int k = 0; k < E.length; k++) {
            assertEquals(E[k], ((Number) ev.get(k)).doubleValue());
        }
        Map<?, ?> prov = (Map<?, ?>) json.get("provenance");
        Map<?, ?> src = (Map<?, ?>) ((List<?>) prov.get("sources")).get(0);
        assertEquals(Provenance.sha256(raw), src.get("sha256"));
        Map<?, ?> step = (Map<?, ?>) ((List<?>) prov.get("steps")).get(0);
        assertEquals(Map.of("lam", "1e5"), step.get("parameters"));
    }

    @Test
    void writersRefuseToOverwriteTheRawFile() throws IOException {
        Path raw = Files.writeString(dir.resolve("raw.csv"), "E,I\n1,2\n");
        Dataset d = dataset(Provenance.ofFile(raw, "core.csv", "1.0.0"));
        assertThrows(IllegalArgumentException.class, () -> new CsvDatasetWriter().write(d, raw, ProgressMonitor.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> new JsonDatasetWriter().write(d, dir.resolve("./raw.csv"), ProgressMonitor.NONE));
        assertEquals("E,I\n1,2\n", Files.readString(raw));
    }

    @Test
    void jsonHelperWritesQuantitiesAndLeavesTargetIntactOnFailure() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cdl", Quantity.of(0.56, 0.01, Units.parse("mF/cm2")));
        m.put("e0", Quantity.of(0.2, Units.VOLT));
        m.put("list", List.of(1, 2.5, "x", true));
        m.put("inf", Double.POSITIVE_INFINITY);
        assertEquals("{\"cdl\":{\"value\":0.56,\"uncertainty\":0.01,\"unit\":\"mF/cm2\"},"
                + "\"e0\":{\"value\":0.2,\"unit\":\"V\"},\"list\":[1,2.5,\"x\",true],\"inf\":null}", Json.toJson(m));
        Path target = Files.writeString(dir.resolve("results.json"), "{\"old\":true}");
        assertThrows(IllegalArgumentException.class, () -> Json.writeFile(target, Map.of("bad", new Object())));
        assertEquals("{\"old\":true}", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    /** A minimal JSON-to-Java reader on jackson's token stream (independent of the writer's code). */
    private static Object readValue(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    m.put(k, readValue(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(readValue(p));
                }
                return l;
            }
            case VALUE_STRING: return p.getText();
            case VALUE_NUMBER_INT: return p.getLongValue();
            case VALUE_NUMBER_FLOAT: return p.getDoubleValue();
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            case VALUE_NULL: return null;
            default: throw new IOException("unexpected " + t);
        }
    }
}
