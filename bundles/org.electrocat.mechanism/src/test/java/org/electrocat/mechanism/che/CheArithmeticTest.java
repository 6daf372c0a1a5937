package org.electrocat.mechanism.che;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Provenance;
import org.electrocat.mechanism.network.CheReference;
import org.electrocat.mechanism.network.EnergyBasis;
import org.electrocat.mechanism.network.Pathway;
import org.electrocat.mechanism.network.PathwayDatasets;
import org.electrocat.mechanism.network.PathwayStep;
import org.electrocat.mechanism.network.ReactionNetwork;
import org.electrocat.mechanism.network.StepKind;
import org.junit.jupiter.api.Test;

/**
 * Computational-hydrogen-electrode arithmetic against values worked out by hand:
 * ΔG(U, pH) = ΔG_ref + n_e·(U − U_ref) + (n_H − n_e)·k_B·T·ln10·(pH − pH_ref) (eV, V vs RHE), with
 * k_B·T·ln10 = 8.617333262e-5 × 298.15 × 2.302585093 = 0.0591593497 eV at 298.15 K.
 */
class CheArithmeticTest {

    static final double KT_LN10 = 0.05915934968378567;
    static final double T = 298.15;

    static PathwayStep pcet(int n, double dg) {
        return new PathwayStep(StepKind.ELECTROCHEMICAL, n, n, dg, false, -1);
    }

    static Pathway chain(CheReference ref, PathwayStep... steps) {
        List<String> states = new java.util.ArrayList<>();
        for (int i = 0; i <= steps.length; i++) {
            states.add("S" + i);
        }
        return new Pathway("Cat", "site", states, Collections.nCopies(states.size(), false), List.of(steps), 0, ref);
    }

    @Test
    void phSlopeIsKTln10() {
        assertEquals(KT_LN10, ComputationalHydrogenElectrode.phSlope(T), 1e-15);
    }

    @Test
    void protonElectronPairMovesWithURheOnlyAndNotWithPh() {
        PathwayStep s = pcet(1, 0.5);
        CheReference ref = CheReference.STANDARD;
        assertEquals(0.5, ComputationalHydrogenElectrode.stepFreeEnergy(s, ref, 0, 0, T), 1e-15);
        assertEquals(0.2, ComputationalHydrogenElectrode.stepFreeEnergy(s, ref, -0.3, 0, T), 1e-15);
        // pH shift: on the RHE scale a (H+ + e-) pair is pH independent
        assertEquals(0.2, ComputationalHydrogenElectrode.stepFreeEnergy(s, ref, -0.3, 14, T), 1e-15);
        // a two-electron step moves twice as fast: 1.43 + 2 × (−0.5) = 0.43
        assertEquals(0.43, ComputationalHydrogenElectrode.stepFreeEnergy(pcet(2, 1.43), ref, -0.5, 0, T), 1e-14);
    }

    @Test
    void bareElectronTransferFeelsThePhOnTheRheScale() {
        // NO3- + * -> *NO3 + e-: n_e = -1, n_H = 0. At U = -0.5 V vs RHE, pH 13:
        // -1.58 + (-1)(-0.5) + (0 - (-1)) × 0.0591593497 × 13 = -0.3109284541
        PathwayStep s = new PathwayStep(StepKind.ELECTROCHEMICAL, -1, 0, -1.58, false, -1);
        assertEquals(-0.3109284541107864,
                ComputationalHydrogenElectrode.stepFreeEnergy(s, CheReference.STANDARD, -0.5, 13, T), 1e-12);
    }

    @Test
    void chemicalAcidBaseStepMovesWithPhOnly() {
        // a chemical step consuming one proton: +1 × 0.0591593497 per pH unit, no U dependence
        PathwayStep s = new PathwayStep(StepKind.CHEMICAL, 0, 1, 0.10, false, -1);
        assertEquals(0.10 + 7 * KT_LN10, ComputationalHydrogenElectrode.stepFreeEnergy(s, CheReference.STANDARD, -1.2,
                7, T), 1e-14);
    }

