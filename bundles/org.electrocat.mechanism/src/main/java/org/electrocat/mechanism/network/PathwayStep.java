package org.electrocat.mechanism.network;

import java.util.Objects;

/**
 * One elementary step of a {@link Pathway}, from state {@code k} to state {@code k + 1}.
 *
 * <p>Sign convention (reduction positive): {@code electrons} and {@code protons} are the numbers
 * <em>consumed</em> by the step, so {@code *NO3 + 2 H⁺ + 2 e⁻ → *NO2 + H2O} has electrons 2, protons
 * 2, and the oxidative adsorption {@code NO3⁻ + * → *NO3 + e⁻} has electrons −1, protons 0.
 *
 * @param kind         electrochemical or chemical; a chemical step has {@code electrons == 0}
 * @param electrons    electrons consumed (negative when released)
 * @param protons      protons consumed (negative when released); hydroxide released counts as a
 *                     proton consumed, which is thermodynamically the same on the RHE scale
 * @param dGReference  step free energy ΔG at the pathway's {@link CheReference}, in eV
 * @param illustrative true when an energy this step depends on is not a published or computed value
 * @param line         line of the step in its source file (for messages), or -1
 */
public record PathwayStep(StepKind kind, int electrons, int protons, double dGReference, boolean illustrative,
        int line) {

    public PathwayStep {
        Objects.requireNonNull(kind, "step kind");
        if (kind == StepKind.CHEMICAL && electrons != 0) {
            throw new IllegalArgumentException("a chemical step transfers no electrons, got " + electrons);
        }
        if (kind == StepKind.ELECTROCHEMICAL && electrons == 0) {
            throw new IllegalArgumentException("an electrochemical step needs electrons != 0");
        }
        if (!Double.isFinite(dGReference)) {
            throw new IllegalArgumentException("step free energy must be finite, was " + dGReference);
        }
    }

    /** True for electron-transfer steps. */
    public boolean electrochemical() {
        return kind == StepKind.ELECTROCHEMICAL;
    }
}
