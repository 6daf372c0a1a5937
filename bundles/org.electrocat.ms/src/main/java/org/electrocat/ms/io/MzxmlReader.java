package org.electrocat.ms.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.io.safe.SafeXml;
import org.osgi.service.component.annotations.Component;

/**
 * Reads mzXML 2.x/3.x (Pedrioli et al., Nat. Biotechnol. 22 (2004) 1459), streaming with StAX
 * through {@link SafeXml}. Each {@code <scan>} (nested MS/MS scans included) becomes one dataset;
 * its {@code <peaks>} hold interleaved m/z-intensity pairs, base64, 32- or 64-bit, network byte order,
 * optionally zlib-compressed; {@code peaksCount} is checked against the data.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=ms.mzxml", "electrocat.technique=ms"})
public final class MzxmlReader extends MsReader {

    public static final String ID = "ms.mzxml";

    public MzxmlReader() {
        super(ID, "mzXML mass spectra (.mzXML)", "mzxml");
    }

    @Override
    public double detect(Path file, byte[] head) {
        return detectXml(file, head, "mzxml", "mzXML");
    }

    @Override
    public List<ParameterSpec> options() {
        return selectionOptions();
    }

    /** A scan being read. */
    private static final class Scan {
        int position;
        String num;
        long line;
        long peaksCount = -1;
        int level;
        final Map<String, String> meta = new LinkedHashMap<>();
        double[] mz;
        double[] intensity;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        SpectrumSelection selection = SpectrumSelection.parse(options.text("spectra"), options.integer("msLevel"));
        Provenance provenance = Provenance.ofFile(file, ID, VERSION);
        String source = file.toString();
        List<Scan> done = new ArrayList<>();
        Deque<Scan> open = new ArrayDeque<>();
        int position = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = SafeXml.streamReader(in, source);
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("scan")) {
                        Scan s = new Scan();
                        s.position = ++position;
                        s.line = r.getLocation().getLineNumber();
                        s.num = r.getAttributeValue(null, "num");
                        s.peaksCount = number(r.getAttributeValue(null, "peaksCount"), source, s.line, "peaksCount");
                        s.level = (int) Math.max(0, number(r.getAttributeValue(null, "msLevel"), source, s.line,
                                "msLevel"));
                        scanMeta(r, s);
                        open.push(s);
                    } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("peaks")
                            && !open.isEmpty()) {
                        peaks(r, open.peek(), source, selection);
                    } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("scan")) {
                        Scan s = open.pop();
                        if (selection.wants(s.position, s.level)) {
                            if (s.mz == null) {
                                throw new FormatException(source, s.line, "peaks", "scan " + s.num + " has no peaks", null);
                            }
                            done.add(s);
                        }
                        monitor.checkCancelled();
                    }
                }
            } catch (XMLStreamException e) {
                throw SafeXml.formatException(source, e);
            }
        }
        if (done.isEmpty()) {
            throw new FormatException(file, -1, "scan", "no scan (of the selected ones) in the file");
        }
        done.sort(Comparator.comparingInt(s -> s.position));
        List<Dataset> out = new ArrayList<>();
        for (Scan s : done) {
            out.add(SpectrumDatasets.spectrum("spectrum-" + s.position, "scan " + s.num, s.mz, s.intensity, s.meta,
                    provenance, source, s.line));
        }
        return out;
    }

    private static void scanMeta(XMLStreamReader r, Scan s) {
        s.meta.put("source.format", "mzXML");
        s.meta.put(SpectrumDatasets.NATIVE_ID, "scan=" + s.num);
        if (s.level > 0) {
            s.meta.put(SpectrumDatasets.MS_LEVEL, String.valueOf(s.level));
        }
        String pol = r.getAttributeValue(null, "polarity");
        if (pol != null) {
            s.meta.put(SpectrumDatasets.POLARITY, pol.startsWith("-") ? "negative" : "positive");
        }
        String centroided = r.getAttributeValue(null, "centroided");
        if (centroided != null) {
            s.meta.put(SpectrumDatasets.SPECTRUM_TYPE, centroided.equals("1") ? "centroid" : "profile");
        }
        String rt = r.getAttributeValue(null, "retentionTime");
        if (rt != null) {
            // xs:duration such as PT12.5S
            String t = rt.trim();
            s.meta.put(SpectrumDatasets.SCAN_TIME, t.startsWith("PT") && t.endsWith("S")
                    ? t.substring(2, t.length() - 1) + " s" : t);
        }
    }

    private static void peaks(XMLStreamReader r, Scan s, String source, SpectrumSelection selection)
            throws XMLStreamException, FormatException {
        long line = r.getLocation().getLineNumber();
        String precision = attr(r, "precision", "32");
        String order = attr(r, "byteOrder", "network");
        String compression = attr(r, "compressionType", "none");
        String pairOrder = r.getAttributeValue(null, "pairOrder");
        if (pairOrder == null) {
            pairOrder = attr(r, "contentType", "m/z-int");
        }
        String text = r.getElementText();
        if (!selection.wants(s.position, s.level)) {
            return;
        }
        if (!pairOrder.equals("m/z-int")) {
            throw new FormatException(source, line, "pairOrder", "peaks hold '" + pairOrder
                    + "'; only m/z-intensity pairs are supported", null);
        }
        BinaryArrays.Type type = switch (precision) {
            case "32" -> BinaryArrays.Type.FLOAT32;
            case "64" -> BinaryArrays.Type.FLOAT64;
            default -> throw new FormatException(source, line, "precision", "precision must be 32 or 64, was '"
                    + precision + "'", null);
        };
        boolean zlib = switch (compression) {
            case "none" -> false;
            case "zlib" -> true;
            default -> throw new FormatException(source, line, "compressionType", "compression '" + compression
                    + "' is not supported (none or zlib)", null);
        };
        long expected = s.peaksCount < 0 ? -1 : 2 * s.peaksCount;
        double[] pairs = BinaryArrays.decode(text, type, zlib, order.equals("network") ? ByteOrder.BIG_ENDIAN
                : ByteOrder.LITTLE_ENDIAN, expected, new BinaryArrays.Origin(source, line, "peaks of scan " + s.num));
        if (pairs.length % 2 != 0) {
            throw new FormatException(source, line, "peaks", "odd number of values in m/z-intensity pairs", null);
        }
        int n = pairs.length / 2;
        s.mz = new double[n];
        s.intensity = new double[n];
        for (int i = 0; i < n; i++) {
            s.mz[i] = pairs[2 * i];
            s.intensity[i] = pairs[2 * i + 1];
        }
    }

    private static String attr(XMLStreamReader r, String name, String fallback) {
        String v = r.getAttributeValue(null, name);
        return v == null ? fallback : v.trim();
    }

    private static long number(String text, String source, long line, String field) throws FormatException {
        if (text == null) {
            return -1;
        }
        try {
            long n = Long.parseLong(text.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new FormatException(source, line, field, "'" + text + "' is not a count", null);
        }
    }
}
