package org.electrocat.eis.ftacv;

import java.util.Locale;

/**
 * Shape of the frequency-domain band-pass that isolates one harmonic. All shapes are 1 at the
 * band centre, so a steady harmonic keeps its amplitude; tapered edges trade a slightly narrower
 * effective band for less ringing of the envelope (Gibbs oscillations) near sharp features, as
 * discussed for FTACV by A. M. Bond et al., Anal. Chem. 77 (2005) 186A.
 */
public enum BandWindow {
    /** Flat band with hard edges ("keep a band around k·f"). */
    RECTANGULAR,
    /** Raised cosine over the whole band (Hann). */
    HANN,
    /** Flat centre half with raised-cosine tapers over the outer quarters (Tukey, α = 0.5). */
    TUKEY;

    /** Parses {@code rectangular}, {@code hann}, {@code tukey}. */
    public static BandWindow parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("window '" + text + "': expected rectangular, hann or tukey");
        }
    }

    /**
     * Weight at a relative offset from the band centre.
     *
     * @param u offset from the centre divided by the half-width, in [−1, 1]
     */
    public double weight(double u) {
        double a = Math.abs(u);
        if (a > 1) {
            return 0;
        }
        return switch (this) {
            case RECTANGULAR -> 1;
            case HANN -> 0.5 * (1 + Math.cos(Math.PI * a));
            case TUKEY -> a <= 0.5 ? 1 : 0.5 * (1 + Math.cos(Math.PI * (a - 0.5) / 0.5));
        };
    }
}
