package org.electrocat.vibspec.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.electrocat.api.ParameterSpec;
import org.electrocat.vibspec.bands.BandLibrary;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumKeys;

/** The band-library parameters shared by the analyses that assign bands, and their resolution. */
final class BandLibraries {

    private BandLibraries() {
    }

    static List<ParameterSpec> specs() {
        return List.of(
                ParameterSpec.text("library", "Band library", "",
                        "CSV band library (label, low_cm-1, high_cm-1, technique, ...); empty: the reference paper's bands"),
                ParameterSpec.number("tolerance", "Assignment tolerance", "cm-1", 8.0,
                        "A library band matches when the fitted position lies within this distance of its range "
                                + "(widened by twice the position's standard error)").range(0, 1000),
                ParameterSpec.choice("assignTechnique", "Technique for assignment", "auto",
                        List.of("auto", "raman", "ir", "both"),
                        "Offer only Raman or only IR library bands; auto takes the technique from the file"));
    }

    /** The library named by the {@code library} parameter. */
    static BandLibrary load(String path) {
        if (path == null || path.isBlank()) {
            return BandLibrary.paper();
        }
        Path p = Paths.get(path.strip());
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("parameter 'library': no file " + p.toAbsolutePath());
        }
        try {
            return BandLibrary.read(p);
        } catch (IOException e) {
            throw new IllegalArgumentException("parameter 'library': " + e.getMessage(), e);
        }
    }

    /** The technique to assign with: the parameter, else the spectrum's technique. */
    static String technique(String param, Spectrum s) {
        if (!param.equals("auto")) {
            return param;
        }
        String t = s.meta(SpectrumKeys.TECHNIQUE);
        return t == null ? "both" : t;
    }
}
