package org.electrocat.vibspec.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.electrocat.vibspec.io.spc.SpcReader;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.process.peaks.PeakDetection;
import org.electrocat.vibspec.process.peaks.PeakFit;
import org.electrocat.vibspec.process.peaks.PeakFit.Background;
import org.electrocat.vibspec.process.peaks.PeakFit.Guess;
import org.electrocat.vibspec.process.peaks.PeakShape;
import org.electrocat.vibspec.testing.Fixtures;
import org.electrocat.vibspec.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Band fitting on analytic spectra (known bands on a known quadratic + exponential baseline with
 * Gaussian noise of known σ): the fitted positions, FWHMs and areas must come back within a few of
 * their own standard errors, and across many noise draws about 95 % of the true values must fall
 * within 2 standard errors (a check that the errors are calibrated, not merely small). On real data,
 * the 1601 and 1583 cm⁻¹ bands of polystyrene come back at their published positions.
 */
class PeakFitTest {

    static final double[][] BANDS = {{400, 2000, 10}, {715, 1500, 14}, {1000, 3000, 8}, {1045, 1000, 12}};

    static double[][] spectrum(PeakShape shape, double eta, double sigma, long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[501];
        double[] y = new double[501];
        double[] f = new double[4];
        for (int i = 0; i < 501; i++) {
            x[i] = 200.0 + 2.0 * i;
            double v = 100 + 0.05 * (x[i] - 200) + 3e-5 * (x[i] - 700) * (x[i] - 700) + 40 * Math.exp(-(x[i] - 200) / 400);
            for (double[] b : BANDS) {
                shape.eval(x[i], b[0], b[2], eta, f);
                v += b[1] * f[0];
            }
            y[i] = v + sigma * rnd.nextGaussian();
        }
        return new double[][] {x, y};
    }

    static PeakFit.Outcome fitPair(double[][] s, PeakShape shape) {
        return PeakFit.fit(s[0], s[1], 950, 1100, List.of(new Guess(998, 12), new Guess(1048, 12)), shape,
                Background.LINEAR, 15, false);
    }

    @Test
    void lorentziansComeBackWithinTheirErrors() {
        double[][] s = spectrum(PeakShape.LORENTZIAN, 1, 0.5, 42);
        PeakFit.Outcome o = fitPair(s, PeakShape.LORENTZIAN);
        assertTrue(o.converged(), o.message());
        for (int k = 0; k < 2; k++) {
            PeakFit.FittedPeak p = o.peaks().get(k);
            double[] truth = BANDS[2 + k];
            assertEquals(truth[0], p.position(), 4 * p.positionSE(), "position " + k);
            assertEquals(truth[1], p.area(), 4 * p.areaSE(), "area " + k);
            assertEquals(truth[2], p.fwhm(), 4 * p.fwhmSE(), "fwhm " + k);
            assertEquals(truth[1] * 2 / (Math.PI * truth[2]), p.height(), 4 * p.heightSE(), "height " + k);
            assertTrue(p.positionSE() > 0 && p.positionSE() < 0.2, "position SE " + p.positionSE());
        }
        assertTrue(o.rSquared() > 0.999);
        // residual scatter recovers the noise: reduced chi-square ~ sigma^2 = 0.25
        assertEquals(0.25, o.reducedChiSquare(), 0.1);
    }

    @Test
    void gaussianAndPseudoVoigtShapes() {
        PeakFit.Outcome g = fitPair(spectrum(PeakShape.GAUSSIAN, 0, 0.5, 7), PeakShape.GAUSSIAN);
        assertEquals(1000, g.peaks().get(0).position(), 4 * g.peaks().get(0).positionSE());
        assertEquals(3000, g.peaks().get(0).area(), 4 * g.peaks().get(0).areaSE());
        PeakFit.Outcome pv = PeakFit.fit(spectrum(PeakShape.PSEUDO_VOIGT, 0.3, 0.2, 11)[0],
                spectrum(PeakShape.PSEUDO_VOIGT, 0.3, 0.2, 11)[1], 650, 780, List.of(new Guess(712, 10)),
                PeakShape.PSEUDO_VOIGT, Background.LINEAR, 15, false);
        PeakFit.FittedPeak p = pv.peaks().get(0);
        assertEquals(0.3, p.eta(), 4 * p.etaSE());
        assertEquals(715, p.position(), 4 * p.positionSE());
        assertEquals(1500, p.area(), 4 * p.areaSE());
    }

