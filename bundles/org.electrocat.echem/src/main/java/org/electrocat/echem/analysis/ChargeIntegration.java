package org.electrocat.echem.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.core.model.Dataset;
import org.electrocat.echem.numeric.GappedIntegral;

/**
 * The charge passed in a chronoamperogram: Q = ∫|I| dt over a time window by the trapezoid rule
 * ({@link GappedIntegral#integrateAbs}), the signed net charge, the mean current and the duration,
 * with a standard uncertainty combining the discretisation error (Richardson estimate) and a
 * relative current uncertainty in quadrature, plus warnings for NaN samples, non-monotonic time
 * and currents that change sign.
 *
 * @param charge       Q = ∫|I| dt in C
 * @param chargeU      standard uncertainty of Q in C
 * @param netCharge    ∫ I dt in C (signed)
 * @param duration     window length in s (last minus first time used)
 * @param meanCurrent  net charge / duration in A (signed)
 * @param from         first sample used
 * @param to           end of samples used (exclusive)
 * @param time         the time column in s (whole record)
 * @param current      the current column in A (whole record)
 * @param warnings     problems worked around
 */
record ChargeIntegration(double charge, double chargeU, double netCharge, double duration, double meanCurrent,
        int from, int to, double[] time, double[] current, List<String> warnings) {

    /**
     * Integrates {@code d} over {@code [tStart, tEnd]} ({@code tEnd <= tStart}: to the end).
     *
     * @param relCurrentU relative standard uncertainty of the current readings (0.001 = 0.1 %)
     */
    static ChargeIntegration of(Dataset d, double tStart, double tEnd, double relCurrentU) {
        double[] t = EchemInputs.timeSeconds(d);
        double[] i = EchemInputs.currentAmperes(d);
        int[] w = EchemInputs.window(d, t, tStart, tEnd);
        GappedIntegral.Integral abs = GappedIntegral.integrateAbs(t, i, w[0], w[1]);
        GappedIntegral.Integral net = GappedIntegral.integrate(t, i, w[0], w[1]);
        List<String> warnings = new ArrayList<>();
        if (abs.skippedNaN() > 0) {
            warnings.add(String.format(Locale.ROOT, "dataset '%s': %d intervals with NaN time or current were"
                    + " skipped in the charge integral", d.id(), abs.skippedNaN()));
        }
        if (abs.skippedNonMonotonic() > 0) {
            warnings.add(String.format(Locale.ROOT, "dataset '%s': time does not increase at %d places (e.g."
                    + " concatenated runs); those intervals were skipped", d.id(), abs.skippedNonMonotonic()));
        }
        if (Math.abs(Math.abs(net.value()) - abs.value()) > 1e-6 * abs.value()) {
            warnings.add(String.format(Locale.ROOT, "dataset '%s': the current changes sign; Q = ∫|I|dt = %.6g C"
                    + " differs from the net charge %.6g C", d.id(), abs.value(), net.value()));
        }
        double disc = Double.isNaN(abs.errorEstimate()) ? 0 : abs.errorEstimate();
        double u = Math.hypot(disc, relCurrentU * abs.value());
        double duration = lastFinite(t, w[0], w[1], false) - lastFinite(t, w[0], w[1], true);
        if (!(duration > 0)) {
            throw new IllegalArgumentException("dataset '" + d.id() + "': the time window has no duration");
        }
        return new ChargeIntegration(abs.value(), u, net.value(), duration, net.value() / duration, w[0], w[1], t, i,
                List.copyOf(warnings));
    }

    private static double lastFinite(double[] t, int from, int to, boolean first) {
        if (first) {
            for (int k = from; k < to; k++) {
                if (Double.isFinite(t[k])) {
                    return t[k];
                }
            }
        } else {
            for (int k = to - 1; k >= from; k--) {
                if (Double.isFinite(t[k])) {
                    return t[k];
                }
            }
        }
        return Double.NaN;
    }
}
