package org.electrocat.ms.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.io.text.TextColumn;
import org.electrocat.io.text.TextReader;
import org.electrocat.io.text.TextTable;
import org.osgi.service.component.annotations.Component;

/**
 * Reads a mass spectrum exported as two-column text (m/z, intensity), with or without a header, any
 * delimiter or decimal separator that {@link TextReader} detects. Further columns are ignored. It
 * claims a file only when its header mentions m/z or mass (confidence 0.4), so generic CSV stays with
 * the core reader; name it explicitly ({@code reader: ms.text}) for a header-less export.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=ms.text", "electrocat.technique=ms"})
public final class MsTextReader extends MsReader {

    public static final String ID = "ms.text";

    public MsTextReader() {
        super(ID, "Mass spectrum as two-column text (m/z, intensity)", "txt");
    }

    @Override
    public List<String> extensions() {
        return List.of("txt", "csv", "xy", "tsv");
    }

    @Override
    public double detect(Path file, byte[] head) {
        try {
            if (head == null || head.length == 0 || !TextReader.looksDelimitedNumeric(head, head.length >= HEAD_BYTES)) {
                return 0;
            }
            String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            return text.contains("m/z") || text.contains("mass") ? 0.4 : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @Override
    public List<ParameterSpec> options() {
        return List.of(ParameterSpec.choice("type", "Spectrum type", "profile", List.of("profile", "centroid"),
                "Whether the points are a profile (continuum) or already centroided peaks"));
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        TextTable t = TextReader.read(file);
        if (t.columns().size() < 2) {
            throw new FormatException(file, -1, null, "a mass spectrum needs two numeric columns (m/z, intensity);"
                    + " found " + t.columns().size());
        }
        TextColumn x = t.column(0);
        TextColumn y = t.column(1);
        double[] mz = x.values();
        for (int i = 0; i < mz.length; i++) {
            if (!Double.isFinite(mz[i])) {
                throw new FormatException(file, t.dataStartLine() + i, x.name(), "m/z value is missing or not a"
                        + " number");
            }
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("source.format", "text");
        meta.put(SpectrumDatasets.SPECTRUM_TYPE, options.choice("type"));
        return List.of(SpectrumDatasets.spectrum("spectrum-1", file.getFileName().toString(), x.values(),
                y.values(), meta, Provenance.ofFile(file, ID, VERSION), file.toString(), -1));
    }
}
