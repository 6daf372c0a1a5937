package org.electrocat.ms.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Reads mzML 1.1 (HUPO-PSI, Martens et al., Mol. Cell. Proteomics 10 (2011) R110.000133), plain or
 * indexed, streaming with StAX through {@link SafeXml} (DOCTYPEs, and with them XXE and entity bombs,
 * are refused). Every selected spectrum becomes one dataset with its m/z and intensity arrays
 * (base64, zlib or uncompressed, 32/64-bit float or integer; MS-Numpress is refused with a clear
 * message); cvParams given directly or through referenceable parameter groups are honoured.
 * Chromatograms are skipped. Metadata: MS level, polarity, profile/centroid, scan start time,
 * filter string, native id.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=ms.mzml", "electrocat.technique=ms"})
public final class MzmlReader extends MsReader {

    public static final String ID = "ms.mzml";

    public MzmlReader() {
        super(ID, "mzML mass spectra (.mzML)", "mzml");
    }

    @Override
    public double detect(Path file, byte[] head) {
        return detectXml(file, head, "mzml", "mzML", "indexedmzML");
    }

    @Override
    public List<ParameterSpec> options() {
        return selectionOptions();
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        SpectrumSelection selection = SpectrumSelection.parse(options.text("spectra"), options.integer("msLevel"));
        Provenance provenance = Provenance.ofFile(file, ID, VERSION);
        monitor.begin("Reading " + file.getFileName(), -1);
        try (InputStream in = Files.newInputStream(file)) {
            List<Dataset> out = new Parse(file.toString(), selection, provenance, monitor).run(in);
            if (out.isEmpty()) {
                throw new FormatException(file, -1, "spectrum", "no spectrum (of the selected ones) in the file");
            }
            return out;
        } finally {
            monitor.done();
        }
    }

    /** One pass over the document. */
    private static final class Parse {
        private final String source;
        private final SpectrumSelection selection;
        private final Provenance provenance;
        private final ProgressMonitor monitor;
        private final Map<String, List<String[]>> paramGroups = new HashMap<>();
        private final List<Dataset> out = new ArrayList<>();
        private XMLStreamReader r;

        // state
        private List<String[]> currentGroup;
        private Map<String, String> spectrumMeta;
        private int spectrumPosition;
        private String spectrumId;
        private long spectrumLine;
        private long defaultLength;
        private ArrayState array;
        private double[] mz;
        private double[] intensity;
        private boolean inChromatogram;

        Parse(String source, SpectrumSelection selection, Provenance provenance, ProgressMonitor monitor) {
            this.source = source;
            this.selection = selection;
            this.provenance = provenance;
            this.monitor = monitor;
        }

        /** A binaryDataArray being read. */
        private static final class ArrayState {
            BinaryArrays.Type type;
            boolean zlib;
            String compressionProblem;
            String kind; // mz | intensity | other
            long length = -1;
            String text;
            long line;
        }

