package org.electrocat.eis.ftacv;

/**
 * FTACV harmonic analysis of one record (method: {@link HarmonicExtractor}): the base frequency
 * (given, or the strongest line of the applied potential), the DC current and harmonics 1..N as
 * envelopes against time and against the DC potential, and the AC amplitude ΔE of the potential.
 */
public final class Ftacv {

    /** Frequencies below this many resolution bins belong to the ramp, not to the modulation. */
    private static final int RAMP_BINS = 16;

    private Ftacv() {
    }

    /**
     * Settings of an analysis.
     *
     * @param frequency      base frequency f in Hz; 0 to detect it from the potential (or the current)
     * @param harmonics      N, the highest harmonic extracted (≥ 1)
     * @param bandwidth      full width of each band in Hz; 0 for f/2
     * @param window         band shape
     * @param envelopePoints requested output points (rounded up to a power of two, at least twice the band's bins)
     */
    public record Settings(double frequency, int harmonics, double bandwidth, BandWindow window, int envelopePoints) {
        public Settings {
            if (!(frequency >= 0) || !Double.isFinite(frequency)) {
                throw new IllegalArgumentException("frequency = " + frequency + " Hz; ≥ 0 required (0 detects it)");
            }
            if (harmonics < 1 || harmonics > 1000) {
                throw new IllegalArgumentException("harmonics = " + harmonics + "; 1..1000 required");
            }
            if (!(bandwidth >= 0) || !Double.isFinite(bandwidth)) {
                throw new IllegalArgumentException("bandwidth = " + bandwidth + " Hz; ≥ 0 required (0 means f/2)");
            }
            if (envelopePoints < 2 || envelopePoints > (1 << 26)) {
                throw new IllegalArgumentException("envelopePoints = " + envelopePoints + "; 2..2^26 required");
            }
        }
    }

    /**
     * Harmonic envelopes.
     *
     * @param frequency    base frequency f used, Hz
     * @param detected     true when f was detected from the data
     * @param bandwidth    full band width used, Hz
     * @param time         output times t_s in s (L points)
     * @param dcCurrent    low-passed current at t_s, in the current's unit
     * @param dcPotential  low-passed potential at t_s, in the potential's unit (null without potential)
     * @param envelopes    envelopes[k−1][s] = |a_k(t_s)| of harmonic k, current unit
     * @param acAmplitude  ΔE: median first-harmonic envelope of the potential (NaN without potential)
     * @param extractor    the current's transform (for spectra)
     */
    public record Harmonics(double frequency, boolean detected, double bandwidth, double[] time, double[] dcCurrent,
            double[] dcPotential, double[][] envelopes, double acAmplitude, HarmonicExtractor extractor) {

        /** Number of harmonics. */
        public int count() {
            return envelopes.length;
        }
    }

