package org.electrocat.mechanism.che;

import org.electrocat.mechanism.network.CheReference;
import org.electrocat.mechanism.network.Pathway;
import org.electrocat.mechanism.network.PathwayStep;

/**
 * Step free energies at an applied potential and pH with the computational hydrogen electrode
 * (J. K. Nørskov, J. Rossmeisl, A. Logadottir, L. Lindqvist, J. R. Kitchin, T. Bligaard, H. Jónsson,
 * J. Phys. Chem. B 108 (2004) 17886): at 0 V vs SHE and pH 0 the pair H⁺ + e⁻ is in equilibrium with
 * ½ H₂, so μ(e⁻) = −e·U_SHE and μ(H⁺) = ½G(H₂) − k_B·T·ln10·pH. A step that consumes n_e electrons
 * and n_H protons then has
 *
 * <pre>  ΔG(U, pH) = ΔG_ref + n_e·e·(U − U_ref) + (n_H − n_e)·k_B·T·ln10·(pH − pH_ref)</pre>
 *
 * with U on the RHE scale: a proton–electron pair (n_H = n_e) moves with U_RHE alone, a bare
 * electron transfer (nitrate adsorption {@code NO3⁻ + * → *NO3 + e⁻}) also feels the pH, and a
 * chemical step (n_e = 0, n_H = 0) neither. Energies in eV, potentials in V.
 */
public final class ComputationalHydrogenElectrode {

    /** Boltzmann constant in eV/K (CODATA 2018, exact). */
    public static final double BOLTZMANN_EV = 8.617333262e-5;

    private ComputationalHydrogenElectrode() {
    }

    /** k_B·T·ln 10 in eV: the free-energy change of one proton per pH unit (0.05916 eV at 298.15 K). */
    public static double phSlope(double temperature) {
        return BOLTZMANN_EV * temperature * Math.log(10);
    }

    /**
     * ΔG of one step.
     *
     * @param uRhe        applied potential, V vs RHE
     * @param pH          electrolyte pH
     * @param temperature K, for the pH term
     */
    public static double stepFreeEnergy(PathwayStep s, CheReference ref, double uRhe, double pH, double temperature) {
        return s.dGReference() + s.electrons() * (uRhe - ref.potentialRhe())
                + (s.protons() - s.electrons()) * phSlope(temperature) * (pH - ref.pH());
    }

    /** ΔG of every step of the pathway, eV. */
    public static double[] stepFreeEnergies(Pathway p, double uRhe, double pH, double temperature) {
        double[] dg = new double[p.steps().size()];
        for (int k = 0; k < dg.length; k++) {
            dg[k] = stepFreeEnergy(p.steps().get(k), p.reference(), uRhe, pH, temperature);
        }
        return dg;
    }

    /** Free-energy level of every state: the first at the pathway's initial level, then cumulative ΔG. */
    public static double[] levels(Pathway p, double[] stepFreeEnergies) {
        double[] g = new double[stepFreeEnergies.length + 1];
        g[0] = p.initialLevel();
        for (int k = 0; k < stepFreeEnergies.length; k++) {
            g[k + 1] = g[k] + stepFreeEnergies[k];
        }
        return g;
    }
}
