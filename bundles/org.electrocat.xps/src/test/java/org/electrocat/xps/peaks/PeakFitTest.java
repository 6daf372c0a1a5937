package org.electrocat.xps.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PeakFitTest {

    private static final PeakFit.Settings GL30 = new PeakFit.Settings(PeakShape.GL_PRODUCT, 0.3, 0, false,
            PeakFit.Widths.DOUBLET, 1.5, false, 3);

    @Test
    void noisyPdAndAgDoubletsRecoverPositionsAndAreasWithinTheirErrors() {
        // Pd 3d5/2 at 335.60 eV (area 6000), Ag 3d5/2 at 368.30 eV (area 9000), GL(30), fwhm 1.2 / 1.0,
        // Gaussian noise σ = 20 (fixed seed); the fit starts 0.4 eV off.
        double[] x = new double[900];
        double[] y = new double[900];
        Random rnd = new Random(7);
        double kPd = PeakShape.GL_PRODUCT.area(0, 1.2, 0.3, 0, 0, 0);
        double kAg = PeakShape.GL_PRODUCT.area(0, 1.0, 0.3, 0, 0, 0);
        for (int i = 0; i < x.length; i++) {
            x[i] = 330 + 0.05 * i;
            double v = 0;
            v += 6000 / kPd * PeakShape.GL_PRODUCT.value(x[i], 335.60, 1.2, 0.3, 0);
            v += 4000 / kPd * PeakShape.GL_PRODUCT.value(x[i], 335.60 + 5.26, 1.2, 0.3, 0);
            v += 9000 / kAg * PeakShape.GL_PRODUCT.value(x[i], 368.30, 1.0, 0.3, 0);
            v += 6000 / kAg * PeakShape.GL_PRODUCT.value(x[i], 368.30 + 6.0, 1.0, 0.3, 0);
            y[i] = v + 20 * rnd.nextGaussian();
        }
        List<PeakList.Peak> peaks = PeakList.parse("Pd 3d 336.0; Ag 3d 367.9");
        PeakFit.Result r = PeakFit.fit(x, y, peaks, GL30);
        assertTrue(r.fit().converged());
        assertEquals(List.of("Pd 3d5/2", "Pd 3d3/2", "Ag 3d5/2", "Ag 3d3/2"), r.lines().stream().map(PeakFit.Line::name).toList());
        double[] pos = {335.60, 340.86, 368.30, 374.30};
        double[] area = {6000, 4000, 9000, 6000};
        for (int l = 0; l < 4; l++) {
            PeakFit.Line line = r.lines().get(l);
            assertTrue(line.positionSe() > 0 && line.positionSe() < 0.02, line.toString());
            assertEquals(pos[l], line.position(), 3 * line.positionSe(), line.name());
            assertEquals(area[l], line.area(), 3 * line.areaSe(), line.name());
        }
        assertEquals(2.0 / 3.0, r.lines().get(1).area() / r.lines().get(0).area(), 1e-9, "constrained 3:2");
        assertEquals(5.26, r.lines().get(1).position() - r.lines().get(0).position(), 1e-12, "fixed splitting");
    }

    @Test
    void noiselessSingletsAreExactForEveryShape() {
        for (PeakShape shape : PeakShape.values()) {
            double asym = shape == PeakShape.DONIACH_SUNJIC ? 0.1 : shape == PeakShape.ASYMMETRIC_GL ? 0.5 : 0;
            double[] x = new double[400];
            double[] y = new double[400];
            for (int i = 0; i < x.length; i++) {
                x[i] = 280 + 0.025 * i;
                y[i] = 1000 * shape.value(x[i], 284.8, 1.1, 0.3, asym);
            }
            PeakFit.Settings s = new PeakFit.Settings(shape, 0.3, asym, false, PeakFit.Widths.DOUBLET, 1.5, false, 2);
            PeakFit.Result r = PeakFit.fit(x, y, PeakList.parse("C 1s 285.3"), s);
            PeakFit.Line c = r.lines().get(0);
            assertEquals(284.8, c.position(), 1e-6, shape.id());
            assertEquals(1.1, c.fwhm(), 1e-6, shape.id());
            assertEquals(1000, c.height(), 1e-3, shape.id());
        }
    }

    @Test
    void shapeAreasMatchClosedForms() {
        // Gaussian of fwhm w: w·√(π/(4 ln 2)); Lorentzian: π·w/2; GL sum is their mix
        double w = 1.3;
        double g = w * Math.sqrt(Math.PI / (4 * Math.log(2)));
        assertEquals(g, PeakShape.GL_PRODUCT.area(0, w, 0, 0, 0, 0), 1e-9);
        assertEquals(Math.PI * w / 2, PeakShape.GL_PRODUCT.area(0, w, 1, 0, 0, 0), 1e-6);
        assertEquals(0.7 * g + 0.3 * Math.PI * w / 2, PeakShape.GL_SUM.area(0, w, 0.3, 0, 0, 0), 1e-6);
        assertEquals(Math.PI * w / 2, PeakShape.DONIACH_SUNJIC.area(0, w, 0, 0, 0, 0), 1e-6, "DS with α = 0 is a Lorentzian");
    }

    @Test
    void areasAwayFromZeroMatchDirectIntegration() {
        // an asymmetric GL(30) line at 335.6 eV, fwhm 1.7, a = 0.4: trapezoid rule on ±2000 fwhm in
        // 0.0005 eV steps (its Lorentzian tails beyond that hold < 1e-4 of the area)
        double x0 = 335.6;
        double w = 1.7;
        double direct = 0;
        double step = 5e-4;
        for (double x = x0 - 2000 * w; x < x0 + 2000 * w; x += step) {
            direct += step * 0.5 * (PeakShape.ASYMMETRIC_GL.value(x, x0, w, 0.3, 0.4)
                    + PeakShape.ASYMMETRIC_GL.value(x + step, x0, w, 0.3, 0.4));
        }
        assertEquals(direct, PeakShape.ASYMMETRIC_GL.area(x0, w, 0.3, 0.4, 330, 340), 2e-4 * direct);
        assertTrue(PeakShape.ASYMMETRIC_GL.areaScalesWithWidth(0.4));
        // windowed Doniach–Šunjić (α > 0): a line whose tail leaves the window keeps less of its area in it
        assertTrue(!PeakShape.DONIACH_SUNJIC.areaScalesWithWidth(0.1));
        assertTrue(PeakShape.DONIACH_SUNJIC.area(339, 1, 0, 0.1, 330, 340)
                < PeakShape.DONIACH_SUNJIC.area(335, 1, 0, 0.1, 330, 340));
    }

    @Test
    void peakListSyntax() {
        List<PeakList.Peak> p = PeakList.parse("Ti 2p 458.6; S 2p 162 doublet(1.2, 2:1); C 1s 284.8; Pd 3d 335 singlet");
        assertEquals(5.7, p.get(0).doublet().splitting(), 0);
        assertEquals(0.5, p.get(0).doublet().ratio(), 0);
        assertEquals(1.2, p.get(1).doublet().splitting(), 0);
        assertEquals(0.5, p.get(1).doublet().ratio(), 0);
        assertNull(p.get(2).doublet());
        assertNull(p.get(3).doublet());
        assertThrows(IllegalArgumentException.class, () -> PeakList.parse("Fe 2p 710 doublet"));
        assertThrows(IllegalArgumentException.class, () -> PeakList.parse("335.6"));
    }
}
