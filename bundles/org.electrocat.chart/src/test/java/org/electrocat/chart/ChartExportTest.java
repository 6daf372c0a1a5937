package org.electrocat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartExportTest {

    @TempDir
    Path dir;

    private static JFreeChart twoCycles(String title) {
        return Charts.voltammogram(title, Axis.potential("E", Units.VOLT, PotentialScale.AG_AGCL_SAT_KCL),
                Axis.of("j", "mA cm-2"), List.of(Samples.cv("Cycle 1", -0.2, 0.9, 200, 1),
                        Samples.cv("Cycle 2", -0.2, 0.9, 200, 0.8)));
    }

    @Test
    void headless() {
        assertTrue(java.awt.GraphicsEnvironment.isHeadless(), "tests must prove charts work without a display");
    }

    @Test
    void pngDecodesAtTheAskedSizeAndShowsTheData() throws IOException {
        Path png = dir.resolve("cv.png");
        ChartExport.png(twoCycles("CV"), png, 640, 420);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(420, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        int seriesBlue = 0;
        int seriesRed = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                seriesBlue += rgb == HouseStyle.colour(0).getRGB() - 0xFF000000 ? 1 : 0;
                seriesRed += rgb == (HouseStyle.colour(1).getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 50, "antialiased lines and text give many colours, not a blank image");
        assertTrue(seriesBlue > 100, "cycle 1 is drawn in the first palette colour: " + seriesBlue + " px");
        assertTrue(seriesRed > 100, "cycle 2 is drawn in the second palette colour: " + seriesRed + " px");
        assertEquals(0xFFFFFF, img.getRGB(1, 1) & 0xFFFFFF, "white background");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void pngScaleKeepsLayoutAndMultipliesPixels() throws IOException {
        Path png = dir.resolve("cv2x.png");
        ChartExport.png(twoCycles(""), png, 300, 200, 2);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(600, img.getWidth());
        assertEquals(400, img.getHeight());
    }

    @Test
    void svgParsesAndHoldsSeriesPathsAndAxisLabels() throws Exception {
        String svg = ChartExport.svg(twoCycles("CV <script>alert(1)</script> & more"), 640, 420);
        assertFalse(svg.contains("<script"), "text is escaped");
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getTagName());
        double[] box = java.util.Arrays.stream(root.getAttribute("viewBox").split(" ")).mapToDouble(Double::parseDouble)
                .toArray();
        assertEquals(List.of(0.0, 0.0, 640.0, 420.0), java.util.Arrays.stream(box).boxed().toList());
        List<String> texts = new ArrayList<>();
        NodeList t = doc.getElementsByTagName("text");
        for (int i = 0; i < t.getLength(); i++) {
            texts.add(t.item(i).getTextContent());
        }
        assertTrue(texts.contains("E / V vs Ag/AgCl (sat. KCl)"), texts.toString());
        assertTrue(texts.contains("j / mA cm⁻²"), texts.toString());
        assertTrue(texts.contains("CV <script>alert(1)</script> & more"), texts.toString());
        assertTrue(texts.contains("Cycle 2"), "legend");
        NodeList groups = doc.getElementsByTagName("g");
        int seriesPaths = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("id").matches(".*-r0s[01]line")) {
                NodeList paths = g.getElementsByTagName("path");
                assertEquals(1, paths.getLength(), "one path per series line");
                String d = ((Element) paths.item(0)).getAttribute("d");
                // 400 points: one move and 399 line segments
                assertEquals(399, d.chars().filter(c -> c == 'L').count(), g.getAttribute("id"));
                seriesPaths++;
            }
        }
        assertEquals(2, seriesPaths);
    }

    @Test
    void denseCurvesAreThinnedBelowAQuarterPixel() throws Exception {
        // 10⁵ samples of a sine across a 640 px wide chart: most fall within 0.25 px of a neighbour
        int n = 100_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i * 2 * Math.PI / n * 3);
        }
        JFreeChart c = Charts.xy("", Axis.of("t", "s"), Axis.of("I", "mA"), List.of(Series.of("dense", x, y)));
        Document doc = parse(ChartExport.svg(c, 640, 420));
        NodeList groups = doc.getElementsByTagName("g");
        String d = null;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("id").endsWith("-r0s0line")) {
                d = ((Element) g.getElementsByTagName("path").item(0)).getAttribute("d");
            }
        }
        long segments = d.chars().filter(ch -> ch == 'L').count();
        assertTrue(segments > 300 && segments < 15_000, segments + " segments of 99 999");
        // the path still ends at the last sample: same end point as an unthinned path would have
        String[] cmds = d.split("L");
        String[] end = cmds[cmds.length - 1].split(",");
        String[] start = cmds[0].substring(1).split(",");
        assertTrue(Double.parseDouble(end[0]) > Double.parseDouble(start[0]) + 500, d.substring(0, 40));
    }

    @Test
    void svgFileHasDeclarationAndIdsDifferBetweenExports() throws Exception {
        Path file = dir.resolve("cv.svg");
        JFreeChart c = twoCycles("CV");
        ChartExport.svg(c, 500, 350, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml"));
        parse(text);
        String a = ChartExport.svg(c, 500, 350);
        String b = ChartExport.svg(c, 500, 350);
        String idA = seriesGroupId(a);
        String idB = seriesGroupId(b);
        assertTrue(idA.endsWith("-r0s0line"), idA);
        assertFalse(idA.equals(idB), "two charts on one page must not share ids");
    }

    @Test
    void refusesAbsurdSizes() {
        JFreeChart c = twoCycles("");
        assertThrows(IllegalArgumentException.class, () -> ChartExport.png(c, dir.resolve("x.png"), 0, 100));
        assertThrows(IllegalArgumentException.class, () -> ChartExport.svg(c, 100_000, 100));
        assertThrows(IllegalArgumentException.class, () -> ChartExport.image(c, 8000, 8000, 4));
        assertThrows(IllegalArgumentException.class, () -> ChartExport.svg(null, 100, 100));
    }

    private static String seriesGroupId(String svg) {
        int end = svg.indexOf("-r0s0line'") + "-r0s0line".length();
        int start = svg.lastIndexOf("id='", end) + 4;
        return svg.substring(start, end);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
