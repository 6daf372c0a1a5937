package org.electrocat.eis.ftacv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * FTACV harmonics: a synthetic record with known harmonic amplitudes (the paper's 10 Hz, 0.1 V
 * modulation on a ramp) gives them back; an amplitude-modulated harmonic is tracked in time; and
 * the decimated band evaluation equals a direct summation of the band's Fourier series computed
 * from a naive DFT.
 */
public class FtacvTest {

    static final double F0 = 10;
    public static final double[] AMPLITUDES = {1e-4, 3e-5, 1e-5, 4e-6, 2e-6};
    static final double[] PHASES = {0.3, -1.1, 2.0, 0.7, -2.5};

    /** 100 s at 1 kHz (n = 100 000, not a power of two): E = ramp 0 → −1 V + 0.1 V sin(2π·10 Hz·t). */
    public static double[][] record(int n, double dt, double[] amplitudeScale) {
        double[] e = new double[n];
        double[] i = new double[n];
        Random rnd = new Random(5);
        double duration = n * dt;
        for (int s = 0; s < n; s++) {
            double t = s * dt;
            double edc = -t / duration;
            e[s] = edc + 0.1 * Math.sin(2 * Math.PI * F0 * t);
            double cur = 2e-4 * edc + 5e-5 * edc * edc;
            for (int k = 0; k < AMPLITUDES.length; k++) {
                double a = AMPLITUDES[k] * (amplitudeScale == null ? 1 : amplitudeScale[s]);
                cur += a * Math.cos(2 * Math.PI * (k + 1) * F0 * t + PHASES[k]);
            }
            i[s] = cur + 1e-7 * rnd.nextGaussian();
        }
        return new double[][] {e, i};
    }

    @Test
    void knownHarmonicAmplitudesComeBack() {
        int n = 100_000;
        double dt = 1e-3;
        double[][] rec = record(n, dt, null);
        Ftacv.Harmonics h = Ftacv.analyse(rec[1], rec[0], dt, 0,
                new Ftacv.Settings(0, 6, 0, BandWindow.RECTANGULAR, 4096));
        assertTrue(h.detected());
        assertEquals(F0, h.frequency(), 1e-4);
        assertEquals(h.frequency() / 2, h.bandwidth(), 1e-12);
        assertEquals(0.1, h.acAmplitude(), 1e-4);
        for (int k = 1; k <= 5; k++) {
            double median = centralMedian(h.envelopes()[k - 1]);
            assertEquals(AMPLITUDES[k - 1], median, 0.003 * AMPLITUDES[k - 1] + 2e-8, "harmonic " + k);
        }
        // the sixth harmonic holds only noise: 1e-7 A white noise gives ~1e-8 A in a 5 Hz band
        assertTrue(centralMedian(h.envelopes()[5]) < 5e-8);
        // DC current and DC potential follow the ramp (up to the low-pass ringing of the record's
        // wrap-around jump, about jump/(π·2π·2.5 Hz·50 s) = 4e-4 of the jump at mid-record)
        int mid = h.time().length / 2;
        double t = h.time()[mid];
        double edc = -t / (n * dt);
        assertEquals(edc, h.dcPotential()[mid], 1e-3);
        assertEquals(2e-4 * edc + 5e-5 * edc * edc, h.dcCurrent()[mid], 3e-7);
    }

    /**
     * The paper's situation: a DC current that grows steeply with the ramp (hydrogen evolution) and
     * is 500 times larger than the 5th-harmonic lobe. The record's ends differ by milliamperes; the
     * lobe (centred at t = 70 s) must still be where the 5th-harmonic envelope peaks, not at an end.
     */
    @Test
    void steepDcRampDoesNotMoveTheHarmonicMaximumToTheRecordEnds() {
        int n = 100_000;
        double dt = 1e-3;
        double[] e = new double[n];
        double[] i = new double[n];
        for (int s = 0; s < n; s++) {
            double t = s * dt;
            double edc = -t / 100;
            e[s] = edc + 0.1 * Math.sin(2 * Math.PI * F0 * t);
            double lobe = 2e-6 * Math.exp(-Math.pow((t - 70) / 4, 2));
            i[s] = -1e-3 * Math.exp(t / 25) / Math.exp(4) + 1e-5 * Math.cos(2 * Math.PI * F0 * t)
                    + lobe * Math.cos(2 * Math.PI * 5 * F0 * t + 0.4);
        }
        Ftacv.Harmonics h = Ftacv.analyse(i, e, dt, 0, new Ftacv.Settings(F0, 5, 4, BandWindow.TUKEY, 2048));
        double[] e5 = h.envelopes()[4];
        int best = 0;
        for (int s = 1; s < e5.length; s++) {
            if (e5[s] > e5[best]) {
                best = s;
            }
        }
        assertEquals(70, h.time()[best], 2.0, "5th harmonic maximum");
        assertEquals(2e-6, e5[best], 2e-7);
        // the DC current still follows the ramp after the trend is added back
        int mid = e5.length / 2;
        double t = h.time()[mid];
        assertEquals(-1e-3 * Math.exp(t / 25) / Math.exp(4), h.dcCurrent()[mid], 2e-6);
    }

