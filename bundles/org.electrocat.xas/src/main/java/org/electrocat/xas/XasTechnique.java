package org.electrocat.xas;

import java.util.List;
import org.electrocat.api.Technique;
import org.electrocat.core.model.DatasetKind;
import org.osgi.service.component.annotations.Component;

/**
 * X-ray absorption spectroscopy (XANES and EXAFS): XDI 1.0, Athena project and column files;
 * pre-edge/post-edge normalisation with Larch's parameter names, E0, energy calibration against a
 * reference foil, oxidation state from E0, linear-combination fitting; AUTOBK background, χ(k),
 * Fourier transforms to R and back to q, R-space peaks. XPS is a separate plugin ({@code xps}).
 */
@Component(service = Technique.class, property = {"electrocat.id=xas", "electrocat.technique=xas"})
public final class XasTechnique implements Technique {

    /** Technique id, prefix of every analysis id of this plugin. */
    public static final String ID = "xas";
    /** Version recorded in provenance by the plugin's readers and analyses. */
    public static final String VERSION = "0.1.0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "X-ray absorption spectroscopy (XANES, EXAFS)";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String description() {
        return "Reads XDI 1.0, Athena project (.prj) and column files (energy with mu, or I0 with It/If); "
                + "normalises mu(E) (pre1, pre2, norm1, norm2, nnorm, e0 as in Larch/Athena), finds E0 and the "
                + "edge step, calibrates energy against a reference foil, interpolates oxidation states from E0, "
                + "fits linear combinations of references, removes the EXAFS background (AUTOBK, rbkg) and "
                + "transforms chi(k) to R and back to q.";
    }

    @Override
    public List<String> datasetKinds() {
        return List.of(DatasetKind.SPECTRUM);
    }
}
