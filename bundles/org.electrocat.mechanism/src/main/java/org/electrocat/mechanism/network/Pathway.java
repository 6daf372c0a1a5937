package org.electrocat.mechanism.network;

import java.util.List;
import java.util.Objects;

/**
 * One reaction pathway on one catalyst site: the intermediates in reaction order and the elementary
 * steps between consecutive ones, with their step free energies at a {@link CheReference}. This is
 * what a free-energy diagram draws and what the computational hydrogen electrode shifts with
 * potential and pH.
 *
 * @param catalyst      catalyst name, e.g. {@code Ti4-iPrOH}
 * @param site          active site, e.g. {@code Ti}
 * @param states        intermediate labels in reaction order ({@code steps.size() + 1} of them)
 * @param illustrativeStates per state: true when its energy is illustrative (not published or computed)
 * @param steps         step k leads from {@code states.get(k)} to {@code states.get(k + 1)}
 * @param initialLevel  free energy of the first state at the reference, in eV (0 for absolute energies)
 * @param reference     conditions of the step free energies
 */
public record Pathway(String catalyst, String site, List<String> states, List<Boolean> illustrativeStates,
        List<PathwayStep> steps, double initialLevel, CheReference reference) {

    public Pathway {
        Objects.requireNonNull(catalyst, "catalyst");
        Objects.requireNonNull(site, "site");
        states = List.copyOf(states);
        illustrativeStates = List.copyOf(illustrativeStates);
        steps = List.copyOf(steps);
        Objects.requireNonNull(reference, "reference");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("pathway " + catalyst + " (" + site + ") has no step");
        }
        if (states.size() != steps.size() + 1 || illustrativeStates.size() != states.size()) {
            throw new IllegalArgumentException("pathway " + catalyst + " (" + site + "): " + states.size()
                    + " states and " + illustrativeStates.size() + " flags for " + steps.size() + " steps");
        }
        if (!Double.isFinite(initialLevel)) {
            throw new IllegalArgumentException("pathway " + catalyst + " (" + site + "): initial level not finite");
        }
    }

    /** {@code catalyst (site)}: the pathway's name in tables, legends and dataset names. */
    public String name() {
        return site.isEmpty() ? catalyst : catalyst + " (" + site + ")";
    }

    /** Label of step k, e.g. {@code *NO3 → *NO2}. */
    public String stepLabel(int k) {
        return states.get(k) + " → " + states.get(k + 1);
    }

    /** True when any state or step energy is illustrative. */
    public boolean illustrative() {
        return illustrativeStates.contains(Boolean.TRUE) || steps.stream().anyMatch(PathwayStep::illustrative);
    }
}
