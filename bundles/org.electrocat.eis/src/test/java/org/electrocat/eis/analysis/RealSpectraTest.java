package org.electrocat.eis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.eis.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four sample spectra (impedance.py's example data as CSV, BioLogic .mpt, Gamry .DTA and CH
 * Instruments text, read by the echem and core.csv readers) fitted with Randles-like circuits.
 * Reference values come from an independent implementation: numpy complex arithmetic for the same
 * circuits and scipy.optimize.least_squares (TRF, bounds [0, ∞), α ≤ 1, residuals divided by |Z|,
 * ftol = xtol = gtol = 1e-13), standard errors from (JᵀJ)⁻¹·χ²/ν, run with scipy 1.17.1.
 */
class RealSpectraTest {

    private static Map<String, Dataset> samples;

    @BeforeAll
    static void read() throws IOException {
        samples = SharedData.impedanceSamples();
    }

    private static Result fit(String sample, String circuit, String initial) {
        FitAnalysis a = new FitAnalysis();
        return a.run(AnalysisContext.of("fit", List.of(samples.get(sample)), Parameters.resolve("test", a.parameters(),
                Map.of("circuit", circuit, "initial", initial))));
    }

    private static double v(Result r, String key) {
        return r.value(key).orElseThrow().quantity().value();
    }

    private static double se(Result r, String key) {
        return r.value(key).orElseThrow().quantity().uncertainty();
    }

    @Test
    void bioLogicSingleArc() {
        Result r = fit("biologic", "R0-p(R1,CPE1)", "");
        // scipy: R0=63.5622±0.278; R1=48.1967±0.949; CPE1_0=0.00929789±0.000337; CPE1_1=0.915158±0.0194; chi2 0.0337902
        assertEquals(63.5622, v(r, "R0"), 1e-3);
        assertEquals(48.1967, v(r, "R1"), 1e-3);
        assertEquals(0.00929789, v(r, "CPE1_0"), 1e-7);
        assertEquals(0.915158, v(r, "CPE1_1"), 1e-5);
        assertEquals(0.0337902, v(r, "chiSquare"), 1e-6);
        assertEquals(0.278, se(r, "R0"), 0.003);
        assertEquals(0.949, se(r, "R1"), 0.01);
        assertEquals(0.0194, se(r, "CPE1_1"), 0.0003);
    }

