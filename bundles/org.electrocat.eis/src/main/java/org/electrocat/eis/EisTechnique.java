package org.electrocat.eis;

import java.util.List;
import org.electrocat.api.Technique;
import org.electrocat.core.model.DatasetKind;
import org.osgi.service.component.annotations.Component;

/**
 * The impedance and AC voltammetry technique: frequency-domain analyses of the impedance spectra
 * and time-domain AC voltammograms that the echem readers (BioLogic, Gamry, CH Instruments) and
 * core.csv deliver. Analyses: {@code eis.fit} (equivalent-circuit CNLS), {@code eis.kk} (Lin-KK
 * validity test), {@code eis.bode} (overlaid Bode plots with phase peaks and inflections per
 * potential), {@code eis.batch} (one circuit fitted to a series of spectra), {@code eis.drt}
 * (distribution of relaxation times) and {@code eis.ftacv} (FTACV harmonics). It is a plugin of its own so that frequency-domain work installs
 * independently and the DC electrochemistry plugin stays small.
 */
@Component(service = Technique.class, property = {"electrocat.id=eis", "electrocat.technique=eis"})
public final class EisTechnique implements Technique {

    /** Technique id, the prefix of every analysis id of this plugin. */
    public static final String ID = "eis";
    /** Plugin version, recorded in provenance (keep equal to Bundle-Version). */
    public static final String VERSION = "0.1.0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Impedance and AC voltammetry";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String description() {
        return "Equivalent circuits in impedance.py notation fitted by complex nonlinear least squares (modulus,"
                + " proportional or unit weighting, bounds, constants, standard errors and confidence intervals);"
                + " Lin-KK validity test with automatic M; Bode overlays with phase peaks and inflections against"
                + " potential; batch fits of a spectrum series; distribution of relaxation times; FTACV harmonic envelopes"
                + " from time-domain records.";
    }

    @Override
    public List<String> datasetKinds() {
        return List.of(DatasetKind.IMPEDANCE, DatasetKind.TIME_SERIES);
    }
}
