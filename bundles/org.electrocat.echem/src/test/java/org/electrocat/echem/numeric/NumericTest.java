package org.electrocat.echem.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.electrocat.math.fit.LinearFit;
import org.electrocat.math.fit.LinearFitResult;
import org.junit.jupiter.api.Test;

/** Numerics against analytic results and scipy reference values. */
class NumericTest {

    private static double[] linspace(double a, double b, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a + (b - a) * i / (n - 1);
        }
        return x;
    }

    @Test
    void constantCurrentIntegratesToCurrentTimesTime() {
        double[] t = linspace(0, 3600, 3601);
        double[] i = new double[t.length];
        java.util.Arrays.fill(i, -2.5e-3);
        GappedIntegral.Integral q = GappedIntegral.integrateAbs(t, i, 0, t.length);
        assertEquals(2.5e-3 * 3600, q.value(), 1e-12);
        assertEquals(-2.5e-3 * 3600, GappedIntegral.integrate(t, i, 0, t.length).value(), 1e-12);
        assertEquals(0, q.errorEstimate(), 1e-12, "a constant is integrated exactly");
    }

    @Test
    void absoluteValueAcrossZeroIsExactForTheInterpolant() {
        // two samples y = -1 .. +1 over dx = 1: |y| area = 0.5 (two triangles of 0.25)
        assertEquals(0.5, GappedIntegral.integrateAbs(new double[] {0, 1}, new double[] {-1, 1}, 0, 2).value(), 1e-15);
        // ∫0^2π |sin| = 4; error estimate must bracket the true error within a factor 3
        double[] x = linspace(0, 2 * Math.PI, 2001);
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            y[k] = Math.sin(x[k]);
        }
        GappedIntegral.Integral r = GappedIntegral.integrateAbs(x, y, 0, x.length);
        double trueErr = Math.abs(r.value() - 4);
        assertTrue(trueErr < 1e-5);
        assertTrue(r.errorEstimate() > trueErr / 3 && r.errorEstimate() < trueErr * 3,
                "estimate " + r.errorEstimate() + " vs true " + trueErr);
    }

    @Test
    void nanAndBackwardsTimeAreSkippedAndCounted() {
        double[] t = {0, 1, 2, 1.5, 3, 4, 5};
        double[] i = {1, 1, 1, 1, 1, Double.NaN, 1};
        GappedIntegral.Integral r = GappedIntegral.integrate(t, i, 0, t.length);
        assertEquals(2, r.skippedNaN());
        assertEquals(1, r.skippedNonMonotonic());
        assertEquals(3.5, r.value(), 0); // [0,1], [1,2] and [1.5,3]
        double[] cum = GappedIntegral.cumulativeAbs(t, i, 0, t.length);
        assertEquals(3.5, cum[6], 0);
        assertEquals(2.0, cum[2], 0);
        assertEquals(2.0, cum[3], 0); // the backwards interval adds nothing
        assertEquals(3.5, cum[4], 0);
        assertTrue(Double.isNaN(r.errorEstimate()), "no Richardson estimate across gaps");
    }

    @Test
    void calibrationNumbersThroughTheSharedLinearFit() {
        // the values echem's own line fit gave before it moved to org.electrocat.math:
        // scipy.stats.linregress(x, y) and Miller & Miller eq. 5.9 evaluated with numpy
        double[] x = {0, 10, 20, 40, 60, 80};
        double[] y = {0.005, 0.121, 0.232, 0.468, 0.690, 0.911};
        LinearFitResult f = LinearFit.fit(x, y);
        assertEquals(0.011348421052631577, f.slope(), 1e-15);
        assertEquals(0.007305263157894815, f.intercept(), 1e-15);
        assertEquals(6.360368985272622e-05, f.slopeStandardError(), 1e-17);
        assertEquals(0.002856270741452615, f.interceptStandardError(), 1e-15);
        assertEquals(0.9998743683199296, f.rSquared(), 1e-13);
        assertEquals(0.004383581808713523, f.residualStandardDeviation(), 1e-15);
        double[] inv = f.inversePrediction(0.35, 1);
        assertEquals(30.197569798719968, inv[0], 1e-11);
        assertEquals(0.4180891711995472, inv[1], 1e-12);
        assertTrue(Double.isNaN(LinearFit.fit(new double[] {1, 2}, new double[] {3, 5}).slopeStandardError()),
                "two points: no degrees of freedom, SE unknown not zero");
    }

    @Test
    void triangleWaveIsSegmentedIntoSweepsAndCycles() {
        // 0 -> 1 -> 0 -> 1 -> 0 V with 1 mV noise, three and a half... two full cycles
        int per = 500;
        double[] e = new double[4 * per + 1];
        Random rnd = new Random(1);
        for (int i = 0; i < e.length; i++) {
            double phase = (i % (2 * per)) / (double) per;
            e[i] = (phase <= 1 ? phase : 2 - phase) + 0.001 * rnd.nextGaussian();
        }
        List<ScanSegmenter.Segment> s = ScanSegmenter.segment(e, 0.01);
        assertEquals(4, s.size());
        assertEquals(1, s.get(0).direction());
        assertEquals(-1, s.get(1).direction());
        assertEquals(1, s.get(1).cycle());
        assertEquals(2, s.get(2).cycle());
        assertEquals(2, s.get(3).cycle());
        assertEquals(per, s.get(0).to() - 1, 3.0, "turn at the vertex within the noise");
        assertEquals(e.length, s.get(3).to());
    }

    @Test
    void gaussianPeakOnFlatAndSlopedBaseline() {
        double a = 2.0;
        double sigma = 0.05;
        double x0 = -0.3;
        double[] x = linspace(-1.0, 0.4, 1401);
        double[] flat = new double[x.length];
        double[] sloped = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            double g = a * Math.exp(-0.5 * Math.pow((x[k] - x0) / sigma, 2));
            flat[k] = 0.7 + g;
            sloped[k] = 0.7 + 0.4 * x[k] + g;
        }
        BaselinePeaks.Peak p = BaselinePeaks.find(x, flat, 0, x.length, 0.1).get(0);
        assertEquals(x0, p.position(), 1e-6);
        // baseline anchored 4 half-widths (4.71σ) out, where the Gaussian is still 2·exp(-11.1) = 3.0e-5:
        // the baseline sits that much high, costing 3.0e-5 × 9.4σ = 1.4e-5 of area (and 2.6e-6 relative in tails)
        assertEquals(a, p.height(), 1e-4);
        assertEquals(a * sigma * Math.sqrt(2 * Math.PI), p.area(), 2e-5);
        BaselinePeaks.Peak s = BaselinePeaks.find(x, sloped, 0, x.length, 0.1).get(0);
        assertEquals(x0, s.position(), 1e-5);
        // on a slope of 0.4 the right base (lowest point) lies ~3.5σ out where the Gaussian is still 4e-3:
        // the automatic baseline is good to 0.2 %; the hand-set window below is exact
        assertEquals(a, s.height(), 0.01, "anchors near the peak follow a sloped background");
        BaselinePeaks.Peak w = BaselinePeaks.inWindow(x, sloped, 0, x.length, -0.7, 0.1);
        assertEquals(x0, w.position(), 1e-6);
        assertEquals(a, w.height(), 1e-6);
        assertEquals(a * sigma * Math.sqrt(2 * Math.PI), w.area(), 1e-6);
        assertNull(BaselinePeaks.inWindow(x, sloped, 0, x.length, 0.2, 0.21));
    }

    @Test
    void onsetOfAPiecewiseLinearCathodicCurrent() {
        // sweep 0 -> -1 V; j = 0 above -0.5 V, then falls with 10 mA cm-2 per V; y = -j
        double[] e = linspace(0, -1, 1001);
        double[] y = new double[e.length];
        for (int k = 0; k < e.length; k++) {
            y[k] = e[k] < -0.5 ? 10 * (-0.5 - e[k]) : 0;
        }
        y[3] = 5; // a charging spike at the start
        assertEquals(-0.6, OnsetFinder.threshold(e, y, 0, e.length, 1.0, true), 1e-12);
        assertEquals(e[2] + (1.0 / 5) * (e[3] - e[2]), OnsetFinder.threshold(e, y, 0, e.length, 1.0, false), 1e-12);
        y[3] = 0;
        OnsetFinder.Tangent t = OnsetFinder.tangent(e, y, 0, e.length, 0.1, 11);
        assertEquals(-0.5, t.potential(), 1e-9);
        assertEquals(-10, t.tangentSlope(), 1e-9);
    }
}
