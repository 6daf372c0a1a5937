package org.electrocat.vibspec.io.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.io.text.TextColumn;
import org.electrocat.io.text.TextOptions;
import org.electrocat.io.text.TextReader;
import org.electrocat.io.text.TextTable;
import org.electrocat.vibspec.io.SpectrumReaderOptions;
import org.electrocat.vibspec.io.VibspecReader;
import org.electrocat.vibspec.model.SpectralAxes;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumSeries;
import org.osgi.service.component.annotations.Component;

/**
 * Reads spectra exported as delimited text by Raman and FTIR software (two columns, x and intensity,
 * or one x column and many intensity columns), through the shared {@link TextReader} (encoding,
 * delimiter, decimal comma and header rows detected). The x axis is recognised from its header
 * ({@code Raman Shift (cm-1)}, {@code Wavenumber}, {@code Wavelength (nm)}) or the {@code xUnit}
 * option; intensities from theirs ({@code Absorbance}, {@code %T}, {@code Intensity}).
 *
 * <p>A file with several intensity columns is an in situ series when its column headers are
 * potentials ({@code -0.5 V}, {@code -500 mV}, {@code E = -0.5 V vs RHE}) or the {@code potentials}
 * option gives them: it is read as one {@code spectrum-series} dataset on the {@code reference} scale.
 * Otherwise each column becomes its own spectrum.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=vibspec.text", "electrocat.technique=vibspec"})
public final class SpectrumTextReader extends VibspecReader {

    /** Reader id. */
    public static final String ID = "vibspec.text";

    public SpectrumTextReader() {
        super(ID, "Raman/IR spectrum text export (.txt, .csv)", List.of("txt", "csv", "tsv", "dat", "asc"));
    }
    private static final String[] SPECTRAL_WORDS = {"raman", "wavenumber", "cm-1", "cm^-1", "1/cm", "cm⁻¹",
        "absorbance", "transmittance", "%t", "shift"};

    @Override
    public double detect(Path file, byte[] head) {
        try {
            if (head == null || head.length == 0 || !TextReader.looksDelimitedNumeric(head, head.length >= HEAD_BYTES)) {
                return 0;
            }
            String text = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT);
            for (String w : SPECTRAL_WORDS) {
                if (text.contains(w)) {
                    return 0.6; // above the generic CSV reader (0.3)
                }
            }
            return 0.2;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @Override
    public List<ParameterSpec> options() {
        List<ParameterSpec> o = new ArrayList<>(SpectrumReaderOptions.specs());
        o.add(ParameterSpec.choice("xUnit", "x unit", "auto", List.of("auto", "cm-1", "nm", "um"),
                "Unit of the x column when its header does not say; auto reads the header, else assumes cm-1"));
        o.add(ParameterSpec.choice("intensity", "Intensity quantity", "auto", List.of("auto", "intensity",
                "absorbance", "transmittance", "transmittance-percent"),
                "What the intensity columns hold when their headers do not say"));
        o.add(ParameterSpec.text("potentials", "Column potentials", "",
                "Potentials of the intensity columns in order (e.g. '-0.5, -0.7, -0.9 V'): reads the file as an in "
                        + "situ series; empty: from the column headers when they are potentials"));
        return o;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        TextTable table = TextReader.read(file, TextOptions.defaults(), monitor);
        if (table.columns().size() < 2) {
            throw new FormatException(file, table.dataStartLine(), null, "a spectrum needs an x column and at least one "
                    + "intensity column; the file has " + table.columns().size() + " numeric column(s)");
        }
        String headerText = String.join("\n", table.headerLines());
        TextColumn xc = table.columns().get(0);
        SpectralAxes.Axis x = ColumnRoles.xAxis(xc, options.choice("xUnit"), options.choice("technique"), headerText);
        List<TextColumn> ys = table.columns().subList(1, table.columns().size());
        double[] potentials = ColumnRoles.potentials(ys, options.text("potentials"));
        PotentialScale scale = ColumnRoles.scale(ys, options.scale("reference"));
        List<Spectrum> spectra = new ArrayList<>();
        for (int k = 0; k < ys.size(); k++) {
            TextColumn yc = ys.get(k);
            SpectralAxes.Axis y = ColumnRoles.yAxis(yc, options.choice("intensity"));
            java.util.Map<String, String> meta = new java.util.LinkedHashMap<>();
            meta.put("source.format", label());
            meta.put("text.column", yc.header().text());
            meta.put("text.delimiter", table.delimiter().name().toLowerCase(Locale.ROOT));
            meta.put("text.decimal", table.decimal().name().toLowerCase(Locale.ROOT));
            meta.put("spectrum.technique", x.name().equals(SpectralAxes.RAMAN_SHIFT) ? "raman"
                    : x.name().equals(SpectralAxes.WAVENUMBER) ? "ir" : "unknown");
            String name = ys.size() == 1 ? file.getFileName().toString() : yc.header().text().isBlank()
                    ? "column " + yc.position() : yc.header().text();
            Spectrum s = new Spectrum(name, x.name(), x.unit(), xc.values(), y.name(), y.unit(), yc.values(),
                    Double.NaN, null, meta);
            spectra.add(potentials == null ? s : s.atPotential(potentials[k], scale));
        }
        if (potentials != null && spectra.size() > 1) {
            List<Spectrum> applied = new ArrayList<>();
            for (Spectrum s : spectra) {
                applied.add(SpectrumReaderOptions.apply(s, options, false));
            }
            return List.of(SpectrumSeries.toDataset(applied, SpectrumReaderOptions.baseName(file),
                    Provenance.ofFile(file, ID, version())));
        }
        return SpectrumReaderOptions.datasets(file, spectra, options, ID, version());
    }
}