    @Test
    void modulatedHarmonicIsTrackedInTime() {
        int n = 100_000;
        double dt = 1e-3;
        double[] scale = new double[n];
        for (int s = 0; s < n; s++) {
            double t = s * dt;
            scale[s] = 1 + Math.exp(-Math.pow((t - 50) / 5, 2));
        }
        double[][] rec = record(n, dt, scale);
        Ftacv.Harmonics h = Ftacv.analyse(rec[1], rec[0], dt, 0,
                new Ftacv.Settings(F0, 5, 4, BandWindow.TUKEY, 2048));
        double[] e5 = h.envelopes()[4];
        for (int s = 0; s < e5.length; s++) {
            double t = h.time()[s];
            if (t < 10 || t > 90) {
                continue;
            }
            double expected = AMPLITUDES[4] * (1 + Math.exp(-Math.pow((t - 50) / 5, 2)));
            assertEquals(expected, e5[s], 0.01 * AMPLITUDES[4] + 3e-8, "t = " + t);
        }
    }

    @Test
    void decimatedBandEqualsDirectFourierSum() {
        int n = 999;
        double dt = 0.01;
        Random rnd = new Random(11);
        double[] x = new double[n];
        for (int s = 0; s < n; s++) {
            x[s] = rnd.nextGaussian();
        }
        // naive DFT X_j = Σ x_s e^{-2πi js/n}
        int m = n / 2 + 1;
        double[] xr = new double[m];
        double[] xi = new double[m];
        for (int j = 0; j < m; j++) {
            for (int s = 0; s < n; s++) {
                double a = -2 * Math.PI * ((long) j * s % n) / n;
                xr[j] += x[s] * Math.cos(a);
                xi[j] += x[s] * Math.sin(a);
            }
        }
        HarmonicExtractor ex = new HarmonicExtractor(x, dt);
        double centre = 17.3;
        double half = 2.2;
        int points = ex.pointsFor(half, 64);
        double[] re = new double[points];
        double[] im = new double[points];
        ex.band(centre, half, BandWindow.HANN, points, re, im);
        double df = 1 / (n * dt);
        for (int s = 0; s < points; s++) {
            double t = s * n * dt / points;
            double sr = 0;
            double si = 0;
            for (int j = 0; j < m; j++) {
                double f = j * df;
                if (f < centre - half || f > centre + half) {
                    continue;
                }
                double g = BandWindow.HANN.weight((f - centre) / half) * 2 / n;
                double a = 2 * Math.PI * f * t;
                sr += g * (xr[j] * Math.cos(a) - xi[j] * Math.sin(a));
                si += g * (xr[j] * Math.sin(a) + xi[j] * Math.cos(a));
            }
            assertEquals(sr, re[s], 1e-10, "Re at sample " + s);
            assertEquals(si, im[s], 1e-10, "Im at sample " + s);
        }
    }

    @Test
    void badSettingsAreNamed() {
        double[][] rec = record(10_000, 1e-3, null);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Ftacv.analyse(rec[1], rec[0], 1e-3, 0,
                new Ftacv.Settings(10, 60, 0, BandWindow.HANN, 1024))).getMessage().contains("Nyquist"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Ftacv.analyse(rec[1], rec[0], 1e-3, 0,
                new Ftacv.Settings(10, 5, 15, BandWindow.HANN, 1024))).getMessage().contains("overlap"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Ftacv.analyse(rec[1], rec[0], 1e-3, 0,
                new Ftacv.Settings(10, 5, 0.05, BandWindow.HANN, 1024))).getMessage().contains("two frequency bins"));
    }

    /** Median over the central 80 % of an envelope (the record's ends ring). */
    static double centralMedian(double[] e) {
        int from = e.length / 10;
        double[] c = Arrays.copyOfRange(e, from, e.length - from);
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
