package org.electrocat.echem.analysis;

import static org.electrocat.echem.analysis.Runs.run;
import static org.electrocat.echem.analysis.Runs.uncertainty;
import static org.electrocat.echem.analysis.Runs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.echem.io.BioLogicMptReader;
import org.electrocat.echem.testing.SharedData;
import org.junit.jupiter.api.Test;

/** echem.lsv and echem.cdl on synthetic voltammograms with known answers, and on a real LSV. */
class VoltammetryTest {

    /** 0 → -1 V at 10 mV/s: linear onset at -0.5 V (10 mA cm-2 V-1) plus a Gaussian peak at -0.3 V. */
    private static Dataset syntheticLsv() {
        int n = 1001;
        double[] e = new double[n];
        double[] i = new double[n];
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = 0.1 * k;
            e[k] = -0.001 * k;
            double j = (e[k] < -0.5 ? -10 * (-0.5 - e[k]) : 0) - 2 * Math.exp(-0.5 * Math.pow((e[k] + 0.3) / 0.03, 2));
            i[k] = j * 1e-3; // A for 1 cm2
        }
        return Runs.voltammogram("lsv", e, i, t, PotentialScale.AG_AGCL_SAT_KCL);
    }

    @Test
    void onsetsPeakAndScanRateOfSyntheticLsv() {
        Result r = run(new LsvAnalysis(), List.of(syntheticLsv()), Map.of("peakWindow", "-0.45, -0.15 V"));
        assertEquals(-0.6, value(r, "onset.threshold"), 1e-9, "sustained rule skips the peak");
        // tangent at the inflection E0 + σ = -0.27 V meets j = 0 one σ further: -0.24 V
        assertEquals(-0.24, value(r, "onset.tangent"), 1e-3);
        assertEquals(-0.3, value(r, "peak1.E"), 1e-6);
        assertEquals(2.0, value(r, "peak1.height"), 1e-4);
        assertEquals(2 * 0.03 * Math.sqrt(2 * Math.PI), value(r, "peak1.area"), 1e-5);
        assertEquals(10, value(r, "scanRate"), 1e-9, "mV/s estimated from E(t)");
        Result first = run(new LsvAnalysis(), List.of(syntheticLsv()), Map.of("onsetRule", "first"));
        // 2 exp(-x²/2σ²) = 1 at x = σ √(2 ln 2)
        assertEquals(-0.3 + 0.03 * Math.sqrt(2 * Math.log(2)), value(first, "onset.threshold"), 2e-5);
        assertEquals(-0.3, value(first, "peak1.E"), 1e-3, "automatic peak search finds the same peak");
    }

    /**
     * Two waves on one cathodic sweep 0 → -1 V (1 mV steps): a nitrate-like wave rising with
     * 10 mA cm-2 V-1 from -0.3 V to a plateau of 1.5 mA cm-2 at -0.45 V, then HER rising with
     * 40 mA cm-2 V-1 from -0.7 V. Piecewise linear, so every tangent is known exactly.
     */
    private static Dataset twoWaveLsv() {
        int n = 1001;
        double[] e = new double[n];
        double[] i = new double[n];
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = 0.1 * k;
            e[k] = -0.001 * k;
            double y = e[k] > -0.3 ? 0 : e[k] > -0.45 ? 10 * (-0.3 - e[k]) : 1.5;
            if (e[k] < -0.7) {
                y += 40 * (-0.7 - e[k]);
            }
            i[k] = -y * 1e-3; // cathodic current, A for 1 cm2
        }
        return Runs.voltammogram("two-wave", e, i, t, PotentialScale.AG_AGCL_SAT_KCL);
    }

    @Test
    void onsetWindowTakesTheTangentOnTheFirstWave() {
        // whole sweep: the steepest rise is the HER line y = 1.5 + 40(-0.7 - E), which meets the
        // background y = 0 at E = -0.7 + 1.5/40 = -0.6625 V
        Result all = run(new LsvAnalysis(), List.of(twoWaveLsv()), Map.of());
        assertEquals(-0.6625, value(all, "onset.tangent"), 1e-9);
        assertEquals(40, value(all, "tangent.slope"), 1e-9, "dj/dE with j < 0 growing towards negative E");
        // window -0.2 .. -0.6 V: the tangent y = 10(-0.3 - E) on the first wave meets y = 0 at -0.3 V
        Result win = run(new LsvAnalysis(), List.of(twoWaveLsv()), Map.of("onsetWindow", "-0.2, -0.6 V"));
        assertEquals(-0.3, value(win, "onset.tangent"), 1e-9);
        assertEquals(10, value(win, "tangent.slope"), 1e-9);
        assertTrue(win.value("onset.tangent").orElseThrow().note().contains("window -0.2000 .. -0.6000 V"),
                win.value("onset.tangent").orElseThrow().note());
        // the threshold onset is not windowed: 1 mA cm-2 is first reached on the first wave
        assertEquals(-0.4, value(win, "onset.threshold"), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> run(new LsvAnalysis(), List.of(twoWaveLsv()),
                Map.of("onsetWindow", "0.5, 0.8 V")));
        assertThrows(IllegalArgumentException.class, () -> run(new LsvAnalysis(), List.of(twoWaveLsv()),
                Map.of("onsetWindow", "-0.2 V")));
    }

    @Test
    void rheConversionAndIrCorrection() {
        Map<String, String> p = new HashMap<>(Map.of("targetScale", "RHE", "temperature", "25 C"));
        Result r = run(new LsvAnalysis(), List.of(syntheticLsv()), p, Map.of("pH", "14"));
        double slope = Math.log(10) * 8.314462618 * 298.15 / 96485.33212;
        assertEquals(-0.6 + 0.197 + slope * 14, value(r, "onset.threshold"), 1e-9);
        assertTrue(r.value("onset.threshold").orElseThrow().note().contains("RHE"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(new LsvAnalysis(), List.of(syntheticLsv()), Map.of("targetScale", "RHE")));
        assertTrue(e.getMessage().contains("pH"));
        // iR: at the crossing I = -1 mA, so E - I·Ru = -0.6 V + 0.1 V
        Result ir = run(new LsvAnalysis(), List.of(syntheticLsv()), Map.of("ru", "100 Ohm"));
        assertEquals(-0.5, value(ir, "onset.threshold"), 1e-9);
    }

    @Test
    void tafelSlopeOfAnExponentialCurrent() {
        int n = 801;
        double[] e = new double[n];
        double[] i = new double[n];
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            e[k] = -0.001 * k;
            t[k] = k;
            i[k] = -0.01e-3 * Math.pow(10, -(e[k] + 0.2) / 0.12);
        }
        Result r = run(new LsvAnalysis(), List.of(Runs.voltammogram("tafel", e, i, t, PotentialScale.SCE)),
                Map.of("tafelWindow", "-0.5, -0.3 V"));
        assertEquals(120, value(r, "tafel.slope"), 1e-9);
        assertEquals(1, value(r, "tafel.r2"), 1e-12);
    }

    @Test
    void realLsvOnsetMatchesNumpy() throws IOException {
        BioLogicMptReader reader = new BioLogicMptReader();
        Dataset d = reader.read(SharedData.file("echem/lsv.mpt"), Parameters.resolve("r", reader.options(), Map.of()),
                ProgressMonitor.NONE).get(0);
        Result r = run(new LsvAnalysis(), List.of(d), Map.of("onsetThreshold", "10 mA/cm2"));
        // numpy: last sample with -I < 10 mA, linear interpolation to the next (sample 483/484)
        assertEquals(-1.6650691511739202, value(r, "onset.threshold"), 1e-12);
        assertTrue(r.value("onset.threshold").orElseThrow().note().contains("SCE"));
        Result f = run(new LsvAnalysis(), List.of(d), Map.of("onsetThreshold", "10 mA/cm2", "onsetRule", "first"));
        assertEquals(-1.6293953607066585, value(f, "onset.threshold"), 1e-12);
    }

    /** Triangular CVs 0.1-0.3 V, 2 cycles, j = Cdl·v·sign(dE/dt) + 0.5 (E - 0.2) mA/cm2. */
    private static List<Dataset> capacitiveCvs(double cdlMfCm2, double area, double[] rates, boolean withMeta) {
        List<Dataset> out = new ArrayList<>();
        for (double v : rates) {
            int per = 200;
            int n = 4 * per + 1;
            double[] e = new double[n];
            double[] i = new double[n];
            double[] t = new double[n];
            for (int k = 0; k < n; k++) {
                int ph = k % (2 * per);
                boolean up = ph < per;
                e[k] = 0.1 + 0.001 * (up ? ph : 2 * per - ph);
                t[k] = k * 0.001 / v;
                double j = cdlMfCm2 * v * (up ? 1 : -1) + 0.5 * (e[k] - 0.2);
                i[k] = j * area * 1e-3;
            }
            Dataset d = Runs.voltammogram("cv" + Math.round(v * 1e3), e, i, t, PotentialScale.AG_AGCL_3M_KCL);
            if (withMeta) {
                d = d.toBuilder().meta("scan.rate", v * 1e3 + " mV/s").build();
            }
            out.add(d);
        }
        return out;
    }

    @Test
    void purelyCapacitiveCvsGiveBackTheirCdl() {
        double[] rates = {0.01, 0.02, 0.04, 0.06, 0.08};
        List<Dataset> cvs = capacitiveCvs(0.56, 0.196, rates, true);
        Result r = run(new DoubleLayerCapacitanceAnalysis(), cvs, Map.of("area", "0.196 cm2"));
        assertEquals(0.56, value(r, "cdl"), 1e-9);
        assertEquals(0, value(r, "intercept"), 1e-9);
        assertEquals(1, value(r, "r2"), 1e-12);
        assertEquals(14.0, value(r, "roughness"), 1e-7, "0.56 mF/cm2 / 40 uF/cm2, the paper's '14.0'");
        assertEquals(14.0 * 0.196, value(r, "ecsa"), 1e-7);
        assertEquals(0.2, value(r, "potential"), 1e-12);
        Result est = run(new DoubleLayerCapacitanceAnalysis(), capacitiveCvs(0.29, 1, rates, false), Map.of());
        assertEquals(0.29, value(est, "cdl"), 1e-9, "scan rates estimated from E(t)");
        Result given = run(new DoubleLayerCapacitanceAnalysis(), capacitiveCvs(0.38, 1, rates, false),
                Map.of("scanRates", "10, 20, 40, 60, 80 mV/s", "potential", "0.15 V", "averageWindow", "10 mV",
                        "cs", "40 uF/cm2"));
        assertEquals(0.38, value(given, "cdl"), 1e-9);
        assertEquals(9.5, value(given, "roughness"), 1e-7);
    }

    @Test
    void noisyCvsRecoverCdlWithinTheirStandardError() {
        double[] rates = {0.01, 0.02, 0.04, 0.06, 0.08, 0.1};
        List<Dataset> cvs = capacitiveCvs(0.56, 1, rates, true);
        java.util.Random rnd = new java.util.Random(7);
        List<Dataset> noisy = new ArrayList<>();
        for (Dataset d : cvs) {
            double[] i = d.require("I").values();
            for (int k = 0; k < i.length; k++) {
                i[k] += 2e-6 * rnd.nextGaussian();
            }
            noisy.add(d.toBuilder().column("I", d.require("I").unit(), i).build());
        }
        Result r = run(new DoubleLayerCapacitanceAnalysis(), noisy, Map.of());
        double se = uncertainty(r, "cdl");
        assertTrue(se > 0);
        assertEquals(0.56, value(r, "cdl"), 4 * se);
    }

    @Test
    void cdlRefusesMixedReferences() {
        List<Dataset> cvs = new ArrayList<>(capacitiveCvs(0.5, 1, new double[] {0.01, 0.02}, true));
        Dataset other = cvs.get(1);
        cvs.set(1, Runs.voltammogram("x", other.require("E").values(), other.require("I").values(),
                other.require("time").values(), PotentialScale.SCE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(new DoubleLayerCapacitanceAnalysis(), cvs, Map.of()));
        assertTrue(e.getMessage().contains("same reference"));
    }
}
