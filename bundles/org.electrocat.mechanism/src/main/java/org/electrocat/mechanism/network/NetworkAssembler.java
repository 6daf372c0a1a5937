package org.electrocat.mechanism.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrocat.api.FormatException;

/**
 * Checks one site's intermediates and steps and orders the steps into a single chain, then computes
 * each step's free energy at the reference conditions.
 *
 * <p>Structure rules, each violation a {@link FormatException} at the offending line: every step
 * names known intermediates; the steps form one linear sequence (no state left twice or entered
 * twice, no step back to its own state, no cycle, no disconnected pieces); every intermediate is
 * used. Step free energies: in the {@code step-energies} basis the step's own dG; in the
 * {@code state-levels} basis ΔG = G(to) − G(from), the levels
 * already holding spectator species and (H⁺ + e⁻) pairs; in the {@code species} basis
 * ΔG = G(to) − G(from) + Σν·G(released) − Σν·G(consumed) − n_H⁺·½G(H₂), the computational hydrogen
 * electrode of Nørskov et al. (J. Phys. Chem. B 108 (2004) 17886) with μ(H⁺) = ½G(H₂) at pH 0 and
 * μ(e⁻) = 0 at 0 V vs SHE, so the result refers to 0 V vs RHE at pH 0.
 */
final class NetworkAssembler {

    private final String file;

    NetworkAssembler(String file) {
        this.file = file;
    }

    private FormatException error(int line, String field, String problem) {
        return new FormatException(file, line, field, problem, null);
    }

    /**
     * @param species   shared species by name (species basis), else empty
     * @param reference conditions the energies refer to
     */
    Pathway assemble(RawSite raw, EnergyBasis basis, Map<String, RawSite.Intermediate> species,
            CheReference reference) throws FormatException {
        String where = "site " + raw.name();
        if (raw.steps.isEmpty()) {
            throw error(raw.line, "steps", where + " has no steps");
        }
        for (RawSite.Step s : raw.steps) {
            known(raw, s.from(), s, "from");
            known(raw, s.to(), s, "to");
            if (s.from().equals(s.to())) {
                throw error(s.line(), field(s, "to"), "step leads from '" + s.from()
                        + "' back to itself: a cycle, not a reaction step");
            }
        }
        List<RawSite.Step> chain = chain(raw);
        Set<String> used = new HashSet<>();
        for (RawSite.Step s : chain) {
            used.add(s.from());
            used.add(s.to());
        }
        for (RawSite.Intermediate i : raw.intermediates.values()) {
            if (!used.contains(i.name())) {
                throw error(i.line(), "intermediates", where + ": intermediate '" + i.name()
                        + "' is not used by any step (a typo in a step, or a state of another pathway?)");
            }
        }
        List<String> states = new ArrayList<>();
        List<Boolean> flags = new ArrayList<>();
        List<PathwayStep> steps = new ArrayList<>();
        RawSite.Intermediate first = raw.intermediates.get(chain.get(0).from());
        states.add(first.label());
        flags.add(first.illustrative());
        boolean stepsSoFarIllustrative = false;
        for (RawSite.Step s : chain) {
            RawSite.Intermediate a = raw.intermediates.get(s.from());
            RawSite.Intermediate b = raw.intermediates.get(s.to());
            double dg;
            boolean illustrative;
            if (basis == EnergyBasis.STEP_ENERGIES) {
                dg = s.dG();
                illustrative = s.illustrative();
                if (Double.isNaN(dg)) {
                    throw error(s.line(), field(s, "dG"), "missing energy: the step-energies basis needs the step's dG");
                }
            } else {
                dg = b.freeEnergy() - a.freeEnergy();
                illustrative = a.illustrative() || b.illustrative();
            }
            if (basis == EnergyBasis.SPECIES) {
                for (Map.Entry<String, Double> e : s.releases().entrySet()) {
                    RawSite.Intermediate sp = speciesOf(species, e.getKey(), s, "releases");
                    dg += e.getValue() * sp.freeEnergy();
                    illustrative |= sp.illustrative();
                }
                for (Map.Entry<String, Double> e : s.consumes().entrySet()) {
                    RawSite.Intermediate sp = speciesOf(species, e.getKey(), s, "consumes");
                    dg -= e.getValue() * sp.freeEnergy();
                    illustrative |= sp.illustrative();
                }
                if (s.protons() != 0) {
                    RawSite.Intermediate h2 = species.get("H2");
                    if (h2 == null) {
                        throw error(s.line(), field(s, "protons"), "the species basis needs a species 'H2' for"
                                + " the computational hydrogen electrode (μ(H⁺ + e⁻) = ½ G(H₂))");
                    }
                    dg -= s.protons() * 0.5 * h2.freeEnergy();
                    illustrative |= h2.illustrative();
                }
            }
            try {
                steps.add(new PathwayStep(s.kind(), s.electrons(), s.protons(), dg, illustrative, s.line()));
            } catch (IllegalArgumentException e) {
                throw error(s.line(), field(s, "electrons"), e.getMessage());
            }
            states.add(b.label());
            // a level reached through an illustrative step value is itself illustrative
            stepsSoFarIllustrative |= illustrative;
            flags.add(basis == EnergyBasis.STEP_ENERGIES ? stepsSoFarIllustrative : b.illustrative());
        }
        double initial = basis == EnergyBasis.STATE_LEVELS ? first.freeEnergy() : 0;
        return new Pathway(raw.catalyst, raw.site, states, flags, steps, initial, reference);
    }

