package org.electrocat.xps;

import java.util.List;
import org.electrocat.api.Technique;
import org.electrocat.core.model.DatasetKind;
import org.osgi.service.component.annotations.Component;

/**
 * X-ray photoelectron spectroscopy: VAMAS (ISO 14976) and XY exports, binding-energy scale and
 * charge correction, Shirley/Tougaard/linear backgrounds, peak fits with spin–orbit doublets,
 * shifts between samples and atomic ratios. XAS lives in its own plugin ({@code xas}): the two
 * share no formats, no processing steps and often no users.
 */
@Component(service = Technique.class, property = {"electrocat.id=xps", "electrocat.technique=xps"})
public final class XpsTechnique implements Technique {

    /** Technique id, prefix of every analysis id of this plugin. */
    public static final String ID = "xps";
    /** Version recorded in provenance by the plugin's readers and analyses. */
    public static final String VERSION = "0.1.0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "X-ray photoelectron spectroscopy (XPS)";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String description() {
        return "Reads VAMAS (.vms, regular and irregular) and two-column XY exports (SpecsLab Prodigy); "
                + "converts kinetic to binding energy, corrects charging against a reference line (C 1s 284.8 eV), "
                + "subtracts Shirley, Tougaard or linear backgrounds, fits Gaussian-Lorentzian and asymmetric "
                + "peaks with spin-orbit doublets (constrained splitting and area ratio) and reports positions, "
                + "shifts between samples and atomic ratios with standard errors.";
    }

    @Override
    public List<String> datasetKinds() {
        return List.of(DatasetKind.SPECTRUM);
    }
}
