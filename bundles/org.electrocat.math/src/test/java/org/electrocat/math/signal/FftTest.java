package org.electrocat.math.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FftTest {

    /** Naive O(n) sum for one bin, with the angle reduced exactly (jk mod n) so it is a reference. */
    private static double[] dftBin(double[] re, double[] im, int k, int sign) {
        int n = re.length;
        double sr = 0;
        double si = 0;
        for (int j = 0; j < n; j++) {
            double a = sign * 2 * Math.PI * (((long) j * k) % n) / n;
            double c = Math.cos(a);
            double s = Math.sin(a);
            sr += re[j] * c - im[j] * s;
            si += re[j] * s + im[j] * c;
        }
        return new double[] {sr, si};
    }

    private static double[][] random(int n, long seed) {
        Random r = new Random(seed);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = r.nextGaussian();
            im[i] = r.nextGaussian();
        }
        return new double[][] {re, im};
    }

    @Test
    void matchesNaiveDftForPowerOfTwoOddAndPrimeLengths() {
        int[] lengths = {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 16, 17, 31, 32, 60, 64, 97, 100, 127, 128, 255,
            256, 257, 1000, 1024, 2048, 4096, 4099, 8192};
        for (int n : lengths) {
            double[][] x = random(n, n);
            double[] re = x[0].clone();
            double[] im = x[1].clone();
            Fft.fft(re, im);
            double maxErr = 0;
            double maxAbs = 0;
            for (int k = 0; k < n; k++) {
                double[] ref = dftBin(x[0], x[1], k, -1);
                maxErr = Math.max(maxErr, Math.hypot(re[k] - ref[0], im[k] - ref[1]));
                maxAbs = Math.max(maxAbs, Math.hypot(ref[0], ref[1]));
            }
            assertTrue(maxErr <= 1e-12 * Math.max(1, maxAbs), "n=" + n + " max error " + maxErr);
        }
    }

    @Test
    void largeLengthsMatchNaiveSumsOnSampledBins() {
        // 2^14..2^16 exercise the cache-blocked recursion (radix-2 and radix-2² merges above the
        // 4096-point block); 3·2^14 and the prime 100003 go through Bluestein with a 2^17/2^18 inner FFT
        int[] lengths = {1 << 13 << 1, 1 << 15, 1 << 16, 3 << 14, 100003};
        Random pick = new Random(7);
        for (int n : lengths) {
            double[][] x = random(n, n);
            double[] re = x[0].clone();
            double[] im = x[1].clone();
            Fft.fft(re, im);
            for (int t = 0; t < 40; t++) {
                int k = t < 3 ? new int[] {0, 1, n - 1}[t] : pick.nextInt(n);
                double[] ref = dftBin(x[0], x[1], k, -1);
                // the reference sum itself carries ~sqrt(n)·eps·rms error; rms |X_k| is sqrt(2n)
                double tol = 1e-11 * Math.sqrt(2.0 * n);
                assertEquals(ref[0], re[k], tol, "n=" + n + " Re X_" + k);
                assertEquals(ref[1], im[k], tol, "n=" + n + " Im X_" + k);
            }
        }
    }

    @Test
    void benchmarkSizesAreCorrect() {
        // 2^22 (radix-2) and 2^20+1 = 17·61681 (Bluestein, inner 2^22): the sizes compared with numpy
        int n = 1 << 22;
        int k0 = 123457;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int j = 0; j < n; j++) {
            re[j] = Math.cos(2 * Math.PI * (((long) k0 * j) % n) / n);
        }
        Fft.fft(re, im);
        double leak = 0;
        for (int k = 0; k < n; k++) {
            if (k != k0 && k != n - k0) {
                leak = Math.max(leak, Math.hypot(re[k], im[k]));
            }
        }
        assertEquals(n / 2.0, re[k0], 1e-6);
        assertEquals(n / 2.0, re[n - k0], 1e-6);
        assertTrue(leak < 1e-6, "largest off-peak magnitude " + leak);

        int m = (1 << 20) + 1;
        double[][] x = random(m, 99);
        double[] r = x[0].clone();
        double[] i = x[1].clone();
        Fft.fft(r, i);
        for (int k : new int[] {0, 1, 4242, m / 2, m - 1}) {
            double[] ref = dftBin(x[0], x[1], k, -1);
            assertEquals(ref[0], r[k], 1e-8, "Re X_" + k);
            assertEquals(ref[1], i[k], 1e-8, "Im X_" + k);
        }
        Fft.ifft(r, i);
        assertArrayEquals(x[0], r, 1e-12);
        assertArrayEquals(x[1], i, 1e-12);
    }

    @Test
    void inverseUndoesForwardForAllNorms() {
        for (int n : new int[] {1, 2, 15, 64, 4097, 1 << 14}) {
            for (FftNorm norm : FftNorm.values()) {
                double[][] x = random(n, 31 * n);
                double[] re = x[0].clone();
                double[] im = x[1].clone();
                Fft.fft(re, im, norm);
                Fft.ifft(re, im, norm);
                assertArrayEquals(x[0], re, 1e-12, "n=" + n + " " + norm);
                assertArrayEquals(x[1], im, 1e-12, "n=" + n + " " + norm);
            }
        }
    }

    @Test
    void inverseMatchesNaiveInverseSum() {
        int n = 37;
        double[][] x = random(n, 5);
        double[] re = x[0].clone();
        double[] im = x[1].clone();
        Fft.ifft(re, im);
        for (int k = 0; k < n; k++) {
            double[] ref = dftBin(x[0], x[1], k, +1);
            assertEquals(ref[0] / n, re[k], 1e-14 * n);
            assertEquals(ref[1] / n, im[k], 1e-14 * n);
        }
    }

    @Test
    void parsevalHolds() {
        for (int n : new int[] {128, 1000, 65537}) {
            double[][] x = random(n, 11);
            double energy = 0;
            for (int i = 0; i < n; i++) {
                energy += x[0][i] * x[0][i] + x[1][i] * x[1][i];
            }
            double[] re = x[0].clone();
            double[] im = x[1].clone();
            Fft.fft(re, im);
            double spec = 0;
            for (int i = 0; i < n; i++) {
                spec += re[i] * re[i] + im[i] * im[i];
            }
            assertEquals(energy, spec / n, 1e-10 * energy, "backward norm, n=" + n);
            re = x[0].clone();
            im = x[1].clone();
            Fft.fft(re, im, FftNorm.ORTHO);
            spec = 0;
            for (int i = 0; i < n; i++) {
                spec += re[i] * re[i] + im[i] * im[i];
            }
            assertEquals(energy, spec, 1e-10 * energy, "ortho norm (unitary), n=" + n);
        }
    }

    @Test
    void sineGivesTwoSpikesOfAmplitudeHalfN() {
        // sin(2π k0 j/n) = (e^{iθ} − e^{−iθ})/2i  ⇒  X_{k0} = −i·n/2, X_{n−k0} = +i·n/2, all else 0
        for (int n : new int[] {1024, 1001, 1 << 16}) {
            int k0 = 37;
            double[] re = new double[n];
            double[] im = new double[n];
            for (int j = 0; j < n; j++) {
                re[j] = Math.sin(2 * Math.PI * k0 * j / n);
            }
            Fft.fft(re, im);
            double tol = 1e-9;
            for (int k = 0; k < n; k++) {
                double expIm = k == k0 ? -n / 2.0 : k == n - k0 ? n / 2.0 : 0.0;
                assertEquals(0.0, re[k], tol, "Re X_" + k + " n=" + n);
                assertEquals(expIm, im[k], tol, "Im X_" + k + " n=" + n);
            }
        }
    }

    @Test
    void impulseAndShiftedImpulse() {
        int n = 12;
        double[] re = new double[n];
        double[] im = new double[n];
        re[3] = 1;
        Fft.fft(re, im);
        for (int k = 0; k < n; k++) {
            // δ_{j,3} → exp(−2πi·3k/n)
            assertEquals(Math.cos(2 * Math.PI * 3 * k / n), re[k], 1e-14);
            assertEquals(-Math.sin(2 * Math.PI * 3 * k / n), im[k], 1e-14);
        }
    }

    @Test
    void rfftEqualsHalfOfComplexFft() {
        // lengths alternate so the cached split twiddles must follow; 6, 10, 30, 1002, 4098 are not multiples of 8
        for (int n : new int[] {1, 2, 3, 4, 6, 7, 8, 10, 16, 30, 33, 64, 1000, 1001, 1002, 1000, 4098, 4096, 1 << 15}) {
            Random r = new Random(n);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextGaussian();
            }
            double[] re = x.clone();
            double[] im = new double[n];
            Fft.fft(re, im);
            ComplexArray h = Fft.rfft(x);
            assertEquals(n / 2 + 1, h.length());
            for (int k = 0; k < h.length(); k++) {
                assertEquals(re[k], h.re()[k], 1e-11, "n=" + n + " Re X_" + k);
                assertEquals(im[k], h.im()[k], 1e-11, "n=" + n + " Im X_" + k);
            }
        }
    }

    @Test
    void rfft2EqualsTwoComplexFfts() {
        for (int n : new int[] {1, 2, 3, 5, 8, 101, 1000, 4097, 65537}) {
            Random r = new Random(7 * n);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextGaussian();
                y[i] = 3 + r.nextGaussian();
            }
            int m = n / 2 + 1;
            double[][] out = new double[4][m];
            Fft.rfft2(x, y, out[0], out[1], out[2], out[3], FftNorm.ORTHO);
            double[][] in = {x, y};
            for (int s = 0; s < 2; s++) {
                double[] re = in[s].clone();
                double[] im = new double[n];
                Fft.fft(re, im, FftNorm.ORTHO); // the naive-checked complex path, one signal at a time
                for (int k = 0; k < m; k++) {
                    assertEquals(re[k], out[2 * s][k], 1e-11, "n=" + n + " signal " + s + " Re X_" + k);
                    assertEquals(im[k], out[2 * s + 1][k], 1e-11, "n=" + n + " signal " + s + " Im X_" + k);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Fft.rfft2(new double[3], new double[4], new double[2],
                new double[2], new double[2], new double[2], FftNorm.BACKWARD));
    }

    @Test
    void rfftOfCosineAndOffset() {
        // 0.5 + cos(2π·3j/n): X_0 = n/2, X_3 = n/2 (real), all else 0
        int n = 64;
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = 0.5 + Math.cos(2 * Math.PI * 3 * j / n);
        }
        ComplexArray h = Fft.rfft(x);
        for (int k = 0; k < h.length(); k++) {
            assertEquals(k == 0 || k == 3 ? n / 2.0 : 0.0, h.re()[k], 1e-12);
            assertEquals(0.0, h.im()[k], 1e-12);
        }
        assertArrayEquals(new double[] {32, 0, 0, 32}, java.util.Arrays.copyOf(h.abs(), 4), 1e-12);
    }

    @Test
    void irfftRoundTripsAndHonoursN() {
        for (int n : new int[] {1, 2, 3, 4, 5, 8, 9, 100, 101, 4096, 4097}) {
            Random r = new Random(3 * n);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextGaussian();
            }
            for (FftNorm norm : FftNorm.values()) {
                ComplexArray h = Fft.rfft(x, norm);
                assertArrayEquals(x, Fft.irfft(h.re(), h.im(), n, norm), 1e-12, "n=" + n + " " + norm);
            }
        }
        // default n = 2(m−1)
        double[] x = {1, 2, 3, 4, 5, 6};
        ComplexArray h = Fft.rfft(x);
        assertArrayEquals(x, Fft.irfft(h.re(), h.im()), 1e-13);
    }

    @Test
    void irfftMatchesHermitianExtensionAndIgnoresImagOfEndBins() {
        // irfft(X, n) = Re ifft(Y) with Y_k = X_k (k ≤ n/2, Im of X_0 and X_{n/2} dropped), Y_{n−k} = conj X_k;
        // X longer than n/2+1 is cropped, shorter is zero-padded (numpy semantics)
        double[] xr = {1.0, 0.5, -2.0, 0.25, 3.0, 7.0};
        double[] xi = {9.0, -1.0, 0.75, 2.0, -4.0, 5.0};
        for (int n : new int[] {4, 5, 7, 8, 12, 13}) {
            double[] yr = new double[n];
            double[] yi = new double[n];
            for (int k = 0; k <= n / 2 && k < xr.length; k++) {
                boolean realOnly = k == 0 || 2 * k == n;
                yr[k] = xr[k];
                yi[k] = realOnly ? 0 : xi[k];
                if (k > 0) {
                    yr[n - k] = xr[k];
                    yi[n - k] = realOnly ? 0 : -xi[k];
                }
            }
            double[] expect = new double[n];
            for (int j = 0; j < n; j++) {
                expect[j] = dftBin(yr, yi, j, +1)[0] / n;
            }
            assertArrayEquals(expect, Fft.irfft(xr, xi, n), 1e-13, "n=" + n);
        }
    }

    @Test
    void frequencyAxesFollowNumpy() {
        // numpy.fft.fftfreq(5, d=0.1) = [0, 2, 4, -4, -2]; fftfreq(4) = [0, .25, -.5, -.25]
        assertArrayEquals(new double[] {0, 2, 4, -4, -2}, Fft.fftfreq(5, 0.1), 1e-12);
        assertArrayEquals(new double[] {0, 0.25, -0.5, -0.25}, Fft.fftfreq(4, 1.0), 0);
        // numpy.fft.rfftfreq(5, d=0.1) = [0, 2, 4]; rfftfreq(4) = [0, .25, .5]
        assertArrayEquals(new double[] {0, 2, 4}, Fft.rfftfreq(5, 0.1), 1e-12);
        assertArrayEquals(new double[] {0, 0.25, 0.5}, Fft.rfftfreq(4, 1.0), 0);
    }

    @Test
    void planIsReusedAndChecksLengths() {
        FftPlan p = FftPlan.of(100);
        assertTrue(p == FftPlan.of(100));
        assertTrue(!p.isPowerOfTwo() && FftPlan.of(128).isPowerOfTwo());
        double[] re = {1, 2, 3, 4};
        double[] im = new double[4];
        FftPlan q = FftPlan.of(4);
        q.forward(re, im);
        q.inverse(re, im);
        assertArrayEquals(new double[] {4, 8, 12, 16}, re, 1e-14); // unscaled pair multiplies by n
        assertThrows(IllegalArgumentException.class, () -> p.forward(new double[99], new double[99]));
    }

    @Test
    void rejectsBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fft.fft(new double[4], new double[3]));
        assertTrue(e.getMessage().contains("im"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fft.fft(new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Fft.fft(null, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> Fft.rfft(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Fft.irfft(new double[3], new double[3], 0));
        assertThrows(IllegalArgumentException.class, () -> Fft.irfft(new double[1], new double[1]));
        e = assertThrows(IllegalArgumentException.class, () -> Fft.fftfreq(8, 0));
        assertTrue(e.getMessage().startsWith("d "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fft.rfftfreq(0, 1));
        assertThrows(IllegalArgumentException.class, () -> FftPlan.of(0));
        e = assertThrows(IllegalArgumentException.class, () -> Fft.fft(new double[] {1, 2, 3}, new double[] {0, Double.NaN, 0}));
        assertTrue(e.getMessage().startsWith("im[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Fft.rfft(new double[] {1, Double.POSITIVE_INFINITY}));
        assertTrue(e.getMessage().startsWith("x[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fft.fft(new double[2], new double[2], null));
    }
}
