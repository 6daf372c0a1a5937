package org.electrocat.core.potential;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A reference scale for electrode potentials: a named reference electrode with its potential
 * against the standard hydrogen electrode at 25 °C, or the pH-dependent reversible hydrogen
 * electrode. The filling of an Ag/AgCl electrode changes its potential, so it is part of the
 * scale ({@code Ag/AgCl (sat. KCl)} 0.197 V, {@code Ag/AgCl (3 M KCl)} 0.210 V), never a hidden
 * constant; a lab with a calibrated electrode uses {@link #custom(String, double)}.
 *
 * <p>Values: Bard &amp; Faulkner, Electrochemical Methods, 2nd ed., Table C.1, and Sawyer, Sobkowiak
 * &amp; Roberts, Electrochemistry for Chemists (1995), ch. 5.
 */
public final class PotentialScale {

    public static final PotentialScale SHE = new PotentialScale("SHE", 0.0, false, null);
    public static final PotentialScale NHE = new PotentialScale("NHE", 0.0, false, null);
    public static final PotentialScale RHE = new PotentialScale("RHE", 0.0, true, null);
    public static final PotentialScale AG_AGCL_SAT_KCL = new PotentialScale("Ag/AgCl (sat. KCl)", 0.197, false, "sat. KCl");
    public static final PotentialScale AG_AGCL_3M_KCL = new PotentialScale("Ag/AgCl (3 M KCl)", 0.210, false, "3 M KCl");
    public static final PotentialScale AG_AGCL_3_5M_KCL = new PotentialScale("Ag/AgCl (3.5 M KCl)", 0.205, false, "3.5 M KCl");
    public static final PotentialScale AG_AGCL_1M_KCL = new PotentialScale("Ag/AgCl (1 M KCl)", 0.235, false, "1 M KCl");
    public static final PotentialScale SCE = new PotentialScale("SCE", 0.241, false, "sat. KCl");
    public static final PotentialScale HG_HGO_1M_KOH = new PotentialScale("Hg/HgO (1 M KOH)", 0.098, false, "1 M KOH");
    public static final PotentialScale HG_HGO_1M_NAOH = new PotentialScale("Hg/HgO (1 M NaOH)", 0.140, false, "1 M NaOH");
    public static final PotentialScale MSE_SAT_K2SO4 = new PotentialScale("Hg/Hg2SO4 (sat. K2SO4)", 0.640, false, "sat. K2SO4");
    /** A potential measured against an unspecified or pseudo reference: it cannot be converted. */
    public static final PotentialScale UNKNOWN = new PotentialScale("unspecified reference", Double.NaN, false, null);

    private static final List<PotentialScale> KNOWN = List.of(SHE, NHE, RHE, AG_AGCL_SAT_KCL, AG_AGCL_3M_KCL,
            AG_AGCL_3_5M_KCL, AG_AGCL_1M_KCL, SCE, HG_HGO_1M_KOH, HG_HGO_1M_NAOH, MSE_SAT_K2SO4);

    private final String name;
    private final double offsetVsShe;
    private final boolean phDependent;
    private final String filling;

    private PotentialScale(String name, double offsetVsShe, boolean phDependent, String filling) {
        this.name = name;
        this.offsetVsShe = offsetVsShe;
        this.phDependent = phDependent;
        this.filling = filling;
    }

    /** A reference electrode with a user-given potential vs SHE in volts (e.g. a calibrated Ag/AgCl). */
    public static PotentialScale custom(String name, double offsetVsSheVolts) {
        if (!Double.isFinite(offsetVsSheVolts)) {
            throw new IllegalArgumentException("reference '" + name + "' needs a finite potential vs SHE");
        }
        return new PotentialScale(name, offsetVsSheVolts, false, null);
    }

    /** The display name, e.g. {@code Ag/AgCl (sat. KCl)}. */
    public String name() {
        return name;
    }

    /** Potential of the reference vs SHE at 25 °C in volts; {@code NaN} for {@link #UNKNOWN}; 0 for RHE (pH-dependent). */
    public double offsetVsShe() {
        return offsetVsShe;
    }

    /** True for the RHE, whose position against SHE moves with pH. */
    public boolean isPhDependent() {
        return phDependent;
    }

    /** The electrolyte filling of the reference electrode, if the scale has one. */
    public String filling() {
        return filling;
    }

    /** True when potentials on this scale can be converted to other scales. */
    public boolean isConvertible() {
        return !Double.isNaN(offsetVsShe);
    }

    /**
     * Finds a scale from text as files and users write it: {@code Ag/AgCl}, {@code Ag/AgCl sat KCl},
     * {@code Ag/AgCl (3M KCl)}, {@code SCE}, {@code RHE}, {@code SHE}, {@code Hg/HgO}. A bare
     * "Ag/AgCl" means saturated KCl, the commonest filling; the report names the scale so a reader
     * sees the assumption. A number ({@code "0.205"}) is a custom reference vs SHE.
     *
     * @throws IllegalArgumentException naming the text when no scale matches
     */
    public static PotentialScale parse(String text) {
        String t = text.trim();
        String n = t.toLowerCase(Locale.ROOT).replace(" ", "").replace(".", "").replace("vs", "");
        for (PotentialScale s : KNOWN) {
            if (s.name.toLowerCase(Locale.ROOT).replace(" ", "").replace(".", "").equals(n)) {
                return s;
            }
        }
        if (n.startsWith("ag/agcl") || n.startsWith("agcl")) {
            if (n.contains("3m") && n.contains("3.5") || n.contains("35m")) {
                return AG_AGCL_3_5M_KCL;
            }
            if (n.contains("3m")) {
                return AG_AGCL_3M_KCL;
            }
            if (n.contains("1m")) {
                return AG_AGCL_1M_KCL;
            }
            return AG_AGCL_SAT_KCL;
        }
        if (n.startsWith("hg/hgo")) {
            return n.contains("naoh") ? HG_HGO_1M_NAOH : HG_HGO_1M_KOH;
        }
        if (n.startsWith("sce") || n.contains("calomel")) {
            return SCE;
        }
        if (n.startsWith("mse") || n.startsWith("hg/hg2so4")) {
            return MSE_SAT_K2SO4;
        }
        if (n.startsWith("rhe")) {
            return RHE;
        }
        if (n.startsWith("she") || n.startsWith("nhe")) {
            return SHE;
        }
        if (n.equals("ref") || n.equals("unknown") || n.isEmpty()) {
            return UNKNOWN;
        }
        try {
            return custom("custom (" + t + " V vs SHE)", Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unknown reference electrode '" + text
                    + "'; known: SHE, RHE, SCE, Ag/AgCl (sat. KCl | 3 M KCl | 3.5 M KCl | 1 M KCl), Hg/HgO, MSE, or a number in V vs SHE");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PotentialScale p && p.name.equals(name)
                && Double.compare(p.offsetVsShe, offsetVsShe) == 0 && p.phDependent == phDependent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, offsetVsShe, phDependent);
    }

    /** {@code vs Ag/AgCl (sat. KCl)}: ready to append to a potential. */
    @Override
    public String toString() {
        return "vs " + name;
    }
}
