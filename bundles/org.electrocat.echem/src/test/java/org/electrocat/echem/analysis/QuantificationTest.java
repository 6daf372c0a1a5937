package org.electrocat.echem.analysis;

import static org.electrocat.echem.analysis.Runs.run;
import static org.electrocat.echem.analysis.Runs.uncertainty;
import static org.electrocat.echem.analysis.Runs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Units;
import org.junit.jupiter.api.Test;

/** echem.calibration and echem.conversion against scipy values and finite-difference propagation. */
class QuantificationTest {

    private static final Map<String, String> GRIESS = Map.of("method", "griess", "standards", "0, 10, 20, 40, 60, 80 uM",
            "responses", "0.005, 0.121, 0.232, 0.468, 0.690, 0.911", "samples", "0.35, 0.0066", "dilution", "10",
            "volume", "20 mL");

    @Test
    void calibrationMatchesLinregressAndMillerInversePrediction() {
        Result r = run(new CalibrationAnalysis(), List.of(), GRIESS);
        // scipy.stats.linregress; LOD/LOQ = 3.3 s / slope, 10 s / slope with s = 0.004383581808713523
        assertEquals(0.011348421052631577, value(r, "slope"), 1e-15);
        assertEquals(6.360368985272622e-05, uncertainty(r, "slope"), 1e-17);
        assertEquals(0.9998743683199296, value(r, "r2"), 1e-13);
        assertEquals(3.3 * 0.004383581808713523 / 0.011348421052631577, value(r, "lod"), 1e-12);
        assertEquals(10 * 0.004383581808713523 / 0.011348421052631577, value(r, "loq"), 1e-12);
        // Miller & Miller eq. 5.9 with numpy: x0 = 30.1975698 uM, s = 0.41808917 uM; x 10 dilution
        assertEquals(301.97569798719968, value(r, "c.1"), 1e-9);
        assertEquals(4.180891711995472, uncertainty(r, "c.1"), 1e-10);
        // 301.976 umol/L x 0.020 L
        assertEquals(6.0395139597, value(r, "amount.1"), 1e-8);
        assertTrue(r.value("amount.1").orElseThrow().note().startsWith("NO2-: 6.0395"), "text for echem.fe");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("sample 2 is below the limit of detection")),
                r.warnings().toString());
    }

    @Test
    void calibrationFromInputTable() {
        Dataset t = Dataset.builder("std", DatasetKind.TABLE)
                .column("c", Units.parse("umol/L"), new double[] {0, 10, 20, 40, 60, 80})
                .column("A", Units.ONE, new double[] {0.005, 0.121, 0.232, 0.468, 0.690, 0.911}).build();
        Result r = run(new CalibrationAnalysis(), List.of(t), Map.of("lodBasis", "intercept"));
        assertEquals(0.011348421052631577, value(r, "slope"), 1e-15);
        assertEquals(3.3 * 0.002856270741452615 / 0.011348421052631577, value(r, "lod"), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> run(new CalibrationAnalysis(), List.of(),
                Map.of("standards", "0, 10 uM", "responses", "0.1, 0.2, 0.3")));
    }

    @Test
    void weightingNoneIsTheOrdinaryFitBitForBit() {
        Result plain = run(new CalibrationAnalysis(), List.of(), GRIESS);
        java.util.HashMap<String, String> p = new java.util.HashMap<>(GRIESS);
        p.put("weighting", "none");
        Result none = run(new CalibrationAnalysis(), List.of(), p);
        for (String k : List.of("slope", "intercept", "r2", "sYX", "lod", "loq", "c.1", "c.2", "amount.1")) {
            assertEquals(value(plain, k), value(none, k), 0, k);
            assertEquals(uncertainty(plain, k), uncertainty(none, k), 0, k);
        }
    }

    @Test
    void inverseSquareResponseWeighting() {
        // noise proportional to the response; reference by numpy: weighted normal equations with w = 1/A²,
        // covariance s²(XᵀWX)⁻¹, Var(x0) = (s²/w0 + Var a + x0² Var b + 2 x0 Cov(a,b))/b² with w0 = 1/y0²
        // (Miller & Miller §5.10 by the delta method), LOD = 3.3 s_w·A_1/b (σ at the lowest standard)
        Map<String, String> p = Map.of("standards", "1, 2, 5, 10, 20, 50 uM", "responses",
                "0.0132, 0.0249, 0.0627, 0.1208, 0.2531, 0.6102", "samples", "0.09, 0.4", "weighting", "1/y2");
        Result r = run(new CalibrationAnalysis(), List.of(), p);
        assertEquals(0.012253751329196145, value(r, "slope"), 1e-15);
        assertEquals(0.00014315316863533305, uncertainty(r, "slope"), 1e-15);
        assertEquals(0.0008354510627469959, value(r, "intercept"), 1e-15);
        assertEquals(0.0003196618917612956, uncertainty(r, "intercept"), 1e-15);
        assertEquals(0.021020349071499973, value(r, "sYX"), 1e-14);
        assertEquals(0.07472376262221782, value(r, "lod"), 1e-13);
        assertEquals(0.22643564430975097, value(r, "loq"), 1e-13);
        assertEquals(7.276510396029252, value(r, "c.1"), 1e-12);
        assertEquals(0.1697272462135365, uncertainty(r, "c.1"), 1e-12);
        assertEquals(32.57488569938513, value(r, "c.2"), 1e-12);
        assertEquals(0.7766524168926601, uncertainty(r, "c.2"), 1e-12);
        // the unweighted line states 0.366 uM for the low sample (numpy, eq. 5.9): weighting halves it
        java.util.HashMap<String, String> u = new java.util.HashMap<>(p);
        u.put("weighting", "none");
        assertEquals(0.36625868606381196, uncertainty(run(new CalibrationAnalysis(), List.of(), u), "c.1"), 1e-12);
        // three replicate readings: w0 = 3/y0² (numpy as above)
        u.put("weighting", "1/y2");
        u.put("replicates", "3");
        assertEquals(0.11365260331054405, uncertainty(run(new CalibrationAnalysis(), List.of(), u), "c.1"), 1e-12);
    }

    @Test
    void replicateVarianceWeighting() {
        // triplicates at 0, 10, 40 uM; w = 1/s² per level. numpy as above, with the sample's s interpolated
        // linearly in c between the levels (np.interp) at x0 = 20.84 uM
        Map<String, String> p = Map.of("standards", "0, 0, 0, 10, 10, 10, 40, 40, 40 uM", "responses",
                "0.004, 0.006, 0.005, 0.118, 0.126, 0.121, 0.466, 0.492, 0.475", "samples", "0.25",
                "weighting", "replicate");
        Result r = run(new CalibrationAnalysis(), List.of(), p);
        assertEquals(0.01175887056471764, value(r, "slope"), 1e-15);
        assertEquals(0.0001425172176836993, uncertainty(r, "slope"), 1e-15);
        assertEquals(0.004959520239880061, value(r, "intercept"), 1e-15);
        assertEquals(0.9443726988792719, value(r, "sYX"), 1e-13);
        assertEquals(0.2650279964516669, value(r, "lod"), 1e-13);
        assertEquals(20.838776854586797, value(r, "c.1"), 1e-11);
        assertEquals(0.6400499653822359, uncertainty(r, "c.1"), 1e-12);
        // a level measured once cannot give a variance; a blank cannot take a 1/x weight
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(new CalibrationAnalysis(),
                List.of(), Map.of("standards", "0, 0, 10 uM", "responses", "0.004, 0.006, 0.12", "weighting",
                        "replicate")));
        assertTrue(e.getMessage().contains("occurs once"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> run(new CalibrationAnalysis(), List.of(),
                griessWith("weighting", "1/x")));
        assertTrue(e.getMessage().contains("standard 1 has 0.0"), e.getMessage());
    }

    private static Map<String, String> griessWith(String key, String value) {
        java.util.HashMap<String, String> p = new java.util.HashMap<>(GRIESS);
        p.put(key, value);
        return p;
    }

    @Test
    void conversionSelectivityAndCarbonBalance() {
        Map<String, String> p = Map.of("choStart", "50 umol", "choStartUncertainty", "1 umol", "choEnd", "5 umol",
                "choEndUncertainty", "0.5 umol", "chox", "43 umol", "choxUncertainty", "1.5 umol");
        Result r = run(new ConversionAnalysis(), List.of(), p);
        assertEquals(90, value(r, "conversion"), 1e-12);
        assertEquals(100 * 43.0 / 45, value(r, "selectivity"), 1e-12);
        assertEquals(96, value(r, "carbonBalance"), 1e-12);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        // independent check of the propagation: central finite differences of the defining formulas
        double[] x = {50, 5, 43};
        double[] u = {1, 0.5, 1.5};
        assertEquals(fd(x, u, v -> 100 * (v[0] - v[1]) / v[0]), uncertainty(r, "conversion"), 1e-6);
        assertEquals(fd(x, u, v -> 100 * v[2] / (v[0] - v[1])), uncertainty(r, "selectivity"), 1e-6);
        assertEquals(fd(x, u, v -> 100 * (v[1] + v[2]) / v[0]), uncertainty(r, "carbonBalance"), 1e-6);
        Result low = run(new ConversionAnalysis(), List.of(), Map.of("choStart", "50 umol", "choEnd", "5 umol",
                "chox", "0.04 mmol"));
        assertEquals(90, value(low, "carbonBalance"), 1e-12);
        assertTrue(low.warnings().stream().anyMatch(w -> w.contains("carbon balance")));
    }

    /** √Σ (∂f/∂x_i · u_i)² with central differences. */
    private static double fd(double[] x, double[] u, java.util.function.Function<double[], Double> f) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double h = 1e-6 * x[i];
            double[] a = x.clone();
            double[] b = x.clone();
            a[i] += h;
            b[i] -= h;
            double d = (f.apply(a) - f.apply(b)) / (2 * h);
            s += d * d * u[i] * u[i];
        }
        return Math.sqrt(s);
    }

    @Test
    void quantityTextSyntax() {
        var named = QuantityText.parseNamed("CHOX:12.3±0.4 umol, NO2-:3.1 umol; NH4+: 0.8 +/- 0.1 mM", Units.MOLE);
        assertEquals(3, named.size());
        assertEquals(0.4, named.get("CHOX").uncertainty(), 1e-15);
        assertTrue(Double.isNaN(named.get("NO2-").uncertainty()));
        assertEquals(0.1, named.get("NH4+").uncertainty(), 1e-15);
        var list = QuantityText.parseList("5, 10, 20 mV/s", Units.ONE);
        assertEquals(0.005, list.get(0).in(Units.parse("V/s")), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> QuantityText.parseList("5,,10", Units.ONE));
        assertThrows(IllegalArgumentException.class, () -> QuantityText.parseNamed("CHOX 12 umol", Units.MOLE));
    }
}
