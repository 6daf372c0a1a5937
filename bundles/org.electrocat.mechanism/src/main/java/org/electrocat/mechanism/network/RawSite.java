package org.electrocat.mechanism.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a network file says about one catalyst site before it is checked and ordered: the
 * intermediates with their free energies (already in eV) and the steps as written. Shared by the
 * YAML and CSV parsers; {@link NetworkAssembler} turns it into a {@link Pathway}.
 */
final class RawSite {

    /**
     * An intermediate (or a shared species).
     *
     * @param name         name used by steps, e.g. {@code *NO3}
     * @param label        label for diagrams (defaults to the name)
     * @param freeEnergy   G in eV (given, or E_DFT + ZPE − T·S); NaN in the step-energies basis
     * @param illustrative true when the value is not a published or computed one
     * @param line         source line
     */
    record Intermediate(String name, String label, double freeEnergy, boolean illustrative, int line) {
    }

    /**
     * A step as written.
     *
     * @param index    0-based position in the file's step list (for field names)
     * @param consumes shared species consumed, with stoichiometric coefficients (species basis only)
     * @param releases shared species released, with coefficients (species basis only)
     * @param dG       the step's free energy in eV (step-energies basis), else NaN
     * @param illustrative true when the file marks the step's dG illustrative (step-energies basis)
     */
    record Step(int index, String from, String to, StepKind kind, int electrons, int protons,
            Map<String, Double> consumes, Map<String, Double> releases, double dG, boolean illustrative, int line) {
    }

    final String catalyst;
    final String site;
    final int line;
    final Map<String, Intermediate> intermediates = new LinkedHashMap<>();
    final List<Step> steps = new ArrayList<>();

    RawSite(String catalyst, String site, int line) {
        this.catalyst = catalyst;
        this.site = site;
        this.line = line;
    }

    String name() {
        return site.isEmpty() ? catalyst : catalyst + " (" + site + ")";
    }
}
