package org.electrocat.xps.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.xps.peaks.PeakFit;
import org.electrocat.xps.peaks.PeakShape;

/** The peak-fit parameters shared by {@code xps.fit}, {@code xps.shift} and {@code xps.calibrate}. */
final class FitOptions {

    private FitOptions() {
    }

    static List<ParameterSpec> parameters(boolean withPeaks) {
        List<ParameterSpec> out = new ArrayList<>();
        if (withPeaks) {
            out.add(ParameterSpec.text("peaks", "Peaks", null,
                    "Peaks as 'label position [singlet|doublet|doublet(splitting, ratio)]' separated by ';', e.g. "
                            + "'Pd 3d 335.6; Ag 3d 368.2'. Pd 3d, Ag 3d, Ti 2p, S 2p, Au 4f, Pt 4f are doublets by default "
                            + "(5.26 eV 3:2, 6.0 eV 3:2, 5.7 eV 2:1, 1.18 eV 2:1, 3.67 eV 4:3, 3.33 eV 4:3)."));
        }
        out.add(ParameterSpec.choice("shape", "Line shape", "gl-product",
                List.of("gl-product", "gl-sum", "asymmetric-gl", "doniach-sunjic"),
                "Gaussian–Lorentzian product GL(m) or sum SGL(m), asymmetric GL (Stancik–Brauns), Doniach–Šunjić."));
        out.add(ParameterSpec.number("mix", "Lorentzian fraction m", "1", 0.3, "0 Gaussian, 1 Lorentzian; GL(30) = 0.3.")
                .range(0, 1));
        out.add(ParameterSpec.number("asymmetry", "Asymmetry", "1", 0.0,
                "Asymmetric GL: a (tail to higher BE for a > 0); Doniach–Šunjić: α in [0, 0.9].").range(-5, 5));
        out.add(ParameterSpec.bool("fitShape", "Fit m and asymmetry", false, "Also fit the mixing and asymmetry."));
        out.add(ParameterSpec.choice("widths", "Width ties", "doublet", List.of("doublet", "all", "free"),
                "'doublet': both lines of a doublet share a width; 'all': one width for every line; 'free'."));
        out.add(ParameterSpec.number("fwhm", "Starting FWHM", "eV", 1.5, "Starting width of every line.").range(0.05, 20));
        out.add(ParameterSpec.bool("freeSplitting", "Fit splittings", false,
                "Fit doublet splittings instead of holding them at their tabulated or given values."));
        out.add(ParameterSpec.number("positionRange", "Position range", "eV", 3.0,
                "How far a line may move from its starting position.").range(0.01, 100));
        return out;
    }

    static PeakFit.Settings settings(Parameters p) {
        return new PeakFit.Settings(PeakShape.parse(p.choice("shape")), p.number("mix"), p.number("asymmetry"),
                p.bool("fitShape"), PeakFit.Widths.valueOf(p.choice("widths").toUpperCase(Locale.ROOT)), p.number("fwhm"),
                p.bool("freeSplitting"), p.number("positionRange"));
    }
}
