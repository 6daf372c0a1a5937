package org.electrocat.mechanism.kinetics;

/**
 * The electrolysis cell and electrolyte the cascade model runs in.
 *
 * @param area              electrode area, cm²
 * @param volume            catholyte volume, mL
 * @param nitrate           initial NO3⁻ concentration, mol L⁻¹ (paper: 0.4 M KNO3)
 * @param nitrite           initial NO2⁻ concentration, mol L⁻¹
 * @param cyclohexanone     initial cyclohexanone concentration, mol L⁻¹ (paper: 0.05 M)
 * @param temperature       K
 * @param massTransfer      mass-transfer coefficient k_m of the dissolved N species, cm s⁻¹; 0 = no
 *                          transport limit. The flux is (k_f·c_ox − k_b·c_red)·k_m/(k_m + k_f + k_b)
 *                          (Bard and Faulkner, Electrochemical Methods, 2nd ed., section 1.4.2)
 * @param referencePotential E_ref of the Tafel rate constants, V on the model's potential scale
 * @param law               Tafel or Butler–Volmer
 * @param formalPotentials  E⁰′ of NO3⁻/NO2⁻, NO2⁻/NH2OH, NH2OH/NH3 and H2O/H2 (V, model scale); used
 *                          by Butler–Volmer only, may be {@code null} for Tafel
 */
public record CellConditions(double area, double volume, double nitrate, double nitrite, double cyclohexanone,
        double temperature, double massTransfer, double referencePotential, RateLaw law, double[] formalPotentials) {

    public CellConditions {
        positive(area, "electrode area");
        positive(volume, "volume");
        positive(temperature, "temperature");
        if (!(nitrate >= 0) || !(nitrite >= 0) || !(cyclohexanone >= 0) || !(massTransfer >= 0)
                || !Double.isFinite(nitrate + nitrite + cyclohexanone + massTransfer)) {
            throw new IllegalArgumentException("concentrations and the mass-transfer coefficient must be finite and >= 0");
        }
        if (!Double.isFinite(referencePotential)) {
            throw new IllegalArgumentException("reference potential must be finite");
        }
        if (law == RateLaw.BUTLER_VOLMER) {
            if (formalPotentials == null || formalPotentials.length != 4) {
                throw new IllegalArgumentException("Butler-Volmer kinetics need 4 formal potentials (NO3-/NO2-,"
                        + " NO2-/NH2OH, NH2OH/NH3, H2O/H2)");
            }
            for (double e : formalPotentials) {
                if (!Double.isFinite(e)) {
                    throw new IllegalArgumentException("formal potentials must be finite");
                }
            }
            formalPotentials = formalPotentials.clone();
        }
    }

    private static void positive(double v, String what) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive finite number, was " + v);
        }
    }

    /** f = F/(R·T) in V⁻¹. */
    double f() {
        return org.electrocat.core.potential.PotentialConverter.F
                / (org.electrocat.core.potential.PotentialConverter.R * temperature);
    }
}
