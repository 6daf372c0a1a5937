package org.electrocat.chart;

/**
 * The free energies of one reaction pathway at one condition, one per intermediate, for a
 * free-energy (step) diagram, e.g. the four-electron ORR at U = 0 V and at U = 1.23 V vs RHE
 * (computational hydrogen electrode, Nørskov et al., J. Phys. Chem. B 108 (2004) 17886).
 *
 * @param name     legend name, e.g. {@code U = 1.23 V vs RHE}
 * @param energies free energy of each state in the chart's energy unit; {@code NaN} skips a state
 * @throws IllegalArgumentException naming the path on missing energies, infinities or no finite value
 */
public record EnergyPath(String name, double[] energies) {

    public EnergyPath {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("energy path name is missing");
        }
        String what = "energy path '" + name + "'";
        if (energies == null) {
            throw new IllegalArgumentException(what + ": energies are missing");
        }
        Checks.length(what + " energies", energies, energies.length, "states");
        if (!Checks.anyFinite(energies)) {
            throw new IllegalArgumentException(what + " has no finite energy");
        }
    }
}
