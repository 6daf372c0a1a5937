package org.electrocat.mechanism.network;

/**
 * The conditions at which a pathway's step free energies are given: electrode potential on the RHE
 * scale, pH and temperature. Free energies computed from absolute species energies with the
 * computational hydrogen electrode (μ(H⁺) + μ(e⁻) = ½ G(H₂)) refer to 0 V vs RHE at pH 0; a
 * free-energy diagram digitised from a paper usually refers to 0 V vs RHE at the paper's pH.
 *
 * @param potentialRhe electrode potential in V vs RHE
 * @param pH           pH
 * @param temperature  temperature in K (sets k_B·T·ln 10 of the pH term)
 */
public record CheReference(double potentialRhe, double pH, double temperature) {

    /** The standard reference: 0 V vs RHE, pH 0, 298.15 K. */
    public static final CheReference STANDARD = new CheReference(0, 0, 298.15);

    public CheReference {
        if (!Double.isFinite(potentialRhe) || !Double.isFinite(pH)) {
            throw new IllegalArgumentException("reference potential and pH must be finite, were " + potentialRhe
                    + " V and pH " + pH);
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("reference temperature must be a positive number of kelvin, was "
                    + temperature);
        }
    }
}
