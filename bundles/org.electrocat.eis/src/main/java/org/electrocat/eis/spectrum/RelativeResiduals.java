package org.electrocat.eis.spectrum;

/**
 * Residuals of a model spectrum relative to the measured modulus, Δ' = (Z' − Z'_model)/|Z| and
 * Δ'' = (Z'' − Z''_model)/|Z|, as Lin-KK plots and fit quality checks use them (Schönleber et al.
 * 2014; Boukamp 1995), and their summaries.
 */
public final class RelativeResiduals {

    private RelativeResiduals() {
    }

    /** Δ'_i = (Z'_i − model_i)/|Z_i|. */
    public static double[] real(ImpedanceData data, double[] modelRe) {
        double[] out = new double[modelRe.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (data.re()[i] - modelRe[i]) / data.modulus(i);
        }
        return out;
    }

    /** Δ''_i = (Z''_i − model_i)/|Z_i|. */
    public static double[] imag(ImpedanceData data, double[] modelIm) {
        double[] out = new double[modelIm.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (data.im()[i] - modelIm[i]) / data.modulus(i);
        }
        return out;
    }

    /** Σ (Δ'² + Δ''²), Boukamp's pseudo χ². */
    public static double sumOfSquares(double[] re, double[] im) {
        double s = 0;
        for (int i = 0; i < re.length; i++) {
            s += re[i] * re[i] + im[i] * im[i];
        }
        return s;
    }

    /** Root-mean-square over both parts, √(Σ (Δ'² + Δ''²)/2n). */
    public static double rms(double[] re, double[] im) {
        return Math.sqrt(sumOfSquares(re, im) / (2.0 * re.length));
    }
}
