package org.electrocat.eis.kk;

import org.electrocat.eis.spectrum.ImpedanceData;
import org.electrocat.eis.spectrum.RelativeResiduals;

/**
 * Outcome of a {@link LinKramersKronig} test: the KK-compliant model (R0, R_k at τ_k, L, C), µ,
 * the model at the measured frequencies and the residuals relative to |Z|.
 *
 * @param data         the tested spectrum
 * @param type         fit type used
 * @param capacitor    whether a series capacitor was included
 * @param tau          time constants τ_k in s
 * @param r0           ohmic resistance in Ω
 * @param resistances  R_k in Ω
 * @param inductance   series inductance in H
 * @param capacitance  series capacitance in F (+∞ when none)
 * @param mu           µ = 1 − Σ|R_k&lt;0| / Σ|R_k≥0|
 * @param fitRe        Z'_KK at the measured frequencies, Ω
 * @param fitIm        Z''_KK at the measured frequencies, Ω
 * @param c            µ threshold used to choose M (NaN when M was given)
 * @param muReached    true when µ fell to c at the chosen M
 */
public record KkResult(ImpedanceData data, LinKramersKronig.FitType type, boolean capacitor, double[] tau, double r0,
        double[] resistances, double inductance, double capacitance, double mu, double[] fitRe, double[] fitIm,
        double c, boolean muReached) {

    /** Number of RC elements M. */
    public int elements() {
        return tau.length;
    }

    KkResult withCriterion(double threshold, boolean reached) {
        return new KkResult(data, type, capacitor, tau, r0, resistances, inductance, capacitance, mu, fitRe, fitIm,
                threshold, reached);
    }

    /** Δ'_i = (Z'_i − Z'_KK,i)/|Z_i|. */
    public double[] residualsRe() {
        return RelativeResiduals.real(data, fitRe);
    }

    /** Δ''_i = (Z''_i − Z''_KK,i)/|Z_i|. */
    public double[] residualsIm() {
        return RelativeResiduals.imag(data, fitIm);
    }

    /** Root-mean-square of Δ' and Δ'' together (the batch quality number users ask for, impedance.py#309). */
    public double rms() {
        return RelativeResiduals.rms(residualsRe(), residualsIm());
    }

    /** Boukamp's pseudo χ² = Σ (Δ'² + Δ''²). */
    public double pseudoChiSquare() {
        return RelativeResiduals.sumOfSquares(residualsRe(), residualsIm());
    }

    /**
     * Indices of points whose |Δ'| or |Δ''| exceeds the tolerance.
     *
     * @param tolerance relative tolerance, e.g. 0.01 for 1 %
     */
    public int[] outliers(double tolerance) {
        double[] a = residualsRe();
        double[] b = residualsIm();
        int[] idx = new int[a.length];
        int k = 0;
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i]) > tolerance || Math.abs(b[i]) > tolerance) {
                idx[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(idx, k);
    }
}
