package org.electrocat.eis.fit;

import java.util.Locale;

/**
 * Statistical weights of a complex nonlinear least-squares fit, as standard deviations σ of the
 * real and imaginary residuals (weights 1/σ²); see B. A. Boukamp, Solid State Ionics 20 (1986)
 * 31 and J. R. Macdonald, L. D. Potter, Solid State Ionics 23 (1987) 61.
 */
public enum Weighting {
    /** σ = 1 Ω for every residual: large impedances dominate the fit. */
    UNIT,
    /** σ = |Z_i| for both parts (impedance.py {@code weight_by_modulus=True}; Boukamp's modulus weighting). */
    MODULUS,
    /**
     * σ_re = |Z'_i|, σ_im = |Z''_i| (proportional weighting). A part that is almost zero would get an
     * enormous weight, so σ is never taken below 10⁻³·|Z_i|.
     */
    PROPORTIONAL;

    /** Floor of the proportional σ relative to |Z|. */
    static final double PROPORTIONAL_FLOOR = 1e-3;

    /** Parses {@code unit}, {@code modulus}, {@code proportional} (case-insensitive). */
    public static Weighting parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("weighting '" + text + "': expected unit, modulus or proportional");
        }
    }

    /** Name as written in parameters. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Fills 1/σ for the stacked residuals [Re…, Im…] of a spectrum.
     *
     * @param re Z' in Ω
     * @param im Z'' in Ω
     * @param inverseSigma receives 2n values: 1/σ of the real parts, then of the imaginary parts
     */
    public void inverseSigma(double[] re, double[] im, double[] inverseSigma) {
        int n = re.length;
        for (int i = 0; i < n; i++) {
            double mod = Math.hypot(re[i], im[i]);
            switch (this) {
                case UNIT -> {
                    inverseSigma[i] = 1;
                    inverseSigma[n + i] = 1;
                }
                case MODULUS -> {
                    inverseSigma[i] = 1 / mod;
                    inverseSigma[n + i] = 1 / mod;
                }
                case PROPORTIONAL -> {
                    double floor = PROPORTIONAL_FLOOR * mod;
                    inverseSigma[i] = 1 / Math.max(Math.abs(re[i]), floor);
                    inverseSigma[n + i] = 1 / Math.max(Math.abs(im[i]), floor);
                }
                default -> throw new IllegalStateException();
            }
        }
    }
}
