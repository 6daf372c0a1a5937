package org.electrocat.mechanism;

import java.util.List;
import org.electrocat.api.Technique;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.mechanism.network.PathwayDatasets;
import org.osgi.service.component.annotations.Component;

/**
 * The mechanism-modelling technique: reaction networks with DFT free energies (YAML/CSV, VASP
 * OUTCAR energies), the computational hydrogen electrode ({@code mechanism.che}) and a kinetic
 * cascade model of nitrate reduction fitted to measured Faradaic efficiencies
 * ({@code mechanism.kinetics}).
 */
@Component(service = Technique.class, property = {"electrocat.id=mechanism", "electrocat.technique=mechanism"})
public final class MechanismTechnique implements Technique {

    /** Technique id. */
    public static final String ID = "mechanism";
    /** Plugin version recorded in provenance (keep equal to Bundle-Version). */
    public static final String VERSION = "0.1.0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Mechanism modelling (free-energy diagrams, kinetic models)";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String description() {
        return "Reads reaction networks (intermediates with E_DFT/ZPE/TS or G, elementary steps per catalyst site;"
                + " YAML or CSV, VASP OUTCAR energies), computes step free energies at any potential and pH with the"
                + " computational hydrogen electrode (limiting potential, potential-determining step, free-energy"
                + " diagrams), and integrates and fits a kinetic cascade model NO3- -> NO2- -> NH2OH -> NH3 | oxime"
                + " with competing HER to measured Faradaic efficiencies.";
    }

    @Override
    public List<String> datasetKinds() {
        return List.of(PathwayDatasets.KIND, DatasetKind.TABLE);
    }
}