    private static String field(RawSite.Step s, String key) {
        return "steps[" + s.index() + "]." + key;
    }

    private void known(RawSite raw, String name, RawSite.Step s, String key) throws FormatException {
        if (!raw.intermediates.containsKey(name)) {
            throw error(s.line(), field(s, key), "unknown intermediate '" + name + "' on site " + raw.name()
                    + "; its intermediates are " + raw.intermediates.keySet());
        }
    }

    private RawSite.Intermediate speciesOf(Map<String, RawSite.Intermediate> species, String name, RawSite.Step s,
            String key) throws FormatException {
        RawSite.Intermediate sp = species.get(name);
        if (sp == null) {
            throw error(s.line(), field(s, key), "unknown species '" + name + "'; the file's species are "
                    + species.keySet());
        }
        return sp;
    }

    /** The steps in reaction order: one start, every state left and entered at most once, no cycle. */
    private List<RawSite.Step> chain(RawSite raw) throws FormatException {
        Map<String, RawSite.Step> byFrom = new HashMap<>();
        Map<String, RawSite.Step> byTo = new HashMap<>();
        for (RawSite.Step s : raw.steps) {
            RawSite.Step other = byFrom.put(s.from(), s);
            if (other != null) {
                throw error(s.line(), field(s, "from"), "'" + s.from() + "' is left by two steps (lines "
                        + other.line() + " and " + s.line() + "); a pathway is one linear sequence: put a branch"
                        + " in a site of its own");
            }
            other = byTo.put(s.to(), s);
            if (other != null) {
                throw error(s.line(), field(s, "to"), "'" + s.to() + "' is reached by two steps (lines "
                        + other.line() + " and " + s.line() + "); a pathway is one linear sequence");
            }
        }
        List<RawSite.Step> starts = new ArrayList<>();
        for (RawSite.Step s : raw.steps) {
            if (!byTo.containsKey(s.from())) {
                starts.add(s);
            }
        }
        if (starts.isEmpty()) {
            RawSite.Step s = raw.steps.get(0);
            throw error(s.line(), field(s, "to"), "the steps of site " + raw.name() + " form a cycle ("
                    + cycle(s, byFrom) + ") with no starting state");
        }
        if (starts.size() > 1) {
            RawSite.Step s = starts.get(1);
            throw error(s.line(), field(s, "from"), "site " + raw.name() + " has " + starts.size()
                    + " unconnected starting states " + starts.stream().map(RawSite.Step::from).toList()
                    + "; the steps must form one sequence");
        }
        List<RawSite.Step> chain = new ArrayList<>();
        for (RawSite.Step s = starts.get(0); s != null; s = byFrom.get(s.to())) {
            chain.add(s);
        }
        if (chain.size() < raw.steps.size()) {
            for (RawSite.Step s : raw.steps) {
                if (!chain.contains(s)) {
                    throw error(s.line(), field(s, "to"), "steps of site " + raw.name()
                            + " form a cycle apart from the pathway: " + cycle(s, byFrom));
                }
            }
        }
        return chain;
    }

    private static String cycle(RawSite.Step start, Map<String, RawSite.Step> byFrom) {
        Set<String> seen = new LinkedHashSet<>();
        RawSite.Step s = start;
        while (s != null && seen.add(s.from())) {
            s = byFrom.get(s.to());
        }
        return String.join(" → ", seen) + " → " + (s == null ? "?" : s.from());
    }
}
