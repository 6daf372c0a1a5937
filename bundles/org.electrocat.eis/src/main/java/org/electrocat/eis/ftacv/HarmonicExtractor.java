package org.electrocat.eis.ftacv;

import org.electrocat.math.signal.Fft;
import org.electrocat.math.signal.FftNorm;
import org.electrocat.math.signal.FftPlan;

/**
 * Harmonics of Fourier-transformed AC voltammetry (FTACV; A. M. Bond, N. W. Duffy, S.-X. Guo,
 * J. Zhang, D. Elton, Anal. Chem. 77 (2005) 186A; S.-X. Guo, J. Zhang, D. M. Elton, A. M. Bond,
 * Anal. Chem. 76 (2004) 166): the current of a sine-modulated ramp E(t) = E_dc(t) + ΔE sin(2πft)
 * is Fourier transformed, the band around k·f is kept (k = 1..N), and its inverse transform, taken
 * over positive frequencies only and doubled, is the analytic signal a_k(t) whose modulus is the
 * k-th harmonic envelope; the band around 0 gives the DC current.
 *
 * <p>Exact decimation: a band of W bins starting at bin j0 is a trigonometric polynomial,
 * a(t) = (2/n) Σ_q X_{j0+q} w_q e^{2πi(j0+q)t/T}. At the L equally spaced times t_s = sT/L
 * (L ≥ W) this is e^{2πi j0 s/L} times the L-point inverse DFT of the band, so the envelope is
 * evaluated exactly (no interpolation, no approximation) on L points with an L-point FFT instead
 * of an n-point one. The only full-length work is one real FFT of the current (and one of the
 * potential), O(n log n) for any n (radix-2 or Bluestein, from org.electrocat.math); 2²² samples
 * take well under a second.
 *
 * <p>Scaling: a steady harmonic i_k(t) = A_k cos(2πkft + φ) has envelope A_k; the DC band gives
 * the mean current, not doubled.
 */
public final class HarmonicExtractor {

    private final double[] spectrumRe;
    private final double[] spectrumIm;
    private final int n;
    private final double dt;

    /**
     * Transforms a uniformly sampled signal once; harmonics are then cheap.
     *
     * @param signal samples (finite), length ≥ 4
     * @param dt     sampling interval in s, &gt; 0
     */
    public HarmonicExtractor(double[] signal, double dt) {
        this(check(signal, dt), dt, new double[signal.length / 2 + 1], new double[signal.length / 2 + 1]);
        Fft.rfft(signal, spectrumRe, spectrumIm, FftNorm.BACKWARD);
    }

    private HarmonicExtractor(int n, double dt, double[] re, double[] im) {
        this.n = n;
        this.dt = dt;
        this.spectrumRe = re;
        this.spectrumIm = im;
    }

    /**
     * Extractors of two records sampled together (current and potential), transformed together
     * ({@link Fft#rfft2}: half the work for odd lengths).
     */
    public static HarmonicExtractor[] pair(double[] a, double[] b, double dt) {
        int n = check(a, dt);
        if (b == null || b.length != n) {
            throw new IllegalArgumentException("the two records differ in length: " + n + " and "
                    + (b == null ? 0 : b.length) + " samples");
        }
        int m = n / 2 + 1;
        HarmonicExtractor x = new HarmonicExtractor(n, dt, new double[m], new double[m]);
        HarmonicExtractor y = new HarmonicExtractor(n, dt, new double[m], new double[m]);
        Fft.rfft2(a, b, x.spectrumRe, x.spectrumIm, y.spectrumRe, y.spectrumIm, FftNorm.BACKWARD);
        return new HarmonicExtractor[] {x, y};
    }

    private static int check(double[] signal, double dt) {
        if (signal == null || signal.length < 4) {
            throw new IllegalArgumentException("FTACV needs at least 4 samples, got "
                    + (signal == null ? 0 : signal.length));
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("sampling interval dt = " + dt + " s; a positive finite value is required");
        }
        return signal.length;
    }

    /** Number of samples n. */
    public int length() {
        return n;
    }

    /** Sampling interval in s. */
    public double dt() {
        return dt;
    }

    /** Frequency resolution 1/(n·dt) in Hz. */
    public double resolution() {
        return 1 / (n * dt);
    }

    /** Re X_j of the rfft (shared, read-only). */
    double[] spectrumRe() {
        return spectrumRe;
    }

    /** Im X_j of the rfft (shared, read-only). */
    double[] spectrumIm() {
        return spectrumIm;
    }

    /**
     * Amplitude spectrum |X_j|·2/n (the amplitude of a sinusoid at bin j; DC not doubled).
     */
    public double amplitude(int j) {
        double a = Math.hypot(spectrumRe[j], spectrumIm[j]) / n;
        return j == 0 || 2 * j == n ? a : 2 * a;
    }

