package org.electrocat.ms.chem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Group abbreviations usable in formulas ({@code Ag4Pd2(SR)8}, {@code Ti4O2(TBC[4])2(iPrO)4}): a
 * name, the formula it stands for and what it is. Names are case-sensitive and may contain letters,
 * digits, brackets, {@code *} and {@code '}; in a formula the longest matching abbreviation wins
 * over an element symbol of the same or shorter length (so {@code SR} is thiophenolate, not S + R).
 * The default table avoids names that spell a tabulated element ({@code Pr} is praseodymium; propyl
 * is {@code nPr}).
 */
public final class Abbreviations {

    /** One abbreviation. */
    public record Entry(String name, String formula, String description) {
    }

    private static final Abbreviations DEFAULTS = new Abbreviations(defaultTable());

    private final Map<String, Entry> entries;

    private Abbreviations(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** The default table (ligands and solvents of the reference study and common organic groups). */
    public static Abbreviations defaults() {
        return DEFAULTS;
    }

    /** No abbreviations at all. */
    public static Abbreviations none() {
        return new Abbreviations(new LinkedHashMap<>());
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    /**
     * This table plus (or overriding) {@code name = formula}.
     *
     * @throws IllegalArgumentException when the name is empty or has characters a formula cannot hold
     */
    public Abbreviations with(String name, String formula, String description) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || !n.matches("[A-Za-z][A-Za-z0-9\\[\\]*']*")) {
            throw new IllegalArgumentException("abbreviation name '" + name + "' must start with a letter and hold only"
                    + " letters, digits, [ ] * or '");
        }
        if (formula == null || formula.isBlank()) {
            throw new IllegalArgumentException("abbreviation '" + n + "' has no formula");
        }
        Map<String, Entry> m = new LinkedHashMap<>(entries);
        m.put(n, new Entry(n, formula.trim(), description == null ? "" : description));
        return new Abbreviations(m);
    }

    /**
     * This table plus the definitions in {@code spec}: {@code "Name=Formula; Name2=Formula2"}
     * (separators {@code ;} or new lines). An empty spec returns this table.
     *
     * @throws IllegalArgumentException naming the definition that has no {@code =}
     */
    public Abbreviations withDefinitions(String spec) {
        Abbreviations a = this;
        if (spec == null || spec.isBlank()) {
            return a;
        }
        for (String def : spec.split("[;\\n]")) {
            if (def.isBlank()) {
                continue;
            }
            int eq = def.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("abbreviation definition '" + def.trim() + "' needs the form"
                        + " Name=Formula");
            }
            a = a.with(def.substring(0, eq), def.substring(eq + 1), "user-defined");
        }
        return a;
    }

    private static Map<String, Entry> defaultTable() {
        Map<String, Entry> m = new LinkedHashMap<>();
        put(m, "SR", "C8H9S", "2,4-dimethylthiophenolate (reference study)");
        put(m, "TBC[4]", "C44H52O4", "4-tert-butylcalix[4]arene tetra-anion (reference study)");
        put(m, "DCM", "CH2Cl2", "dichloromethane");
        put(m, "iPrO", "C3H7O", "isopropoxide");
        put(m, "iPrOH", "C3H8O", "isopropanol");
        put(m, "iPr", "C3H7", "isopropyl");
        put(m, "nPr", "C3H7", "n-propyl");
        put(m, "Me", "CH3", "methyl");
        put(m, "Et", "C2H5", "ethyl");
        put(m, "Bu", "C4H9", "butyl");
        put(m, "tBu", "C4H9", "tert-butyl");
        put(m, "Ph", "C6H5", "phenyl");
        put(m, "Bn", "C7H7", "benzyl");
        put(m, "Cy", "C6H11", "cyclohexyl");
        put(m, "Ac", "C2H3O", "acetyl");
        put(m, "OAc", "C2H3O2", "acetate");
        put(m, "OMe", "CH3O", "methoxide");
        put(m, "OEt", "C2H5O", "ethoxide");
        put(m, "OTf", "CF3O3S", "triflate");
        put(m, "Ts", "C7H7O2S", "tosyl");
        put(m, "Cp", "C5H5", "cyclopentadienyl");
        put(m, "Cp*", "C10H15", "pentamethylcyclopentadienyl");
        put(m, "MeCN", "C2H3N", "acetonitrile");
        put(m, "MeOH", "CH4O", "methanol");
        put(m, "EtOH", "C2H6O", "ethanol");
        put(m, "THF", "C4H8O", "tetrahydrofuran");
        put(m, "DMF", "C3H7NO", "N,N-dimethylformamide");
        put(m, "DMSO", "C2H6OS", "dimethyl sulfoxide");
        put(m, "TFA", "C2HF3O2", "trifluoroacetic acid");
        put(m, "py", "C5H5N", "pyridine");
        put(m, "bpy", "C10H8N2", "2,2'-bipyridine");
        put(m, "phen", "C12H8N2", "1,10-phenanthroline");
        put(m, "PPh3", "C18H15P", "triphenylphosphine");
        return m;
    }

    private static void put(Map<String, Entry> m, String name, String formula, String description) {
        m.put(name, new Entry(name, formula, description));
    }
}