    @Test
    void impedancePyExampleWithInductanceAndWarburg() {
        Result r = fit("csv", "L0-R0-p(R1,CPE1)-W1", "");
        // scipy: L0=1.69713e-07; R0=0.0144552; R1=0.0179398; CPE1_0=5.14191; CPE1_1=0.500903; W1=0.00260772; chi2 0.0437271
        assertEquals(1.69713e-07, v(r, "L0"), 1e-10);
        assertEquals(0.0144552, v(r, "R0"), 2e-6);
        assertEquals(0.0179398, v(r, "R1"), 3e-6);
        assertEquals(5.14191, v(r, "CPE1_0"), 2e-3);
        assertEquals(0.500903, v(r, "CPE1_1"), 2e-4);
        assertEquals(0.00260772, v(r, "W1"), 5e-7);
        assertEquals(0.0437271, v(r, "chiSquare"), 1e-6);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("taken as f, Z', Z''")), r.warnings().toString());
    }

    @Test
    void gamryTwoArcs() {
        Result r = fit("gamry", "R0-p(R1,CPE1)-p(R2,CPE2)", "");
        // scipy from [10, 4000, 3e-9, 0.87, 17000, 2e-4, 0.7] stops at chi2 0.229817 with R1 4133, R2 17361,
        // alpha1 0.847, alpha2 0.702; the fit here must be at least as good and close to it
        assertTrue(v(r, "chiSquare") <= 0.229817 * 1.0001, "chi2 " + v(r, "chiSquare"));
        assertEquals(4133, v(r, "R1"), 60);
        assertEquals(17361, v(r, "R2"), 400);
        assertEquals(0.847, v(r, "CPE1_1"), 0.03);
        assertEquals(0.702, v(r, "CPE2_1"), 0.01);
        assertEquals(1.85e-4, v(r, "CPE2_0"), 0.1e-4);
        // the series resistance is not resolved below 200 kHz: it ends on its bound and says so
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("R0 ended on a bound")), r.warnings().toString());
    }

    @Test
    void chiRandlesWithFiniteSpaceWarburg() {
        Result r = fit("chi", "R0-p(R1-Wo1,CPE1)", "");
        // scipy: R0=94.1411; R1=1124.93; Wo1_0=4830.18; Wo1_1=0.123382; CPE1_0=5.63774e-05; CPE1_1=0.649349; chi2 0.183464
        assertTrue(v(r, "chiSquare") <= 0.183464 * 1.0001, "chi2 " + v(r, "chiSquare"));
        assertEquals(94.1411, v(r, "R0"), 0.1);
        assertEquals(1124.93, v(r, "R1"), 2);
        assertEquals(4830.18, v(r, "Wo1_0"), 5);
        assertEquals(0.123382, v(r, "Wo1_1"), 3e-4);
        assertEquals(5.63774e-05, v(r, "CPE1_0"), 1e-7);
        assertEquals(0.649349, v(r, "CPE1_1"), 1e-3);
    }

    @Test
    void linKkOfTheExampleDataMatchesNumpy() {
        KkAnalysis a = new KkAnalysis();
        Result r = a.run(AnalysisContext.of("kk", List.of(samples.get("csv")), Parameters.resolve("test", a.parameters(),
                Map.of("addCapacitor", "true"))));
        // numpy reference (see LinKramersKronigTest): complex fit with capacitor, M = 22, µ = 0.8473363449872309,
        // RMS of the residuals 0.0012862518423252841
        assertEquals(22, v(r, "M"), 0);
        assertEquals(0.8473363449872309, v(r, "mu"), 1e-6);
        assertEquals(0.12862518423252841, v(r, "rms"), 1e-6);
    }

    @Test
    void gamryFileWithItsOcvCurveGoesToOneSpectrumAnalysis() throws IOException {
        List<Dataset> both = SharedData.read("org.electrocat.echem.io.GamryDtaReader",
                SharedData.file("eis/exampleDataGamry.DTA"), Map.of());
        assertEquals(2, both.size());
        KkAnalysis a = new KkAnalysis();
        Result r = a.run(AnalysisContext.of("kk", both, Parameters.resolve("test", a.parameters(),
                Map.of("addCapacitor", "true"))));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("OCVCURVE") && w.contains("left out")),
                r.warnings().toString());
        assertTrue(v(r, "M") >= 3);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> a.run(AnalysisContext.of("kk", List.of(samples.get("chi"), samples.get("biologic")),
                        Parameters.resolve("test", a.parameters(), Map.of()))));
        assertTrue(e.getMessage().contains("use eis.batch or eis.bode"), e.getMessage());
    }

    @Test
    void drtOfTheBioLogicArcAgreesWithTheCircuitFit() {
        DrtAnalysis a = new DrtAnalysis();
        Result r = a.run(AnalysisContext.of("drt", List.of(samples.get("biologic")), Parameters.resolve("test",
                a.parameters(), Map.of())));
        // the circuit fit above: R0 = 63.56 Ω, R1 = 48.20 Ω, Q = 0.009298, α = 0.9152, so the arc's time
        // constant is (R1·Q)^(1/α) = 0.416 s. The DRT's grid reaches a decade beyond the data, where an
        // RC element is indistinguishable from a resistor, so R∞ and γ share the high-frequency
        // resistance: their sum is the comparable number (R0 + R1 = 111.76 Ω)
        assertEquals(111.76, v(r, "rInf") + v(r, "polarisation"), 2.0);
        org.electrocat.core.model.Table peaks = r.tables().get(0);
        double tau = 0;
        double height = 0;
        for (List<Object> row : peaks.rows()) {
            if ((Double) row.get(3) > height) {
                height = (Double) row.get(3);
                tau = (Double) row.get(1);
            }
        }
        assertEquals(Math.log10(0.416), Math.log10(tau), 0.25, "main DRT peak at " + tau + " s");
        assertTrue(v(r, "rms") < 3, "rms % " + v(r, "rms"));
    }
}
