package org.electrocat.eis.drt;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.eis.spectrum.ImpedanceData;
import org.electrocat.eis.spectrum.RelativeResiduals;
import org.electrocat.math.signal.PeakCriteria;
import org.electrocat.math.signal.PeakFinder;
import org.electrocat.math.signal.Peaks;

/**
 * Distribution of relaxation times (DRT) by Tikhonov-regularised, non-negative least squares
 * (T. H. Wan, M. Saccoccio, C. Chen, F. Ciucci, Electrochim. Acta 184 (2015) 483, the method of
 * DRTtools/pyDRTtools, here with a piecewise-constant γ on a log-spaced τ grid):
 *
 * <pre>
 * Z(ω) = R∞ [+ jωL] + ∫ γ(ln τ)/(1 + jωτ) d ln τ ≈ R∞ + Σ_k γ_k Δ/(1 + jωτ_k),
 * minimise Σ_i |Z_i − Z(ω_i)|²/|Z_i|² + λ ‖D γ/Z_s‖²   subject to γ ≥ 0, R∞ ≥ 0, L ≥ 0
 * </pre>
 *
 * with Δ the grid step in ln τ, D the first- or second-difference matrix (order 1 or 2) and Z_s
 * the median |Z|, which makes λ independent of the impedance scale. The τ grid spans one decade
 * beyond 1/ω_max and 1/ω_min. Solved by Lawson–Hanson NNLS on the stacked system. Peaks of γ are
 * found by prominence (at least 1 % of the largest γ) and their resistance is ∫γ d ln τ between the
 * lowest points that separate a peak from its neighbours; Σγ_kΔ is the polarisation resistance.
 */
public final class RelaxationTimes {

    /**
     * Settings.
     *
     * @param lambda          regularisation λ (dimensionless, e.g. 1e-3)
     * @param pointsPerDecade τ grid density (e.g. 10)
     * @param order           order of the difference penalty, 0 (ridge), 1 or 2
     * @param inductance      include a series inductor
     */
    public record Settings(double lambda, int pointsPerDecade, int order, boolean inductance) {
        public Settings {
            if (!(lambda >= 0) || !Double.isFinite(lambda)) {
                throw new IllegalArgumentException("lambda = " + lambda + "; a finite value ≥ 0 is required");
            }
            if (pointsPerDecade < 1 || pointsPerDecade > 100) {
                throw new IllegalArgumentException("pointsPerDecade = " + pointsPerDecade + "; 1..100 required");
            }
            if (order < 0 || order > 2) {
                throw new IllegalArgumentException("penalty order " + order + "; 0, 1 or 2 required");
            }
        }
    }

    /** A DRT peak: time constant, its characteristic frequency 1/(2πτ), height and resistance. */
    public record Peak(double tau, double frequency, double gamma, double resistance) {
    }

    /**
     * The distribution.
     *
     * @param tau          τ grid in s
     * @param gamma        γ(ln τ) in Ω
     * @param rInf         R∞ in Ω
     * @param inductance   L in H (0 without inductor)
     * @param polarisation Σ γ_k Δ in Ω
     * @param peaks        peaks in ascending τ
     * @param fitRe        model Z' at the measured frequencies, Ω
     * @param fitIm        model Z'' at the measured frequencies, Ω
     * @param rms          RMS of the residuals relative to |Z|
     */
    public record Drt(double[] tau, double[] gamma, double rInf, double inductance, double polarisation,
            List<Peak> peaks, double[] fitRe, double[] fitIm, double rms) {
    }

    private RelaxationTimes() {
    }

