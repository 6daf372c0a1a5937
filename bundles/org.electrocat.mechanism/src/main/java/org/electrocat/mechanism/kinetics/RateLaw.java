package org.electrocat.mechanism.kinetics;

/** How an electrode reaction's rate depends on the electrode potential. */
public enum RateLaw {
    /**
     * Irreversible Tafel kinetics: k(E) = k_ref·exp(−α·F·(E − E_ref)/(R·T)), k_ref the rate constant at
     * the reference potential E_ref (A. J. Bard, L. R. Faulkner, Electrochemical Methods, 2nd ed.,
     * Wiley 2001, eq. 3.4.13 with the back reaction neglected).
     */
    TAFEL,
    /**
     * Butler–Volmer kinetics with the back reaction: net rate k⁰·[c_ox·exp(−α·f·(E − E⁰′)) −
     * c_red·exp((1 − α)·f·(E − E⁰′))], f = F/(R·T), k⁰ the standard rate constant at the formal
     * potential E⁰′ (Bard and Faulkner, eq. 3.3.11).
     */
    BUTLER_VOLMER;

    /** The parameter keyword. */
    public String keyword() {
        return this == TAFEL ? "tafel" : "butler-volmer";
    }
}
