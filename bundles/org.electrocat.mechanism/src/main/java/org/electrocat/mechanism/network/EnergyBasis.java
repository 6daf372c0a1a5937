package org.electrocat.mechanism.network;

/** What the energies of a network file's intermediates mean. */
public enum EnergyBasis {
    /**
     * Each intermediate's G is the free energy of the whole state (adsorbate, spectator species and
     * the (H⁺ + e⁻) pairs still to come) relative to a common zero, as drawn in a free-energy diagram.
     * Step ΔG = G(to) − G(from).
     */
    STATE_LEVELS("state-levels"),
    /**
     * Each intermediate's G is an absolute free energy of the adsorbate on the catalyst (E_DFT + ZPE −
     * T·S); steps name the shared species they consume or release, and (H⁺ + e⁻) pairs are referenced
     * to ½ G(H₂) (computational hydrogen electrode).
     */
    SPECIES("species"),
    /**
     * Each step carries its own free-energy change ΔG (as papers usually report them: "the RDS
     * *NO2 → *NO is uphill by 0.89 eV"); intermediates carry no energy and the first state is the
     * zero. Step values can then be marked illustrative one by one.
     */
    STEP_ENERGIES("step-energies");

    private final String keyword;

    EnergyBasis(String keyword) {
        this.keyword = keyword;
    }

    /** The file keyword. */
    public String keyword() {
        return keyword;
    }

    /** The basis for a keyword, or {@code null}. */
    public static EnergyBasis parse(String text) {
        for (EnergyBasis b : values()) {
            if (b.keyword.equalsIgnoreCase(text.trim())) {
                return b;
            }
        }
        return null;
    }
}