    /** Computes the DRT of a spectrum. */
    public static Drt compute(ImpedanceData data, Settings s) {
        int n = data.size();
        double fMin = Double.POSITIVE_INFINITY;
        double fMax = 0;
        double[] mod = new double[n];
        for (int i = 0; i < n; i++) {
            fMin = Math.min(fMin, data.frequency()[i]);
            fMax = Math.max(fMax, data.frequency()[i]);
            mod[i] = data.modulus(i);
        }
        double[] sorted = mod.clone();
        java.util.Arrays.sort(sorted);
        double zs = sorted[n / 2];
        double step = Math.log(10) / s.pointsPerDecade();
        double lo = Math.log(1 / (2 * Math.PI * fMax)) - Math.log(10);
        double hi = Math.log(1 / (2 * Math.PI * fMin)) + Math.log(10);
        int k = (int) Math.ceil((hi - lo) / step) + 1;
        if (k > 2000) {
            throw new IllegalArgumentException("a τ grid of " + k + " points is too large; lower pointsPerDecade");
        }
        double[] tau = new double[k];
        for (int j = 0; j < k; j++) {
            tau[j] = Math.exp(lo + j * step);
        }
        double wMax = 2 * Math.PI * fMax;
        int cols = k + 1 + (s.inductance() ? 1 : 0);
        int penalty = s.lambda() > 0 ? k - s.order() : 0;
        double[][] a = new double[2 * n + penalty][cols];
        double[] b = new double[2 * n + penalty];
        for (int i = 0; i < n; i++) {
            double w = 2 * Math.PI * data.frequency()[i];
            double g = zs / mod[i];
            for (int j = 0; j < k; j++) {
                double x = w * tau[j];
                double d = step / (1 + x * x);
                a[i][j] = d * g;
                a[n + i][j] = -x * d * g;
            }
            a[i][k] = g;
            if (s.inductance()) {
                a[n + i][k + 1] = w / wMax * g;
            }
            b[i] = data.re()[i] / mod[i];
            b[n + i] = data.im()[i] / mod[i];
        }
        double root = Math.sqrt(s.lambda());
        int[][] stencils = {{1}, {-1, 1}, {1, -2, 1}};
        int[] st = stencils[s.order()];
        for (int r = 0; r < penalty; r++) {
            for (int q = 0; q < st.length; q++) {
                a[2 * n + r][r + q] = root * st[q];
            }
        }
        double[] x = NonNegativeLeastSquares.solve(a, b, 10 * cols);
        double[] gamma = new double[k];
        double rp = 0;
        for (int j = 0; j < k; j++) {
            gamma[j] = x[j] * zs;
            rp += gamma[j] * step;
        }
        double rInf = x[k] * zs;
        double inductance = s.inductance() ? x[k + 1] * zs / wMax : 0;
        double[] fitRe = new double[n];
        double[] fitIm = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < cols; j++) {
                fitRe[i] += a[i][j] * x[j];
                fitIm[i] += a[n + i][j] * x[j];
            }
            fitRe[i] *= mod[i];
            fitIm[i] *= mod[i];
        }
        double rms = RelativeResiduals.rms(RelativeResiduals.real(data, fitRe), RelativeResiduals.imag(data, fitIm));
        return new Drt(tau, gamma, rInf, inductance, rp, peaks(tau, gamma, step), fitRe, fitIm, rms);
    }

    private static List<Peak> peaks(double[] tau, double[] gamma, double step) {
        double max = 0;
        for (double g : gamma) {
            max = Math.max(max, g);
        }
        List<Peak> out = new ArrayList<>();
        if (max <= 0) {
            return out;
        }
        // pad with zeros so that a peak at the grid's edge is still a local maximum
        double[] padded = new double[gamma.length + 2];
        System.arraycopy(gamma, 0, padded, 1, gamma.length);
        Peaks p = PeakFinder.findPeaks(padded, PeakCriteria.none().prominence(0.01 * max));
        int count = p.count();
        // each peak owns the grid from the lowest point between it and its left neighbour to the
        // lowest point between it and its right neighbour
        int[] at = new int[count];
        for (int m = 0; m < count; m++) {
            at[m] = p.indices()[m] - 1;
        }
        int[] bound = new int[count + 1];
        bound[0] = 0;
        bound[count] = gamma.length;
        for (int m = 1; m < count; m++) {
            int low = at[m - 1];
            for (int j = at[m - 1]; j <= at[m]; j++) {
                low = gamma[j] < gamma[low] ? j : low;
            }
            bound[m] = low;
        }
        for (int m = 0; m < count; m++) {
            double r = 0;
            for (int j = bound[m]; j < bound[m + 1]; j++) {
                r += gamma[j] * step;
            }
            out.add(new Peak(tau[at[m]], 1 / (2 * Math.PI * tau[at[m]]), gamma[at[m]], r));
        }
        return out;
    }
}