    /**
     * The frequency of the strongest spectral line above {@code minFrequency}, refined by a
     * parabola through the log-amplitudes of the peak bin and its neighbours (Hz).
     */
    public double dominantFrequency(double minFrequency) {
        int from = Math.max(1, (int) Math.ceil(minFrequency / resolution()));
        int m = spectrumRe.length;
        if (from >= m - 1) {
            throw new IllegalArgumentException("no spectrum above " + minFrequency + " Hz (Nyquist "
                    + (m - 1) * resolution() + " Hz)");
        }
        int best = from;
        double bestA = -1;
        for (int j = from; j < m; j++) {
            double a = spectrumRe[j] * spectrumRe[j] + spectrumIm[j] * spectrumIm[j];
            if (a > bestA) {
                bestA = a;
                best = j;
            }
        }
        double shift = 0;
        if (best > from && best < m - 1) {
            double l = Math.log(amplitude(best - 1) + Double.MIN_VALUE);
            double c = Math.log(amplitude(best) + Double.MIN_VALUE);
            double r = Math.log(amplitude(best + 1) + Double.MIN_VALUE);
            double d = l - 2 * c + r;
            shift = d < 0 ? 0.5 * (l - r) / d : 0;
        }
        return (best + shift) * resolution();
    }

    /**
     * The analytic signal of one band on L equally spaced times t_s = s·n·dt/L (from the first
     * sample's time).
     *
     * @param centre    band centre in Hz (k·f; 0 for the DC band)
     * @param halfWidth half the band width in Hz, &gt; 0
     * @param window    band shape
     * @param points    L, at least the number of bins in the band (see {@link #pointsFor})
     * @param outRe     receives Re a(t_s) (for the DC band: the low-passed signal)
     * @param outIm     receives Im a(t_s) (0 for the DC band)
     */
    public void band(double centre, double halfWidth, BandWindow window, int points, double[] outRe, double[] outIm) {
        int[] range = bins(centre, halfWidth);
        int j0 = range[0];
        int w = range[1] - range[0] + 1;
        if (points < w) {
            throw new IllegalArgumentException(points + " output points cannot hold a band of " + w + " bins");
        }
        java.util.Arrays.fill(outRe, 0, points, 0);
        java.util.Arrays.fill(outIm, 0, points, 0);
        boolean dc = centre == 0;
        double df = resolution();
        for (int q = 0; q < w; q++) {
            int j = j0 + q;
            double u = (j * df - centre) / halfWidth;
            double g = window.weight(u) * (j == 0 || 2 * j == n ? 1 : 2) / n;
            outRe[q] = g * spectrumRe[j];
            outIm[q] = g * spectrumIm[j];
        }
        FftPlan.of(points).inverse(outRe, outIm);
        // e^{2πi j0 s/L}
        for (int s = 0; s < points; s++) {
            double phase = 2 * Math.PI * (((long) j0 * s) % points) / points;
            double c = Math.cos(phase);
            double sn = Math.sin(phase);
            double re = outRe[s];
            double im = outIm[s];
            outRe[s] = re * c - im * sn;
            outIm[s] = re * sn + im * c;
        }
        if (dc) {
            // X_{-j} = conj(X_j): the low-passed real signal is Re of the one-sided sum, with X_0 counted once
            for (int s = 0; s < points; s++) {
                outIm[s] = 0;
            }
        }
    }

    /** First and last rfft bin of a band (clipped to the spectrum). */
    int[] bins(double centre, double halfWidth) {
        if (!(halfWidth > 0)) {
            throw new IllegalArgumentException("band half-width " + halfWidth + " Hz; a positive value is required");
        }
        double df = resolution();
        int last = spectrumRe.length - 1;
        int lo = Math.max(0, (int) Math.ceil((centre - halfWidth) / df));
        int hi = Math.min(last, (int) Math.floor((centre + halfWidth) / df));
        if (lo > last || hi < lo) {
            throw new IllegalArgumentException("band " + (centre - halfWidth) + " .. " + (centre + halfWidth)
                    + " Hz holds no frequency bin (resolution " + df + " Hz, Nyquist " + last * df + " Hz)");
        }
        return new int[] {lo, hi};
    }

    /**
     * Number of output points for a band: the smallest power of two that is at least
     * {@code requested} and at least twice the band's bins (so the envelope is oversampled), but
     * not above the next power of two ≥ n (which always holds the band).
     */
    public int pointsFor(double halfWidth, int requested) {
        long bins = (long) Math.floor(2 * halfWidth / resolution()) + 2;
        long cap = nextPowerOfTwo(n);
        return (int) Math.min(nextPowerOfTwo(Math.max(requested, 2 * bins)), cap);
    }

    private static long nextPowerOfTwo(long v) {
        return v <= 1 ? 1 : Long.highestOneBit(v - 1) << 1;
    }
}
