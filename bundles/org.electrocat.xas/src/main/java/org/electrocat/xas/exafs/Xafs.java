package org.electrocat.xas.exafs;

/**
 * The photoelectron wavenumber of EXAFS: k = √(2 mₑ (E − E0))/ħ, i.e. k² = {@link #ETOK}·(E − E0)
 * with E in eV and k in Å⁻¹ (ETOK ≈ 0.2625 eV⁻¹ Å⁻²; computed here from CODATA 2018 constants).
 */
public final class Xafs {

    /** 2mₑ/ħ² in eV⁻¹ Å⁻² (CODATA 2018: mₑ, ħ, e). */
    public static final double ETOK;

    static {
        double me = 9.1093837015e-31;
        double hbar = 1.054571817e-34;
        double e = 1.602176634e-19;
        ETOK = 2 * me * e / (hbar * hbar) * 1e-20;
    }

    private Xafs() {
    }

    /** k in Å⁻¹ for energy E (eV) above E0; negative below the edge (−√(ETOK·|E − E0|)). */
    public static double k(double energy, double e0) {
        double d = energy - e0;
        return Math.signum(d) * Math.sqrt(ETOK * Math.abs(d));
    }

    /** Energy in eV for wavenumber k (Å⁻¹) above E0. */
    public static double energy(double k, double e0) {
        return e0 + k * k / ETOK;
    }
}
