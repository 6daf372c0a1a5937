package org.electrocat.xas.exafs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.electrocat.xas.xanes.EdgeEnergy;
import org.electrocat.xas.xanes.PreEdge;
import org.junit.jupiter.api.Test;

/** Analytic cases: an erf edge on a sloping line, a single sine shell, window values. */
public class SyntheticXafsTest {

    /** erf by Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7). */
    public static double erf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x));
        double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
                * Math.exp(-x * x);
        return x >= 0 ? y : -y;
    }

    @Test
    void erfEdgeOnALineGivesItsCentreAndHeight() {
        // µ = 0.3 − 2e-4·(E − 5000) + 1.7·½(1 + erf((E − 4980)/2)): E0 = 4980 eV, step 1.7 exactly
        int n = 1200;
        double[] e = new double[n];
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = 4880 + 0.5 * i;
            mu[i] = 0.3 - 2e-4 * (e[i] - 5000) + 1.7 * 0.5 * (1 + erf((e[i] - 4980) / 2));
        }
        PreEdge.Result r = PreEdge.normalize(e, mu, new PreEdge.Settings(Double.NaN, -90, -30, 30, 400, 1, 0, Double.NaN));
        assertEquals(4980.0, r.e0(), 0.01);
        assertEquals(1.7, r.edgeStep(), 1e-5);
        assertEquals(-2e-4, r.preSlope(), 1e-8);
        assertEquals(1.0, r.norm()[n - 1], 1e-5);
        assertEquals(1.0, r.flat()[n - 1], 1e-5);
        assertEquals(4980.0, EdgeEnergy.halfEdge(e, r.norm(), 0.5, 4960), 1e-3);
        // Larch's default rules for this scan: pre1 = −100, pre2 = −50, norm2 = 420, norm1 = 25, nnorm = 2
        PreEdge.Settings d = PreEdge.normalize(e, mu, PreEdge.Settings.DEFAULTS).used();
        assertEquals(-100, d.pre1(), 1e-6, "E_min − e0, kept inside the data");
        assertEquals(-50, d.pre2(), 1e-6);
        assertEquals(499.5, d.norm2(), 1e-6, "E_max − e0 = 499.5 rounds to 500, kept inside the data");
        assertEquals(25, d.norm1(), 1e-9);
        assertEquals(2, d.nnorm());
    }

    @Test
    void singleShellSineTransformsToAPeakAtItsHalfPathLength() {
        double kstep = 0.05;
        int nk = 321;
        double[] chi = new double[nk];
        for (int i = 0; i < nk; i++) {
            chi[i] = Math.sin(2 * i * kstep * 2.5);
        }
        double[] k = new double[nk];
        for (int i = 0; i < nk; i++) {
            k[i] = i * kstep;
        }
        double[] w = FtWindow.values(k, 2, 14, 1, 1, "hanning");
        XafsTransform.Complex chir = XafsTransform.forward(chi, kstep, 2048, 0, w, 10);
        List<RPeaks.Peak> peaks = RPeaks.find(chir.x(), chir.magnitude(), 0.5, 6, 0.3);
        assertEquals(1, peaks.size());
        assertEquals(2.5, peaks.get(0).r(), 0.005);
        // height: at R0 the sum Σ w sin(2kR0) e^{−2ikR0} has modulus ≈ ½Σw; times δk/√π
        double sumW = 0;
        for (double v : w) {
            sumW += v;
        }
        assertEquals(0.5 * sumW * kstep / Math.sqrt(Math.PI), peaks.get(0).height(), 0.01 * peaks.get(0).height());
        // back-transform with an R window that passes everything returns the weighted χ (real part)
        double[] ones = new double[chir.x().length];
        java.util.Arrays.fill(ones, 1);
        XafsTransform.Complex full = XafsTransform.forward(chi, kstep, 2048, 0, w, 1000);
        XafsTransform.Complex q = XafsTransform.reverse(full, ones(full.x().length), 2048, 16);
        for (int i = 60; i < 260; i++) {
            assertEquals(chi[i] * w[i], q.re()[i], 0.02, "q = " + q.x()[i]);
        }
    }

    private static double[] ones(int n) {
        double[] o = new double[n];
        java.util.Arrays.fill(o, 1);
        return o;
    }

    @Test
    void autobkRemovesASmoothBackgroundUnderAShell() {
        // µ(E) = 1 + 0.8·(1 − exp(−k/4)) (smooth atomic background) + step·χ, χ = 0.1 sin(2k·2.2)/k·e^{−0.01k²}
        double e0 = 9000;
        int n = 700;
        double[] e = new double[n];
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = 8900 + i * 1.5;
            double k = Xafs.k(e[i], e0);
            double bk = k <= 0 ? 0.2 : 1 + 0.8 * (1 - Math.exp(-k / 4));
            double chi = k <= 0.5 ? 0 : 0.1 * Math.sin(2 * k * 2.2) / k * Math.exp(-0.01 * k * k);
            mu[i] = bk + chi;
        }
        Autobk.Result r = Autobk.run(e, mu, e0, 1.0, Autobk.Settings.DEFAULTS);
        double worst = 0;
        for (int i = 0; i < r.k().length; i++) {
            double k = r.k()[i];
            if (k > 3 && k < r.kmax() - 1) {
                double truth = 0.1 * Math.sin(2 * k * 2.2) / k * Math.exp(-0.01 * k * k);
                worst = Math.max(worst, Math.abs(r.chi()[i] - truth));
            }
        }
        assertTrue(worst < 0.004, "largest χ error " + worst);
        assertEquals(1 + 2 * (int) (2 * 1.0 * r.kmax() / Math.PI) / 2, r.knots(), 1, "Larch's knot count");
        assertThrows(IllegalArgumentException.class, () -> Autobk.run(e, mu, e[n - 3], 1.0, Autobk.Settings.DEFAULTS));
    }

    @Test
    void windowsHaveLarchShapes() {
        double[] x = {1.5, 2.0, 2.5, 8, 11.5, 12, 12.5, 13};
        double[] h = FtWindow.values(x, 2, 12, 1, 1, "hanning");
        assertEquals(0, h[0], 1e-12);
        assertEquals(0.5, h[1], 1e-12);
        assertEquals(1, h[2], 1e-12);
        assertEquals(1, h[3], 1e-12);
        assertEquals(0.5, h[5], 1e-12);
        assertEquals(0, h[6], 1e-12);
        double[] kai = FtWindow.values(x, 2, 12, 4, 4, "kaiser");
        assertEquals(1, FtWindow.values(new double[] {7}, 2, 12, 4, 4, "kaiser")[0], 1e-12, "centre of [0, 14]");
        assertEquals(0, FtWindow.values(new double[] {14.5}, 2, 12, 4, 4, "kaiser")[0], 1e-12);
        assertTrue(kai[7] > 0 && kai[7] < kai[6]);
        assertEquals(11.301921952136330, FtWindow.besselI0(4), 1e-12, "I0(4), Abramowitz & Stegun table 9.8");
        assertThrows(IllegalArgumentException.class, () -> FtWindow.values(x, 2, 12, 1, 1, "triangle"));
    }
}
