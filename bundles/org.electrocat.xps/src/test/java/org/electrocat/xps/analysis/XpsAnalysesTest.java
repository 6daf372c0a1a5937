package org.electrocat.xps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Quantity;
import org.electrocat.xps.io.XpsSpectra;
import org.electrocat.xps.peaks.PeakShape;
import org.junit.jupiter.api.Test;

class XpsAnalysesTest {

    /** A Pd 3d doublet (3:2, 5.26 eV) of total area a at p, on a Shirley-like step, with noise. */
    static Dataset pd(String id, double p, double a, long seed) {
        int n = 500;
        double[] be = new double[n];
        double[] y = new double[n];
        Random rnd = new Random(seed);
        double k = PeakShape.GL_PRODUCT.area(0, 1.1, 0.3, 0, 0, 0);
        for (int i = 0; i < n; i++) {
            be[i] = 350 - 0.05 * i;
            double peak = 0.6 * a / k * PeakShape.GL_PRODUCT.value(be[i], p, 1.1, 0.3, 0)
                    + 0.4 * a / k * PeakShape.GL_PRODUCT.value(be[i], p + 5.26, 1.1, 0.3, 0);
            double step = 300 + 200 * (0.5 + Math.atan((be[i] - p) / 0.8) / Math.PI);
            y[i] = peak + step + 15 * rnd.nextGaussian();
        }
        return XpsSpectra.spectrum(id, id, be, true, 1486.6, 0, y, Map.of(), Provenance.NONE);
    }

    static Result run(Analysis a, List<Dataset> in, Map<String, String> p) {
        return a.run(AnalysisContext.of("step", in, Parameters.resolve(a.id(), a.parameters(), p)));
    }

    @Test
    void shiftBetweenTwoSamplesIsFoundWithinItsError() {
        Result r = run(new XpsShiftAnalysis(), List.of(pd("monomer", 335.40, 8000, 1), pd("coupled", 335.75, 8000, 2)),
                Map.of("peaks", "Pd 3d 335.5"));
        Quantity s = r.value("shift.Pd 3d5/2.coupled").orElseThrow().quantity();
        assertTrue(s.uncertainty() > 0 && s.uncertainty() < 0.05, s.toString());
        assertEquals(0.35, s.value(), 3 * s.uncertainty());
        assertEquals(2, r.curves().size());
        assertFalse(new XpsCharts().charts(r).isEmpty());
    }

    @Test
    void fitReportsDoubletAreasWithErrors() {
        Result r = run(new XpsFitAnalysis(), List.of(pd("s", 335.6, 8000, 3)), Map.of("peaks", "Pd 3d 335.2"));
        Quantity major = r.value("area.Pd 3d5/2").orElseThrow().quantity();
        Quantity minor = r.value("area.Pd 3d3/2").orElseThrow().quantity();
        assertEquals(4800, major.value(), 3 * major.uncertainty() + 0.03 * 4800,
                "Shirley under an arctan step is not exact: 3 % allowance");
        assertEquals(2.0 / 3.0, minor.value() / major.value(), 1e-9);
        assertEquals(335.6, r.value("position.Pd 3d5/2").orElseThrow().quantity().value(), 0.02);
    }

    @Test
    void chargeCorrectionMovesTheReferenceLineTo2848() {
        int n = 400;
        double[] be = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            be[i] = 276 + 0.05 * i;
            y[i] = 50 + 900 * PeakShape.GL_PRODUCT.value(be[i], 285.35, 1.2, 0.3, 0);
        }
        Dataset c1s = XpsSpectra.spectrum("c1s", "C 1s", be, true, 1486.6, 0, y, Map.of(), Provenance.NONE);
        Result r = run(new XpsCalibrateAnalysis(), List.of(c1s), Map.of());
        assertEquals(-0.55, r.value("shift").orElseThrow().quantity().value(), 1e-4);
        Dataset corrected = r.curves().get(r.curves().size() - 1);
        assertEquals(276 - 0.55, corrected.require("BE").get(0), 1e-4);
    }

    @Test
    void atomicRatioFromAreasAndSensitivityFactors() {
        // two Gaussians of areas 3000 and 1000 on a flat background; RSFs 3 and 2 → ratio (1000/2)/(3000/3) = 0.5
        int n = 1200;
        double[] be = new double[n];
        double[] y = new double[n];
        double k = PeakShape.GL_PRODUCT.area(0, 1.0, 0, 0, 0, 0);
        for (int i = 0; i < n; i++) {
            be[i] = 500 + 0.05 * i;
            y[i] = 100 + 3000 / k * PeakShape.GL_PRODUCT.value(be[i], 515, 1.0, 0, 0)
                    + 1000 / k * PeakShape.GL_PRODUCT.value(be[i], 545, 1.0, 0, 0);
        }
        Dataset d = XpsSpectra.spectrum("q", "q", be, true, 1486.6, 0, y, Map.of(), Provenance.NONE);
        Result r = run(new XpsQuantifyAnalysis(), List.of(d),
                Map.of("regions", "A 1s 508-522; B 1s 538-552", "sensitivity", "A 1s=3; B 1s=2", "background", "linear"));
        assertEquals(0.5, r.value("ratio.B 1s").orElseThrow().quantity().value(), 1e-4);
        assertEquals(66.6667, r.value("atomic.A 1s").orElseThrow().quantity().value(), 1e-2);
        assertThrows(IllegalArgumentException.class, () -> run(new XpsQuantifyAnalysis(), List.of(d),
                Map.of("regions", "A 1s 508-522", "sensitivity", "B 1s=2")));
    }
}
