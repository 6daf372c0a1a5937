package org.electrocat.vibspec.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.vibspec.model.Potentials;
import org.electrocat.vibspec.model.SpectralAxes;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumKeys;

/**
 * The options every vibspec reader takes, for what files rarely record: the electrode potential a
 * spectrum of an in situ series was taken at (with its reference electrode), the Raman laser
 * wavelength, and whether the data are Raman or IR (which names the cm⁻¹ axis).
 */
public final class SpectrumReaderOptions {

    private SpectrumReaderOptions() {
    }

    /** The option declarations. */
    public static List<ParameterSpec> specs() {
        return List.of(
                ParameterSpec.text("potential", "Electrode potential", "",
                        "Potential the spectrum was recorded at, e.g. -0.9 V or -900 mV (in situ series); empty: none"),
                ParameterSpec.referenceScale("reference", "Reference electrode", "",
                        "Reference scale of the potential, e.g. Ag/AgCl (sat. KCl), RHE; empty: unspecified"),
                ParameterSpec.number("laserWavelength", "Laser wavelength", "nm", 0.0,
                        "Raman excitation wavelength; 0 keeps what the file says (if anything)").range(0, 1e5),
                ParameterSpec.choice("technique", "Technique", "auto", List.of("auto", "raman", "ir"),
                        "Raman or IR; auto takes it from the file. Names the cm-1 axis Raman shift or wavenumber"));
    }

    /**
     * Applies the options to a spectrum read from a file: technique (renaming a cm⁻¹ axis), laser
     * wavelength, potential and reference scale.
     *
     * @throws IllegalArgumentException when the potential text is not a potential
     */
    public static Spectrum apply(Spectrum s, Parameters options) {
        return apply(s, options, true);
    }

    /**
     * As {@link #apply(Spectrum, Parameters)}; with {@code usePotential} false the {@code potential}
     * option is ignored (the columns of a series file carry their own).
     */
    public static Spectrum apply(Spectrum s, Parameters options, boolean usePotential) {
        Map<String, String> meta = s.metadata();
        String technique = options.choice("technique");
        if (!technique.equals("auto")) {
            meta.put(SpectrumKeys.TECHNIQUE, technique);
        }
        String xName = s.xName();
        if (SpectralAxes.isWavenumberAxis(s)) {
            String t = meta.getOrDefault(SpectrumKeys.TECHNIQUE, "unknown");
            xName = t.equals("raman") ? SpectralAxes.RAMAN_SHIFT : t.equals("ir") ? SpectralAxes.WAVENUMBER : xName;
        }
        double laser = options.number("laserWavelength");
        if (laser > 0) {
            meta.put(SpectrumKeys.LASER_WAVELENGTH, Double.toString(laser));
        }
        Spectrum out = new Spectrum(s.name(), xName, s.xUnit(), s.x(), s.yName(), s.yUnit(), s.y(), s.potential(),
                s.scale(), meta);
        String potential = options.text("potential");
        if (usePotential && !potential.isBlank()) {
            PotentialScale scale = options.scale("reference");
            out = out.atPotential(Potentials.parseVolts(potential, "option potential"), scale);
        }
        return out;
    }

    /**
     * The datasets of the spectra read from one file: ids are the file's base name, numbered when the
     * file holds more than one spectrum; each gets the options applied and the file's provenance.
     */
    public static List<Dataset> datasets(Path file, List<Spectrum> spectra, Parameters options, String readerId,
            String readerVersion) throws IOException {
        Provenance p = Provenance.ofFile(file, readerId, readerVersion);
        String base = baseName(file);
        List<Dataset> out = new ArrayList<>();
        for (int i = 0; i < spectra.size(); i++) {
            Spectrum s = apply(spectra.get(i), options);
            out.add(s.toDataset(spectra.size() == 1 ? base : base + "_" + (i + 1), p));
        }
        return out;
    }

    /** File name without its extension. */
    public static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
