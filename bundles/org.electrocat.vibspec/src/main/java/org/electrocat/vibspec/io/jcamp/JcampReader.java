package org.electrocat.vibspec.io.jcamp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.electrocat.vibspec.io.SpectrumReaderOptions;
import org.electrocat.vibspec.io.VibspecReader;
import org.electrocat.vibspec.model.SpectralAxes;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumKeys;
import org.osgi.service.component.annotations.Component;

/**
 * Reads JCAMP-DX 4.24 / 5.01 spectra ({@code .jdx}, {@code .dx}): every block with an
 * {@code XYDATA}, {@code XYPOINTS} or {@code PEAK TABLE} becomes one {@code spectrum} dataset. The x
 * axis comes from XUNITS and DATA TYPE (cm⁻¹ of a Raman spectrum is a Raman shift, of an IR spectrum
 * a wavenumber), the intensity from YUNITS; every LDR is kept as metadata {@code jcamp.<label>}.
 * See {@link JcampParser} for the checks made while decoding.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=vibspec.jcamp", "electrocat.technique=vibspec"})
public final class JcampReader extends VibspecReader {

    /** Reader id. */
    public static final String ID = "vibspec.jcamp";

    public JcampReader() {
        super(ID, "JCAMP-DX spectrum (.jdx, .dx)", List.of("jdx", "dx", "jcamp", "jcm"));
    }

    @Override
    public double detect(Path file, byte[] head) {
        try {
            if (head == null || head.length < 8) {
                return 0;
            }
            String text = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
            String t = text.stripLeading().toUpperCase(Locale.ROOT);
            if (!t.startsWith("##")) {
                return 0;
            }
            String flat = t.replace(" ", "").replace("-", "");
            if (flat.startsWith("##TITLE=") && flat.contains("##JCAMPDX=")) {
                return 0.95;
            }
            return flat.contains("##TITLE=") ? 0.7 : 0.2;
        } catch (RuntimeException e) {
            return 0; // detect never throws
        }
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        List<JcampBlock> blocks;
        monitor.begin("Reading " + file.getFileName(), -1);
        try (InputStream in = Files.newInputStream(file)) {
            blocks = new JcampParser(file.toString(), Files.size(file)).parse(in, monitor);
        }
        List<Spectrum> spectra = new ArrayList<>();
        for (JcampBlock b : blocks) {
            if (b.hasData()) {
                spectra.add(spectrum(b, file.getFileName().toString()));
            }
        }
        if (spectra.isEmpty()) {
            throw new FormatException(file, blocks.get(0).startLine(), null,
                    "no XYDATA, XYPOINTS or PEAK TABLE in any block: no spectrum to read");
        }
        monitor.done();
        return SpectrumReaderOptions.datasets(file, spectra, options, ID, version());
    }

    /** The spectrum of one data block. */
    static Spectrum spectrum(JcampBlock b, String fileName) {
        String dataType = b.get("DATATYPE");
        String technique = SpectralAxes.technique(dataType);
        SpectralAxes.Axis x = SpectralAxes.x(b.get("XUNITS"), technique);
        if (x == null) {
            x = new SpectralAxes.Axis("x", org.electrocat.core.units.Units.ONE);
        }
        SpectralAxes.Axis y = SpectralAxes.y(b.get("YUNITS"));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("source.format", "JCAMP-DX " + (b.get("JCAMPDX") == null ? "" : b.get("JCAMPDX")));
        meta.put(SpectrumKeys.TECHNIQUE, technique);
        meta.put("jcamp.table", b.tableLabel());
        meta.put("jcamp.line", String.valueOf(b.startLine()));
        if (b.yChecks() > 0) {
            meta.put("jcamp.yChecks", String.valueOf(b.yChecks()));
        }
        for (Map.Entry<String, String> e : b.records().entrySet()) {
            String key = JcampBlock.normalise(e.getKey());
            if (!key.equals("XYDATA") && !key.equals("XYPOINTS") && !key.equals("PEAKTABLE")) {
                meta.put("jcamp." + e.getKey(), e.getValue());
            }
            if (key.contains("LASER") && (key.contains("WAVELENGTH") || key.contains("WAVELEN"))) {
                meta.put(SpectrumKeys.LASER_WAVELENGTH, firstNumber(e.getValue()));
            }
        }
        firstYNote(b, meta);
        String title = b.get("TITLE");
        String name = title == null || title.isBlank() ? fileName : title.strip();
        return new Spectrum(name, x.name(), x.unit(), b.x(), y.name(), y.unit(), b.y(), Double.NaN, null, meta);
    }

    /** FIRSTY is often rounded for display, so a mismatch is a note for the user, not an error. */
    private static void firstYNote(JcampBlock b, Map<String, String> meta) {
        String firstY = b.get("FIRSTY");
        if (firstY == null || b.y().length == 0 || !"XYDATA".equals(JcampBlock.normalise(b.tableLabel()))) {
            return;
        }
        try {
            double declared = Double.parseDouble(firstY.strip());
            double got = b.y()[0];
            double tol = Math.max(Math.abs(parseOr(b.get("YFACTOR"), 1.0)), 1e-3 * Math.abs(declared));
            meta.put("jcamp.check.firstY", Math.abs(got - declared) <= tol ? "ok"
                    : "FIRSTY = " + declared + " but the first ordinate is " + got);
        } catch (NumberFormatException e) {
            meta.put("jcamp.check.firstY", "FIRSTY '" + firstY + "' is not a number");
        }
    }

    private static double parseOr(String s, double fallback) {
        try {
            return s == null ? fallback : Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String firstNumber(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d+)?")
                .matcher(text);
        return m.find() ? m.group() : text.strip();
    }
}
