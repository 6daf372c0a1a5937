package org.electrocat.report;

import static org.electrocat.report.JsonTree.list;
import static org.electrocat.report.JsonTree.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportWriterTest {

    private static final Set<String> ALL = Set.of("html", "json", "csv", "png", "svg");

    @TempDir
    Path tmp;

    @Test
    void writesEveryFormatWithTheAgreedNames() throws Exception {
        SampleStudy s = new SampleStudy(tmp);
        Path out = tmp.resolve("out");
        ReportOutputs o = ReportWriter.write(s.input, out, ALL);
        assertEquals(out.resolve("report.html"), o.html());
        assertEquals(out.resolve("results.json"), o.json());
        assertTrue(o.csv().contains(out.resolve("tables/cdl-1.csv")), o.csv().toString());
        assertTrue(o.csv().contains(out.resolve("tables/fe-1.csv")));
        // result id "tafel/1" cannot be a file name: it becomes tafel_1, and stays inside the folder
        assertTrue(o.images().contains(out.resolve("charts/eis-fit-nyquist.png")), o.images().toString());
        assertTrue(o.images().contains(out.resolve("charts/eis-fit-bode.svg")));
        assertEquals(2 * 7, o.images().size(), "7 charts as PNG and SVG");
        for (Path p : o.all()) {
            assertTrue(Files.size(p) > 0, p.toString());
            assertTrue(p.normalize().startsWith(out), p.toString());
        }
        BufferedImage png = ImageIO.read(out.resolve("charts/cdl-cdl-fit.png").toFile());
        assertEquals(2 * ReportWriter.CHART_WIDTH, png.getWidth());
        assertEquals(2 * ReportWriter.CHART_HEIGHT, png.getHeight());
        try (var files = Files.walk(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void htmlIsSelfContainedEscapedAndComplete() throws Exception {
        SampleStudy s = new SampleStudy(tmp);
        Path out = tmp.resolve("out");
        String html = Files.readString(ReportWriter.write(s.input, out, Set.of("html")).html(), StandardCharsets.UTF_8);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "the dataset named <script> must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertFalse(html.contains("<link"), "no external stylesheet");
        assertFalse(html.contains(" src="), "no external image or script");
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertTrue(href.group(1).startsWith("#"), "only in-page links: " + href.group(1));
        }
        Document doc = parseXml(html);
        // one inline SVG per chart, no chart drawn twice
        assertEquals(7, doc.getElementsByTagName("svg").getLength());
        String text = doc.getDocumentElement().getTextContent();
        // summary: GUM rounding, unit typeset
        assertTrue(text.contains("0.563 ± 0.012"), "Cdl in the summary");
        assertTrue(text.contains("mF/cm²"));
        assertTrue(text.contains("(2.030 ± 0.040)×10⁻⁵"), "C1 with a shared power of ten");
        // provenance: checksum computed here independently of the core's streaming digest
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(s.cvFile)));
        assertTrue(text.contains(sha));
        assertTrue(text.contains(Long.toString(Files.size(s.eisFile))));
        assertTrue(text.contains("echem.biologic.mpt"));
        // parameters in declaration order, from the provenance step
        int w = text.indexOf("window0.05 V");
        int sc = text.indexOf("specificCapacitance0.040 mF/cm2");
        assertTrue(w > 0 && sc > w, "parameters shown in declaration order");
        // conditions, software, creation time
        assertTrue(text.contains("0.1 M KHCO3, CO2-saturated (pH 6.8)"));
        assertTrue(text.contains("2025-11-25T14:03:00Z"));
        Element alerts = byId(doc, "warnings");
        assertTrue(alerts != null && alerts.getTextContent().contains("Carbon balance 92 %"));
        assertTrue(html.indexOf("id=\"warnings\"") < html.indexOf("class=\"toc\""), "warnings before the contents");
        // the plugin section: its own heading and text; the chart it did not show is added after it
        Element eis = byId(doc, "result-eis-fit");
        String eisText = eis.getTextContent();
        assertTrue(eisText.contains("Equivalent circuit R0-p(R1,C1)"));
        assertTrue(eisText.contains("Rct < 100 Ω & Rs > 10 Ω <ok>."));
        assertEquals(2, eis.getElementsByTagName("svg").getLength(), "nyquist and the bode it left out");
        assertEquals(1, count(eisText, "Lin-KK residuals"), "warning shown once in place");
        // the broken plugin section: generic section instead, and a warning that names the plugin
        Element broken = byId(doc, "result-tafel_1");
        assertTrue(broken.getTextContent().contains("BrokenSection failed"));
        assertFalse(broken.getTextContent().contains("half written"));
        assertTrue(broken.getTextContent().contains("118.4 ± 6.2"));
        // generic section: warning highlighted in place
        Element cdl = byId(doc, "result-cdl");
        assertTrue(hasClass(cdl, "warning", "Scan at 0.01 V/s excluded"));
        assertTrue(cdl.getTextContent().contains("Table 1. Charging current against scan rate"));
        assertTrue(cdl.getTextContent().contains("Δj/2 / mA cm⁻²"));
    }

    @Test
    void jsonParsesBackWithExactNumbers() throws Exception {
        double[] tricky = {0.1 + 0.2, Math.PI, 1e-300, -1.2345678901234567e10, Double.MIN_VALUE, Double.MAX_VALUE, -0.0};
        Result.Builder b = Result.builder("r1", "test.numbers", "1.0", "test").title("numbers");
        for (int i = 0; i < tricky.length; i++) {
            b.value("v" + i, "value " + i, Quantity.of(tricky[i], tricky[(i + 1) % tricky.length], Units.VOLT));
        }
        b.value("nan", "not determined", Quantity.of(Double.NaN, Units.VOLT));
        b.value("inf", "infinite", Quantity.of(Double.POSITIVE_INFINITY, Units.VOLT));
        b.table(Table.builder("cells").column("x", Units.SECOND).column("label", null)
                .row(0.1 + 0.2, "a,b").row(Double.NaN, null).row(42, "c").build());
        ReportInput in = new ReportInput("numbers", "", Map.of("k", "v"), List.of(),
                List.of(new ResultEntry(b.build(), List.of(), List.of())), Map.of(), Instant.EPOCH);
        Path json = ReportWriter.write(in, tmp, Set.of("json")).json();
        Map<String, Object> root = obj(JsonTree.read(json));
        assertEquals("electrocat.results", root.get("format"));
        Map<String, Object> r = obj(list(root.get("results")).get(0));
        List<Object> values = list(r.get("values"));
        for (int i = 0; i < tricky.length; i++) {
            Map<String, Object> v = obj(values.get(i));
            assertEquals(Double.valueOf(tricky[i]), v.get("value"), "value " + i);
            assertEquals(Double.valueOf(tricky[(i + 1) % tricky.length]), v.get("uncertainty"), "uncertainty " + i);
            assertEquals("V", v.get("unit"));
        }
        assertNull(obj(values.get(7)).get("value"), "NaN is written as null");
        assertTrue(obj(values.get(7)).containsKey("value"));
        assertNull(obj(values.get(8)).get("value"), "infinity is written as null");
        List<Object> rows = list(obj(list(r.get("tables")).get(0)).get("rows"));
        assertEquals(List.of(0.1 + 0.2, "a,b"), rows.get(0));
        assertEquals(java.util.Arrays.asList(null, null), rows.get(1));
        assertEquals(List.of(42L, "c"), rows.get(2));
        assertEquals(Map.of("k", "v"), root.get("conditions"));
    }

    @Test
    void jsonCarriesDatasetsProvenanceAndFileNames() throws Exception {
        SampleStudy s = new SampleStudy(tmp);
        Path out = tmp.resolve("out");
        Map<String, Object> root = obj(JsonTree.read(ReportWriter.write(s.input, out, ALL).json()));
        Map<String, Object> ds = obj(list(root.get("datasets")).get(0));
        Map<String, Object> src = obj(list(obj(ds.get("provenance")).get("sources")).get(0));
        assertEquals(Files.size(s.cvFile), src.get("size"));
        assertEquals(s.cvFile.toString(), src.get("file"));
        assertEquals(SampleStudy.EVIL, obj(list(root.get("datasets")).get(2)).get("name"), "JSON keeps text as is");
        Map<String, Object> cdl = obj(list(root.get("results")).get(0));
        assertEquals("tables/cdl-1.csv", obj(list(cdl.get("tables")).get(0)).get("file"));
        assertTrue(Files.exists(out.resolve("tables/cdl-1.csv")));
        assertEquals(List.of("charts/cdl-cdl-fit.png", "charts/cdl-cdl-fit.svg"),
                obj(list(cdl.get("charts")).get(0)).get("files"));
        assertEquals(List.of("window", "potential", "specificCapacitance"),
                List.copyOf(obj(cdl.get("parameters")).keySet()), "parameter order kept");
        Map<String, Object> step = obj(list(obj(cdl.get("provenance")).get("steps")).get(0));
        assertEquals("echem.cdl", step.get("operation"));
        Map<String, Object> quantityCell = obj(list(list(obj(list(cdl.get("tables")).get(0)).get("rows")).get(0)).get(1));
        assertEquals(0.0118, quantityCell.get("value"));
        assertEquals(0.0004, quantityCell.get("uncertainty"));
        assertEquals("generic", cdl.get("section"));
        assertEquals(SampleStudy.EisSection.class.getName(), obj(list(root.get("results")).get(1)).get("section"));
    }

    @Test
    void csvHoldsTheTableWithUnitsAndUncertainties() throws Exception {
        SampleStudy s = new SampleStudy(tmp);
        ReportWriter.write(s.input, tmp.resolve("out"), Set.of("csv"));
        List<String> lines = Files.readAllLines(tmp.resolve("out/tables/cdl-1.csv"), StandardCharsets.UTF_8);
        assertEquals("Scan rate / V/s,Δj/2 / mA cm-2,u(Δj/2)", lines.get(0));
        assertEquals("0.02,0.0118,4.0e-4", lines.get(1));
        assertEquals(6, lines.size());
    }

    @Test
    void leavesOtherFilesAloneAndOverwritesItsOwn() throws Exception {
        SampleStudy s = new SampleStudy(tmp);
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("tables"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve("tables/keep.csv"), "mine too");
        ReportWriter.write(s.input, out, ALL);
        ReportOutputs again = ReportWriter.write(s.input, out, ALL);
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertEquals("mine too", Files.readString(out.resolve("tables/keep.csv")));
        assertTrue(Files.readString(again.html()).contains("Appendix: provenance"));
    }

    @Test
    void onlyTheAskedFormatsAndClearErrors() throws Exception {
        SampleStudy s = new SampleStudy(tmp);
        Path out = tmp.resolve("nested/out");
        ReportOutputs o = ReportWriter.write(s.input, out, Set.of("JSON"));
        assertNull(o.html());
        assertTrue(o.csv().isEmpty() && o.images().isEmpty());
        assertFalse(Files.exists(out.resolve("charts")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportWriter.write(s.input, out, Set.of("html", "pdf")));
        assertTrue(e.getMessage().contains("'pdf'"));
        assertThrows(IllegalArgumentException.class, () -> new ReportInput(" ", "", null, null, null, null, Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> new DatasetSummary("d", "", "", -1, null, null, null));
    }

    static Document parseXml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    private static boolean hasClass(Element root, String cls, String text) {
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("class").equals(cls) && e.getTextContent().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