    /**
     * Runs the analysis.
     *
     * @param current   current samples (finite), uniformly spaced
     * @param potential applied potential samples, same length, or {@code null}
     * @param dt        sampling interval, s
     * @param t0        time of the first sample, s
     */
    public static Harmonics analyse(double[] current, double[] potential, double dt, double t0, Settings s) {
        if (potential != null && potential.length != current.length) {
            throw new IllegalArgumentException("potential has " + potential.length + " samples but current has "
                    + current.length);
        }
        double f = s.frequency();
        boolean detected = f == 0;
        if (detected) {
            // only a detection needs the raw record's transform (the detrended ones follow below)
            HarmonicExtractor probe = new HarmonicExtractor(potential != null ? potential : current, dt);
            f = probe.dominantFrequency(RAMP_BINS * probe.resolution());
        }
        // The DC ramp makes the record's two ends differ by far more than the AC signal; the FFT
        // treats the record as periodic, so that jump leaks into every harmonic band and puts the
        // envelopes' maxima at the record's ends. Subtracting the line through the first and last
        // AC period removes the jump; the line is added back to the DC outputs.
        Trend currentTrend = Trend.of(current, dt, f);
        Trend potentialTrend = potential == null ? null : Trend.of(potential, dt, f);
        HarmonicExtractor ic;
        HarmonicExtractor ep = null;
        if (potentialTrend == null) {
            ic = new HarmonicExtractor(currentTrend.remove(current), dt);
        } else {
            // both records in one go: for odd lengths one complex transform serves the two real ones
            HarmonicExtractor[] pair = HarmonicExtractor.pair(currentTrend.remove(current),
                    potentialTrend.remove(potential), dt);
            ic = pair[0];
            ep = pair[1];
        }
        double df = ic.resolution();
        double nyquist = 0.5 / dt;
        if (f >= nyquist) {
            throw new IllegalArgumentException("base frequency " + f + " Hz is at or above the Nyquist frequency "
                    + nyquist + " Hz");
        }
        int harmonics = s.harmonics();
        if (harmonics * f >= nyquist) {
            throw new IllegalArgumentException("harmonic " + harmonics + " (" + harmonics * f
                    + " Hz) is at or above the Nyquist frequency " + nyquist + " Hz; sample faster or ask for fewer");
        }
        double width = s.bandwidth() == 0 ? f / 2 : s.bandwidth();
        if (width > f) {
            throw new IllegalArgumentException("bandwidth " + width + " Hz exceeds the harmonic spacing " + f
                    + " Hz: neighbouring harmonics would overlap");
        }
        double half = width / 2;
        if (half < df) {
            throw new IllegalArgumentException("bandwidth " + width + " Hz is below two frequency bins ("
                    + 2 * df + " Hz for a " + current.length * dt + " s record)");
        }
        int points = ic.pointsFor(half, s.envelopePoints());
        double[] re = new double[points];
        double[] im = new double[points];
        double[] time = new double[points];
        double step = current.length * dt / points;
        for (int i = 0; i < points; i++) {
            time[i] = t0 + i * step;
        }
        ic.band(0, half, s.window(), points, re, im);
        double[] dcCurrent = currentTrend.addBack(re.clone(), time, t0);
        double[][] env = new double[harmonics][points];
        for (int k = 1; k <= harmonics; k++) {
            ic.band(k * f, half, s.window(), points, re, im);
            double[] e = env[k - 1];
            for (int i = 0; i < points; i++) {
                e[i] = Math.hypot(re[i], im[i]);
            }
        }
        double[] dcPotential = null;
        double amplitude = Double.NaN;
        if (ep != null) {
            ep.band(0, half, s.window(), points, re, im);
            dcPotential = potentialTrend.addBack(re.clone(), time, t0);
            ep.band(f, half, s.window(), points, re, im);
            double[] e = new double[points];
            for (int i = 0; i < points; i++) {
                e[i] = Math.hypot(re[i], im[i]);
            }
            java.util.Arrays.sort(e);
            amplitude = e[points / 2];
        }
        return new Harmonics(f, detected, width, time, dcCurrent, dcPotential, env, amplitude, ic);
    }

    /**
     * The straight line through the means of the first and the last AC period of a record
     * (whole periods, so the AC signal averages out): {@code y = a + b·(t − t0)}.
     */
    record Trend(double a, double b, double dt) {

        static Trend of(double[] y, double dt, double f) {
            int n = y.length;
            int period = f > 0 && Double.isFinite(f) ? (int) Math.max(1, Math.min(n / 4, Math.round(1 / (f * dt)))) : Math.max(1, n / 20);
            double first = 0;
            double last = 0;
            for (int i = 0; i < period; i++) {
                first += y[i];
                last += y[n - period + i];
            }
            first /= period;
            last /= period;
            // the means sit at the middle of each averaged block
            double tFirst = (period - 1) / 2.0 * dt;
            double tLast = (n - period + (period - 1) / 2.0) * dt;
            double b = (last - first) / (tLast - tFirst);
            return new Trend(first - b * tFirst, b, dt);
        }

        double[] remove(double[] y) {
            double[] out = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                out[i] = y[i] - (a + b * i * dt);
            }
            return out;
        }

        double[] addBack(double[] y, double[] time, double t0) {
            for (int i = 0; i < y.length; i++) {
                y[i] += a + b * (time[i] - t0);
            }
            return y;
        }
    }
}
