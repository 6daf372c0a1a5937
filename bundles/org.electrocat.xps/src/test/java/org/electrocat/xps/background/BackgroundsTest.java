package org.electrocat.xps.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BackgroundsTest {

    /** erf by Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7). */
    static double erf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x));
        double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
                * Math.exp(-x * x);
        return x >= 0 ? y : -y;
    }

    @Test
    void shirleyRecoversTheStepUnderAGaussian() {
        // I = c + k·∫P (the analytic Shirley step, via erf) + P, P a Gaussian of area A at 285 eV;
        // Shirley's fixed point is exactly B = c + k·∫_{E_lo}^{E} P, whatever k.
        int n = 601;
        double c = 100;
        double k = 0.4;
        double a = 500;
        double s = 0.6;
        double[] be = new double[n];
        double[] y = new double[n];
        double[] truth = new double[n];
        for (int i = 0; i < n; i++) {
            be[i] = 295 - 0.025 * i; // descending, as XPS files often are
            double u = (be[i] - 285) / (s * Math.sqrt(2));
            double p = a / (s * Math.sqrt(2 * Math.PI)) * Math.exp(-u * u);
            double cum = a * 0.5 * (1 + erf(u)) - a * 0.5 * (1 + erf((280 - 285) / (s * Math.sqrt(2))));
            truth[i] = c + k * cum;
            y[i] = truth[i] + p;
        }
        double[] b = Backgrounds.shirley(be, y, 1, 1e-9, 200);
        for (int i = 0; i < n; i++) {
            assertEquals(truth[i], b[i], 0.05, "BE " + be[i]);
        }
        double[] line = Backgrounds.linear(be, y, 1);
        assertEquals(y[0], line[0], 1e-12);
        assertEquals(y[n - 1], line[n - 1], 1e-12);
    }

    @Test
    void tougaardInvertsTheLossConvolutionItIsDefinedBy() {
        // Build J with J(E) = P(E) + c + ∫_{E_lo}^{E} K(E − E′)(J(E′) − c) dE′ by marching up in BE (a
        // Volterra equation of the second kind, solved point by point), then Tougaard(J) must return
        // J − P, and far above a narrow line the background is A·B·T/(C + T²)² (the cross-section).
        int n = 1601;
        double h = 0.05;
        double c = 20;
        double bb = Backgrounds.TOUGAARD_B;
        double cc = Backgrounds.TOUGAARD_C;
        double[] be = new double[n];
        double[] p = new double[n];
        double[] j = new double[n];
        for (int i = 0; i < n; i++) {
            be[i] = 400 + i * h;
            double u = (be[i] - 410) / 0.3;
            p[i] = 1000 * Math.exp(-0.5 * u * u);
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int m = 1; m <= i; m++) {
                double f1 = bb * Backgrounds.kernel(be[i] - be[m - 1], cc) * (j[m - 1] - c);
                double f2 = m == i ? 0 : bb * Backgrounds.kernel(be[i] - be[m], cc) * (j[m] - c);
                s += 0.5 * (f1 + f2) * h;
            }
            j[i] = p[i] + c + s; // K(0) = 0, so the unknown J(E_i) does not enter its own integral
        }
        double[] b = Backgrounds.tougaard(be, j, 1, bb, cc, false);
        for (int i = 0; i < n; i++) {
            assertEquals(j[i] - p[i], b[i], 1e-6 * (1 + Math.abs(b[i])), "BE " + be[i]);
        }
        double area = 1000 * 0.3 * Math.sqrt(2 * Math.PI);
        double t = be[n - 1] - 410;
        double d = cc + t * t;
        double firstOrder = area * bb * t / (d * d);
        // a bare line on a constant (no multiple losses): far above it the background is A·K(T)
        double[] bare = new double[n];
        for (int i = 0; i < n; i++) {
            bare[i] = p[i] + c;
        }
        double[] single = Backgrounds.tougaard(be, bare, 1, bb, cc, false);
        assertEquals(firstOrder, single[n - 1] - c, 1e-3 * firstOrder);
        assertThrows(IllegalArgumentException.class, () -> Backgrounds.shirley(new double[] {1, 2}, new double[] {1, 2}, 1,
                1e-6, 10));
    }
}
