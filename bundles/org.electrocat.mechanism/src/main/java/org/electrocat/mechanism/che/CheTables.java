package org.electrocat.mechanism.che;

import java.util.List;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.mechanism.network.Pathway;
import org.electrocat.mechanism.network.PathwayStep;

/** The result tables of {@link CheAnalysis}: one line per pathway, and one line per step. */
final class CheTables {

    private CheTables() {
    }

    static Table summary(List<PathwayEnergetics> all) {
        Table.Builder t = Table.builder("Limiting potentials and potential-determining steps")
                .column("Pathway", null).column("U_L vs RHE", Units.VOLT).column("PDS", null)
                .column("ΔG_PDS at 0 V", Units.ELECTRONVOLT).column("n_e PDS", Units.ONE)
                .column("Largest step at U", null).column("ΔG_max at U", Units.ELECTRONVOLT)
                .column("U vs RHE", Units.VOLT).column("pH", Units.ONE).column("Values", null);
        for (PathwayEnergetics e : all) {
            Pathway p = e.pathway();
            int k = e.pds();
            int m = e.largestStep();
            t.row(p.name(), Quantity.of(e.limitingPotential(), Units.VOLT), k < 0 ? "none" : p.stepLabel(k),
                    Quantity.of(k < 0 ? Double.NaN : e.dG0()[k], Units.ELECTRONVOLT),
                    k < 0 ? Double.NaN : (double) p.steps().get(k).electrons(), p.stepLabel(m),
                    Quantity.of(e.dGU()[m], Units.ELECTRONVOLT), Quantity.of(e.potential(), Units.VOLT), e.pH(),
                    p.illustrative() ? "contains illustrative values" : "as given");
        }
        return t.build();
    }

    static Table steps(List<PathwayEnergetics> all) {
        Table.Builder t = Table.builder("Step free energies (computational hydrogen electrode)")
                .column("Pathway", null).column("Step", null).column("Type", null).column("n_e", Units.ONE)
                .column("n_H", Units.ONE).column("ΔG at reference", Units.ELECTRONVOLT)
                .column("ΔG at 0 V vs RHE", Units.ELECTRONVOLT).column("ΔG at U", Units.ELECTRONVOLT)
                .column("Role", null).column("Value", null);
        for (PathwayEnergetics e : all) {
            Pathway p = e.pathway();
            for (int k = 0; k < p.steps().size(); k++) {
                PathwayStep s = p.steps().get(k);
                String role = k == e.pds() ? (k == e.largestStep() ? "PDS, largest at U" : "PDS")
                        : k == e.largestStep() ? "largest at U" : "";
                t.row(p.name(), p.stepLabel(k), s.kind().keyword(), (double) s.electrons(), (double) s.protons(),
                        Quantity.of(s.dGReference(), Units.ELECTRONVOLT), Quantity.of(e.dG0()[k], Units.ELECTRONVOLT),
                        Quantity.of(e.dGU()[k], Units.ELECTRONVOLT), role, s.illustrative() ? "illustrative" : "given");
            }
        }
        return t.build();
    }
}