        List<Dataset> run(InputStream in) throws IOException {
            r = SafeXml.streamReader(in, source);
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        start(r.getLocalName());
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        end(r.getLocalName());
                    }
                }
            } catch (XMLStreamException e) {
                throw SafeXml.formatException(source, e);
            } finally {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing more to read
                }
            }
            return out;
        }

        /** Spectrum cvParams whose meaning is their value: ms level, scan start time, filter, base peak, TIC. */
        private static final java.util.Set<String> VALUED = java.util.Set.of("MS:1000511", "MS:1000016", "MS:1000512",
                "MS:1000504", "MS:1000285");

        private long line() {
            return r.getLocation() == null ? -1 : r.getLocation().getLineNumber();
        }

        private void start(String name) throws XMLStreamException, FormatException {
            switch (name) {
                case "referenceableParamGroup" -> {
                    currentGroup = new ArrayList<>();
                    paramGroups.put(attr("id"), currentGroup);
                }
                case "chromatogram" -> inChromatogram = true;
                case "spectrum" -> {
                    spectrumPosition++;
                    spectrumId = attr("id");
                    spectrumLine = line();
                    spectrumMeta = new LinkedHashMap<>();
                    spectrumMeta.put(SpectrumDatasets.NATIVE_ID, spectrumId);
                    spectrumMeta.put("source.format", "mzML");
                    defaultLength = parseLength(attr("defaultArrayLength"), "defaultArrayLength");
                    mz = null;
                    intensity = null;
                }
                case "binaryDataArray" -> {
                    if (spectrumMeta != null) {
                        array = new ArrayState();
                        array.line = line();
                        String len = attr("arrayLength");
                        array.length = len == null ? defaultLength : parseLength(len, "arrayLength");
                    }
                }
                case "cvParam" -> cvParam(new String[] {attr("accession"), attr("name"), attr("value"),
                    attr("unitName")});
                case "referenceableParamGroupRef" -> {
                    List<String[]> group = paramGroups.get(attr("ref"));
                    if (group == null) {
                        throw new FormatException(source, line(), "referenceableParamGroupRef",
                                "refers to an undefined parameter group '" + attr("ref") + "'", null);
                    }
                    for (String[] p : group) {
                        cvParam(p);
                    }
                }
                case "binary" -> {
                    if (array != null && !inChromatogram) {
                        array.text = r.getElementText();
                    }
                }
                default -> {
                }
            }
        }

        private void end(String name) throws FormatException {
            switch (name) {
                case "referenceableParamGroup" -> currentGroup = null;
                case "chromatogram" -> inChromatogram = false;
                case "binaryDataArray" -> {
                    if (array != null) {
                        decodeArray();
                    }
                    array = null;
                }
                case "spectrum" -> {
                    finishSpectrum();
                    spectrumMeta = null;
                }
                default -> {
                }
            }
        }

        private void cvParam(String[] p) throws FormatException {
            if (currentGroup != null) {
                currentGroup.add(p);
                return;
            }
            String acc = p[0] == null ? "" : p[0];
            if (array != null) {
                switch (acc) {
                    case "MS:1000521" -> array.type = BinaryArrays.Type.FLOAT32;
                    case "MS:1000523" -> array.type = BinaryArrays.Type.FLOAT64;
                    case "MS:1000519" -> array.type = BinaryArrays.Type.INT32;
                    case "MS:1000522" -> array.type = BinaryArrays.Type.INT64;
                    case "MS:1000574" -> array.zlib = true;
                    case "MS:1000576" -> array.zlib = false;
                    case "MS:1002312", "MS:1002313", "MS:1002314", "MS:1002746", "MS:1002747", "MS:1002748" ->
                        array.compressionProblem = "MS-Numpress compression (" + p[1] + ") is not supported;"
                                + " convert with msconvert --zlib";
                    case "MS:1000514" -> array.kind = "mz";
                    case "MS:1000515" -> array.kind = "intensity";
                    default -> {
                    }
                }
                return;
            }
            if (spectrumMeta == null) {
                return;
            }
            if (p[2] == null && VALUED.contains(acc)) {
                // found by Jazzer (fuzzMzml): a null value reached the metadata and level() failed on it
                throw new FormatException(source, line(), "cvParam " + acc, "'" + (p[1] == null ? acc : p[1])
                        + "' of spectrum '" + spectrumId + "' has no value attribute", null);
            }
            switch (acc) {
                case "MS:1000511" -> spectrumMeta.put(SpectrumDatasets.MS_LEVEL, p[2]);
                case "MS:1000130" -> spectrumMeta.put(SpectrumDatasets.POLARITY, "positive");
                case "MS:1000129" -> spectrumMeta.put(SpectrumDatasets.POLARITY, "negative");
                case "MS:1000128" -> spectrumMeta.put(SpectrumDatasets.SPECTRUM_TYPE, "profile");
                case "MS:1000127" -> spectrumMeta.put(SpectrumDatasets.SPECTRUM_TYPE, "centroid");
                case "MS:1000016" -> spectrumMeta.put(SpectrumDatasets.SCAN_TIME, p[2]
                        + (p[3] == null ? "" : " " + ("minute".equals(p[3]) ? "min" : "second".equals(p[3]) ? "s" : p[3])));
                case "MS:1000512" -> spectrumMeta.put("ms.filter", p[2]);
                case "MS:1000504" -> spectrumMeta.put("ms.base.peak.mz", p[2]);
                case "MS:1000285" -> spectrumMeta.put("ms.total.ion.current", p[2]);
                default -> {
                }
            }
        }

        private void decodeArray() throws FormatException {
            if (array.kind == null || array.text == null) {
                return; // an array we do not use (e.g. a time or charge array)
            }
            String field = array.kind.equals("mz") ? "m/z array" : "intensity array";
            BinaryArrays.Origin origin = new BinaryArrays.Origin(source, array.line, field + " of spectrum '"
                    + spectrumId + "'");
            if (array.compressionProblem != null) {
                throw new FormatException(source, array.line, origin.field(), array.compressionProblem, null);
            }
            if (array.type == null) {
                throw new FormatException(source, array.line, origin.field(), "no binary data type (32-bit float,"
                        + " 64-bit float ...) is declared", null);
            }
            if (array.length < 0) {
                throw new FormatException(source, array.line, origin.field(), "no array length is declared"
                        + " (defaultArrayLength or arrayLength)", null);
            }
            if (!selection.wants(spectrumPosition, level())) {
                return;
            }
            double[] v = BinaryArrays.decode(array.text, array.type, array.zlib, ByteOrder.LITTLE_ENDIAN,
                    array.length, origin);
            if (array.kind.equals("mz")) {
                mz = v;
            } else {
                intensity = v;
            }
        }

        private int level() {
            try {
                return Integer.parseInt(spectrumMeta.getOrDefault(SpectrumDatasets.MS_LEVEL, "0").trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private void finishSpectrum() throws FormatException {
            monitor.checkCancelled();
            if (!selection.wants(spectrumPosition, level())) {
                return;
            }
            if (mz == null || intensity == null) {
                throw new FormatException(source, spectrumLine, "spectrum", "spectrum '" + spectrumId + "' lacks its "
                        + (mz == null ? "m/z" : "intensity") + " array", null);
            }
            String id = "spectrum-" + spectrumPosition;
            out.add(SpectrumDatasets.spectrum(id, spectrumId, mz, intensity, spectrumMeta, provenance, source,
                    spectrumLine));
            monitor.worked(1);
        }

        private long parseLength(String text, String field) throws FormatException {
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
                throw new FormatException(source, line(), field, "'" + text + "' is not an array length", null);
            }
        }

        private String attr(String name) {
            return r.getAttributeValue(null, name);
        }
    }
}