    @Test
    void energiesGivenAtAnotherReferenceAreShiftedBack() {
        // levels read off a diagram drawn at 0.2 V vs RHE and pH 7: a 2 e- step of 0.40 eV there is
        // 0.40 + 2 × (0 − 0.2) = 0.00 eV at 0 V; the bare electron step -0.30 at pH 7 becomes
        // -0.30 + (0 − (−1))·0.0591593497·(0 − 7) + (−1)(0 − 0.2) = -0.30 - 0.4141154478 + 0.2 = -0.5141154478
        CheReference ref = new CheReference(0.2, 7, T);
        assertEquals(0.0, ComputationalHydrogenElectrode.stepFreeEnergy(pcet(2, 0.40), ref, 0, 7, T), 1e-14);
        PathwayStep e = new PathwayStep(StepKind.ELECTROCHEMICAL, -1, 0, -0.30, false, -1);
        assertEquals(-0.5141154477864997, ComputationalHydrogenElectrode.stepFreeEnergy(e, ref, 0, 0, T), 1e-12);
    }

    @Test
    void limitingPotentialIsMinusTheLargestStepPerElectron() {
        Pathway p = chain(CheReference.STANDARD, pcet(1, 0.3), pcet(1, 0.8), pcet(1, -1.5));
        PathwayEnergetics e = PathwayEnergetics.compute(p, -0.2, 0, T);
        assertEquals(-0.8, e.limitingPotential(), 1e-15);
        assertEquals(1, e.pds());
        // levels at 0 V: 0, 0.3, 1.1, -0.4; at U = -0.2 V each electron lowers by 0.2 eV
        assertEquals(List.of(0.0, 0.3, 1.1, -0.4), box(e.levels0()));
        assertEquals(-0.4 - 0.6, e.levelsU()[3], 1e-14);
        assertEquals(0.6, e.dGU()[1], 1e-14);
        // at U_L every reduction step is downhill or level
        for (double dg : ComputationalHydrogenElectrode.stepFreeEnergies(p, e.limitingPotential(), 0, T)) {
            assertTrue(dg <= 1e-12, "step uphill at U_L: " + dg);
        }
    }

    @Test
    void twoElectronStepCountsPerElectron() {
        // 1.2 eV over 2 e- (0.6 per e-) is beaten by 0.7 eV over 1 e-: U_L = -0.7 V, PDS the 1 e- step,
        // while the largest step at U = 0 is still the 2 e- one (the "RDS" in the largest-ΔG sense)
        Pathway p = chain(CheReference.STANDARD, pcet(2, 1.2), pcet(1, 0.7));
        PathwayEnergetics e = PathwayEnergetics.compute(p, 0, 0, T);
        assertEquals(-0.7, e.limitingPotential(), 1e-15);
        assertEquals(1, e.pds());
        assertEquals(0, e.largestStep());
    }

    @Test
    void oxidativeStepThatCannotBeReconciledIsWarned() {
        // reduction needs U <= -0.5 V; NO3- + * -> *NO3 + e- with +0.2 eV needs U >= 0.2 V
        Pathway p = chain(CheReference.STANDARD, new PathwayStep(StepKind.ELECTROCHEMICAL, -1, 0, 0.2, false, -1),
                pcet(1, 0.5));
        PathwayEnergetics e = PathwayEnergetics.compute(p, 0, 0, T);
        assertEquals(0.2, e.lowerPotentialBound(), 1e-15);
        assertTrue(e.warnings().stream().anyMatch(w -> w.contains("no potential makes every step downhill")),
                e.warnings().toString());
    }

    @Test
    void analysisConvertsTheAppliedPotentialToRhe() {
        // U = -0.5 V vs Ag/AgCl (sat. KCl) at pH 14: -0.5 + 0.197 + 0.0591593497 × 14 = 0.5252308956 V vs RHE
        Pathway p = chain(CheReference.STANDARD, pcet(1, 0.5));
        ReactionNetwork net = new ReactionNetwork("t", "", EnergyBasis.STEP_ENERGIES, List.of(p), false, "");
        var ds = PathwayDatasets.of(net, Provenance.NONE);
        CheAnalysis a = new CheAnalysis();
        Parameters params = Parameters.resolve("test", a.parameters(),
                Map.of("potential", "-0.5 V", "scale", "Ag/AgCl (sat. KCl)", "pH", "14"));
        Result r = a.run(AnalysisContext.of("che", ds, params));
        assertEquals(1.025230895600101, r.value("dGmax.Cat_site").orElseThrow().quantity().value(), 1e-9);
        assertEquals(-0.5, r.value("UL.Cat_site").orElseThrow().quantity().value(), 1e-15);
    }

    private static List<Double> box(double[] v) {
        List<Double> out = new java.util.ArrayList<>();
        for (double d : v) {
            out.add(Math.round(d * 1e12) / 1e12);
        }
        return out;
    }
}
