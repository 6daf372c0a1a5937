package org.electrocat.vibspec;

import java.util.List;
import org.electrocat.api.Technique;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.vibspec.model.SpectrumKeys;
import org.osgi.service.component.annotations.Component;

/**
 * Vibrational spectroscopy: Raman, FTIR, in situ Raman and in situ ATR-FTIR. Readers for JCAMP-DX,
 * Thermo Galactic SPC and vendor text; preprocessing (cosmic spikes, smoothing, baselines,
 * normalisation, cropping, unit conversion), peak detection and fitting, band assignment against a
 * band library, sample comparison and in situ series against electrode potential.
 */
@Component(service = Technique.class, property = {"electrocat.id=vibspec", "electrocat.technique=vibspec"})
public final class VibspecTechnique implements Technique {

    /** Technique id, the prefix of every analysis id of this plugin. */
    public static final String ID = "vibspec";
    /** Plugin version recorded in provenance (keep equal to Bundle-Version). */
    public static final String VERSION = "0.1.0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Vibrational spectroscopy (Raman, IR)";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String description() {
        return "Raman and FTIR spectra and in situ series: JCAMP-DX, SPC and text readers; spike removal, "
                + "smoothing, baselines (poly, asls, arpls, snip, rubberband), normalisation; peak detection and "
                + "Gaussian/Lorentzian/pseudo-Voigt fitting with standard errors; band assignment; sample "
                + "comparison; band tracking and difference spectra against electrode potential.";
    }

    @Override
    public List<String> datasetKinds() {
        return List.of(DatasetKind.SPECTRUM, SpectrumKeys.SERIES_KIND);
    }
}
