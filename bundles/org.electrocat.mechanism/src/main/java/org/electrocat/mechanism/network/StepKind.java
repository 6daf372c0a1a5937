package org.electrocat.mechanism.network;

import java.util.Locale;

/**
 * Whether an elementary step transfers electrons at the electrode (its free energy then moves with
 * the electrode potential, computational hydrogen electrode) or is a chemical step (adsorption
 * without charge transfer, desorption, a solution reaction), whose free energy does not.
 */
public enum StepKind {
    /** Proton–electron transfer or electron transfer: ΔG moves by n·e·U. */
    ELECTROCHEMICAL,
    /** No electron crosses the interface: ΔG does not depend on the electrode potential. */
    CHEMICAL;

    /** The file keyword: {@code electrochemical} (aliases {@code che}, {@code pcet}) or {@code chemical}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a file keyword.
     *
     * @return the kind, or {@code null} when the text is none of the keywords
     */
    public static StepKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "electrochemical":
            case "che":
            case "pcet":
            case "proton-electron":
                return ELECTROCHEMICAL;
            case "chemical":
            case "chem":
                return CHEMICAL;
            default:
                return null;
        }
    }
}