    @Test
    void standardErrorsAreCalibrated() {
        int within = 0;
        int total = 0;
        for (long seed = 100; seed < 140; seed++) {
            PeakFit.Outcome o = fitPair(spectrum(PeakShape.LORENTZIAN, 1, 0.5, seed), PeakShape.LORENTZIAN);
            for (int k = 0; k < 2; k++) {
                PeakFit.FittedPeak p = o.peaks().get(k);
                within += Math.abs(p.position() - BANDS[2 + k][0]) <= 2 * p.positionSE() ? 1 : 0;
                within += Math.abs(p.area() - BANDS[2 + k][1]) <= 2 * p.areaSE() ? 1 : 0;
                total += 2;
            }
        }
        double coverage = within / (double) total;
        assertTrue(coverage > 0.85 && coverage < 0.995, "2-sigma coverage " + coverage);
    }

    @Test
    void analyticJacobianMatchesFiniteDifferences() {
        double[] f = new double[4];
        double[] fp = new double[4];
        double[] fm = new double[4];
        for (PeakShape shape : PeakShape.values()) {
            double c = 1000;
            double w = 9;
            double eta = 0.4;
            for (double x : new double[] {990, 997.3, 1000, 1004, 1020}) {
                shape.eval(x, c, w, eta, f);
                double h = 1e-6;
                shape.eval(x, c + h, w, eta, fp);
                shape.eval(x, c - h, w, eta, fm);
                assertEquals((fp[0] - fm[0]) / (2 * h), f[1], 1e-7, shape + " d/dc at " + x);
                shape.eval(x, c, w + h, eta, fp);
                shape.eval(x, c, w - h, eta, fm);
                assertEquals((fp[0] - fm[0]) / (2 * h), f[2], 1e-7, shape + " d/dw at " + x);
                shape.eval(x, c, w, eta + h, fp);
                shape.eval(x, c, w, eta - h, fm);
                assertEquals((fp[0] - fm[0]) / (2 * h), f[3], 1e-7, shape + " d/deta at " + x);
            }
            // unit area: trapezoid over +-2000 FWHM of a fine grid
            double area = 0;
            for (double x = c - 2000 * w; x < c + 2000 * w; x += w / 200) {
                shape.eval(x, c, w, eta, f);
                area += f[0] * w / 200;
            }
            assertEquals(1, area, shape == PeakShape.GAUSSIAN ? 1e-9 : 2e-4, shape + " area");
            shape.eval(c, c, w, eta, f);
            assertEquals(shape.unitHeight(w, eta), f[0], 1e-15);
        }
    }

    @Test
    void detectionFindsTheFourBandsAboveAutomaticThreshold() {
        double[][] s = spectrum(PeakShape.LORENTZIAN, 1, 0.5, 3);
        List<PeakDetection.Band> bands = PeakDetection.detect(s[0], s[1], 0, 4, 10, false);
        assertEquals(4, bands.size(), bands.toString());
        for (int k = 0; k < 4; k++) {
            assertEquals(BANDS[k][0], bands.get(k).position(), 2.0);
            assertEquals(BANDS[k][2], bands.get(k).fwhm(), 4.0);
        }
        // the robust noise estimate: exact for white noise on a line, biased up a little by sharp bands
        Random rnd = new Random(5);
        double[] flat = new double[2000];
        for (int i = 0; i < flat.length; i++) {
            flat[i] = 3 + 0.01 * i + 0.5 * rnd.nextGaussian();
        }
        assertEquals(0.5, PeakDetection.noise(flat), 0.05);
        assertEquals(0.5, PeakDetection.noise(s[1]), 0.15);
    }

    @Test
    void polystyreneReferenceBands() throws IOException {
        // published polystyrene wavenumber standards: 1601.2 and 1583.0 cm-1 (ASTM E1421, NIST SRM 1921);
        // the sample is a 4 cm-1 resolution survey spectrum, so agreement to 1 cm-1 is expected
        Spectrum s = Spectrum.of(Fixtures.read(new SpcReader(), SharedData.file("raman_ir/Ft-ir.spc")).get(0));
        double[] absorbance = AxisConversion.transmittanceToAbsorbance(percentToFraction(s.y()));
        PeakFit.Outcome o = PeakFit.fit(s.x(), absorbance, 1560, 1625, List.of(new Guess(1602, 8), new Guess(1584, 8)),
                PeakShape.PSEUDO_VOIGT, Background.LINEAR, 6, false);
        assertEquals(1601.2, o.peaks().get(0).position(), 1.0);
        assertEquals(1583.0, o.peaks().get(1).position(), 1.0);
        assertTrue(o.peaks().get(0).area() > o.peaks().get(1).area());
        List<PeakDetection.Band> dips = PeakDetection.detect(s.x(), s.y(), 2, 0, 0, true);
        assertTrue(dips.stream().anyMatch(b -> Math.abs(b.position() - 1601) <= 2), dips.toString());
        assertTrue(dips.stream().anyMatch(b -> Math.abs(b.position() - 698) <= 2), dips.toString());
    }

    static double[] percentToFraction(double[] t) {
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = t[i] / 100;
        }
        return out;
    }
}
