package org.electrocat.mechanism.che;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.mechanism.network.Pathway;
import org.electrocat.mechanism.network.PathwayStep;

/**
 * The thermodynamic analysis of one pathway at one pH: step free energies and state levels at
 * 0 V vs RHE and at an applied potential U, the limiting potential and the potential-determining
 * step, and the largest step at U.
 *
 * <p>Limiting potential (Nørskov et al. 2004; Rossmeisl et al., J. Electroanal. Chem. 607 (2007) 83):
 * a reduction step consuming n electrons becomes downhill at U ≤ −ΔG(0)/(n·e), so all reduction steps
 * are downhill below U_L = −max_k ΔG_k(0)/(n_k·e), and the potential-determining step (PDS) is the
 * argmax. For one-electron steps this is the familiar U_L = −max ΔG/e. Steps that release electrons
 * (oxidative adsorption) are downhill only above −ΔG(0)/(n·e); the highest such bound is reported as
 * {@link #upperBoundStep} context in {@link #warnings()} when it exceeds U_L. Chemical steps do not
 * move with U; an uphill chemical step is reported as a warning. The "rate-determining step" of many
 * papers is the step with the largest ΔG, given here at U as {@link #largestStep()}.
 *
 * @param pathway        the pathway
 * @param potential      applied U in V vs RHE
 * @param pH             pH
 * @param temperature    K
 * @param dG0            step ΔG at 0 V vs RHE (eV)
 * @param dGU            step ΔG at U (eV)
 * @param levels0        state levels at 0 V vs RHE (eV)
 * @param levelsU        state levels at U (eV)
 * @param limitingPotential U_L in V vs RHE, NaN when the pathway has no reduction step
 * @param pds            index of the potential-determining step, −1 when none
 * @param largestStep    index of the step with the largest ΔG at U
 * @param upperBoundStep index of the oxidative step that bounds U from below, −1 when none
 * @param lowerPotentialBound lowest U (V vs RHE) at which every electron-releasing step is downhill, NaN when none
 * @param warnings       things the user must know (uphill chemical steps, no window, illustrative values)
 */
public record PathwayEnergetics(Pathway pathway, double potential, double pH, double temperature, double[] dG0,
        double[] dGU, double[] levels0, double[] levelsU, double limitingPotential, int pds, int largestStep,
        int upperBoundStep, double lowerPotentialBound, List<String> warnings) {

    /** Analyses the pathway at {@code uRhe} (V vs RHE) and {@code pH}. */
    public static PathwayEnergetics compute(Pathway p, double uRhe, double pH, double temperature) {
        if (!Double.isFinite(uRhe) || !Double.isFinite(pH) || !(temperature > 0)) {
            throw new IllegalArgumentException("potential, pH and temperature must be finite (T > 0), were " + uRhe
                    + " V, pH " + pH + ", " + temperature + " K");
        }
        double[] dg0 = ComputationalHydrogenElectrode.stepFreeEnergies(p, 0, pH, temperature);
        double[] dgU = ComputationalHydrogenElectrode.stepFreeEnergies(p, uRhe, pH, temperature);
        int pds = -1;
        double worst = Double.NEGATIVE_INFINITY;
        int bound = -1;
        double lower = Double.NaN;
        int largest = 0;
        List<String> warnings = new ArrayList<>();
        for (int k = 0; k < dg0.length; k++) {
            PathwayStep s = p.steps().get(k);
            if (s.electrons() > 0 && dg0[k] / s.electrons() > worst) {
                worst = dg0[k] / s.electrons();
                pds = k;
            }
            if (s.electrons() < 0) {
                double u = -dg0[k] / s.electrons();
                if (bound < 0 || u > lower) {
                    lower = u;
                    bound = k;
                }
            }
            if (!s.electrochemical() && dg0[k] > 0) {
                warnings.add(String.format(Locale.ROOT, "%s: chemical step %s is uphill by %.2f eV at any potential",
                        p.name(), p.stepLabel(k), dg0[k]));
            }
            if (dgU[k] > dgU[largest]) {
                largest = k;
            }
        }
        double ul = pds < 0 ? Double.NaN : -worst;
        if (pds < 0) {
            warnings.add(p.name() + ": no reduction step, so no limiting potential");
        } else if (bound >= 0 && lower > ul) {
            warnings.add(String.format(Locale.ROOT, "%s: no potential makes every step downhill: the reduction steps"
                    + " need U <= %.3f V vs RHE but %s needs U >= %.3f V vs RHE", p.name(), ul, p.stepLabel(bound),
                    lower));
        }
        return new PathwayEnergetics(p, uRhe, pH, temperature, dg0, dgU, ComputationalHydrogenElectrode.levels(p, dg0),
                ComputationalHydrogenElectrode.levels(p, dgU), ul, pds, largest, bound, lower, List.copyOf(warnings));
    }
}
