package org.electrocat.vibspec.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.electrocat.vibspec.process.baseline.BaselineResult;
import org.electrocat.vibspec.process.baseline.PenalizedBaselines;
import org.electrocat.vibspec.process.baseline.ShapeBaselines;
import org.junit.jupiter.api.Test;

/**
 * Baselines against independent numpy/scipy implementations of the same algorithms
 * (src/test/python/baseline_reference.py: scipy.linalg.solveh_banded for the Whittaker systems,
 * scipy.spatial.ConvexHull for the rubberband, numpy lstsq for the polynomial), on a synthetic Raman
 * spectrum: four Lorentzians on a quadratic + exponential baseline with deterministic ripple.
 */
class BaselineTest {

    static final int[] IDX = {0, 100, 250, 400, 500};

    /** x = 200..1200 cm-1 step 2; the same formula as baseline_reference.py. */
    static double[][] signal() {
        int n = 501;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 200.0 + 2.0 * i;
            double base = 100 + 0.05 * (x[i] - 200) + 3e-5 * (x[i] - 700) * (x[i] - 700)
                    + 40 * Math.exp(-(x[i] - 200) / 400);
            double peaks = lorentz(x[i], 400, 2000, 10) + lorentz(x[i], 715, 1500, 14) + lorentz(x[i], 1000, 3000, 8)
                    + lorentz(x[i], 1045, 1000, 12);
            y[i] = base + peaks + 0.5 * Math.sin(12.9898 * i) + 0.3 * Math.cos(78.233 * i);
        }
        return new double[][] {x, y};
    }

    static double lorentz(double x, double c, double area, double fwhm) {
        double g = fwhm / 2;
        return area / Math.PI * g / ((x - c) * (x - c) + g * g);
    }

    static void assertMatches(double[] expectedAtIdx, double expectedSum, double[] z, double tol) {
        for (int k = 0; k < IDX.length; k++) {
            assertEquals(expectedAtIdx[k], z[IDX[k]], tol, "point " + IDX[k]);
        }
        double sum = 0;
        for (double v : z) {
            sum += v;
        }
        assertEquals(expectedSum, sum, tol * z.length);
    }

    @Test
    void aslsMatchesScipy() {
        double[][] s = signal();
        BaselineResult r = new PenalizedBaselines(501, 1e6, 2).asls(s[1], 1e-2, 50, 1e-3);
        assertEquals(8, r.iterations());
        assertTrue(r.converged());
        assertMatches(new double[] {142.47301068346326, 137.51741606066955, 136.71670075329, 149.46797584903885,
            160.09660881582485}, 71332.54776646127, r.baseline(), 1e-8);
    }

    @Test
    void arplsMatchesScipy() {
        double[][] s = signal();
        BaselineResult r = new PenalizedBaselines(501, 1e5, 2).arpls(s[1], 50, 1e-3);
        assertEquals(14, r.iterations());
        assertMatches(new double[] {147.1246463048151, 137.75113447826064, 137.48823065531224, 149.30736401102556,
            160.68409106908126}, 71585.47822418358, r.baseline(), 1e-8);
    }

    @Test
    void arplsRecoversTheTrueBaselineBetweenBands() {
        double[][] s = signal();
        double[] z = new PenalizedBaselines(501, 1e5, 2).arpls(s[1], 50, 1e-3).baseline();
        // at 550 cm-1 (index 175), far from every band, the baseline is within the ripple of the truth
        double x = 550;
        double truth = 100 + 0.05 * (x - 200) + 3e-5 * (x - 700) * (x - 700) + 40 * Math.exp(-(x - 200) / 400);
        assertEquals(truth, z[175], 1.5);
    }

    @Test
    void snipMatchesNumpy() {
        double[][] s = signal();
        assertMatches(new double[] {147.24593354960146, 137.90143389711844, 137.28766414180959, 150.15610435827932,
            160.24764112824897}, 71426.64308314539, ShapeBaselines.snip(s[1], 20, false, 2).baseline(), 1e-9);
        assertMatches(new double[] {147.56922323821502, 142.98347140663884, 142.28211636663312, 158.30537009618388,
            160.24764112824897}, 72137.15392238605, ShapeBaselines.snip(s[1], 20, true, 4).baseline(), 1e-9);
    }

    @Test
    void rubberbandMatchesConvexHull() {
        double[][] s = signal();
        BaselineResult r = ShapeBaselines.rubberband(s[0], s[1], 1, 0, 2);
        double hull = 0;
        for (double m : r.weights()) {
            hull += m;
        }
        assertEquals(14, hull, 0);
        assertMatches(new double[] {147.9007698236995, 137.51026833200348, 136.82075250310263, 148.5804660021524,
            160.24764112824897}, 71248.1640642664, r.baseline(), 1e-9);
        // a decreasing axis (IR) gives the same baseline, reversed
        double[] xr = new double[501];
        double[] yr = new double[501];
        for (int i = 0; i < 501; i++) {
            xr[i] = s[0][500 - i];
            yr[i] = s[1][500 - i];
        }
        assertEquals(r.baseline()[100], ShapeBaselines.rubberband(xr, yr, 1, 0, 2).baseline()[400], 1e-12);
    }

    @Test
    void polyOnBandFreeRegionsMatchesLstsq() {
        double[][] s = signal();
        double[] w = new double[501];
        for (int i = 0; i < 501; i++) {
            double x = s[0][i];
            w[i] = Math.abs(x - 400) < 40 || Math.abs(x - 715) < 50 || Math.abs(x - 1000) < 80 ? 0 : 1;
        }
        assertMatches(new double[] {147.51896427540447, 137.6479732548974, 137.02598088005863, 148.853525378621,
            161.1150443552715}, 71549.16773825578, ShapeBaselines.poly(s[0], s[1], 3, w).baseline(), 1e-9);
    }

    @Test
    void badParameters() {
        double[] y = signal()[1];
        assertThrows(IllegalArgumentException.class, () -> new PenalizedBaselines(501, -1, 2));
        assertThrows(IllegalArgumentException.class, () -> new PenalizedBaselines(501, 1e5, 2).asls(y, 1.5, 50, 1e-3));
        double[] nan = y.clone();
        nan[7] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PenalizedBaselines(501, 1e5, 2).arpls(nan, 50, 1e-3));
        assertTrue(e.getMessage().contains("intensity 8"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShapeBaselines.snip(y, 0, false, 2));
        assertThrows(IllegalArgumentException.class, () -> ShapeBaselines.rubberband(signal()[0], y, 200, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> ShapeBaselines.poly(signal()[0], y, 3, new double[501]));
    }
}
