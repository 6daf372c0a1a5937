package org.electrocat.mechanism.kinetics;

import java.util.Locale;

/**
 * Products of the cascade whose Faradaic efficiencies are measured, with the electrons their
 * formation takes (from nitrate; from water for H2): FE_i = n_i·F·N_i/Q (see docs/SCIENCE.md).
 */
public enum Product {
    /** Cyclohexanone oxime, via NH2OH: 6 e⁻. */
    CHOX("CHOX", CascadeModel.CHOX, 6),
    /** Hydroxylamine: 6 e⁻. */
    NH2OH("NH2OH", CascadeModel.NH2OH, 6),
    /** Nitrite: 2 e⁻. */
    NO2("NO2-", CascadeModel.NO2, 2),
    /** Ammonia / ammonium: 8 e⁻. */
    NH3("NH3", CascadeModel.NH3, 8),
    /** Hydrogen: 2 e⁻. */
    H2("H2", CascadeModel.H2, 2);

    private final String label;
    private final int state;
    private final int electrons;

    Product(String label, int state, int electrons) {
        this.label = label;
        this.state = state;
        this.electrons = electrons;
    }

    public String label() {
        return label;
    }

    /** Index in the {@link CascadeModel} state. */
    public int state() {
        return state;
    }

    public int electrons() {
        return electrons;
    }

    /**
     * The product a column name refers to, e.g. {@code FE_CHOX}, {@code FE(NH4+)}, {@code nitrite},
     * {@code FE H2}; {@code null} when none.
     */
    public static Product fromColumn(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace('⁻', '-').replace('⁺', '+').trim();
        s = s.replaceFirst("^fe\\s*[_(\\s]\\s*", "").replaceFirst("\\)$", "").trim();
        switch (s) {
            case "chox": case "cox": case "oxime": case "cyclohexanone oxime":
                return CHOX;
            case "nh2oh": case "hydroxylamine":
                return NH2OH;
            case "no2-": case "no2": case "nitrite":
                return NO2;
            case "nh3": case "nh4+": case "nh4": case "ammonia": case "ammonium":
                return NH3;
            case "h2": case "hydrogen":
                return H2;
            default:
                return null;
        }
    }
}
