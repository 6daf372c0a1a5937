package org.electrocat.mechanism.kinetics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.chart.ChartExport;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.junit.jupiter.api.Test;

/** The analysis end to end: simulation alone, and a fit to a measured table on another potential scale. */
class KineticsAnalysisTest {

    static final KineticsAnalysis A = new KineticsAnalysis();

    static Result run(List<Dataset> inputs, Map<String, String> params) {
        return A.run(AnalysisContext.of("kin", inputs, Parameters.resolve("test", A.parameters(), params)));
    }

    @Test
    void simulationWithoutDataWarnsThatDefaultsAreIllustrative() throws Exception {
        Result r = run(List.of(), Map.of("potentials", "-0.5, -0.7, -0.9 V"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("illustrative")));
        Dataset model = r.curves().stream().filter(d -> d.kind().equals(KineticsOutputs.MODEL)).findFirst()
                .orElseThrow();
        // FE sum is 100 % at every potential (charge bookkeeping), independent of the rate constants
        for (int k = 0; k < model.rows(); k++) {
            double sum = 0;
            for (Product p : Product.values()) {
                sum += model.require("FE " + p.label()).get(k);
            }
            assertEquals(100, sum, 1e-6);
        }
        List<NamedChart> charts = new KineticsCharts().charts(r);
        assertEquals(4, charts.size());
        for (NamedChart c : charts) {
            assertTrue(ChartExport.svg(c.chart(), 800, 500).contains("<svg"));
        }
    }

    @Test
    void fitsAMeasuredTableGivenVsAgAgClAtPh14() throws Exception {
        // measurements made by the model (FitTest.TRUE) at RHE potentials, written vs Ag/AgCl (sat. KCl):
        // E(Ag/AgCl) = E(RHE) - 0.197 V - 0.0591593497 V x 14
        MeasuredSelectivity m = FitTest.synthetic(0, 3);
        int n = FitTest.POTENTIALS.length;
        double[] e = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = FitTest.POTENTIALS[j] - 0.197 - 0.0591593496857215 * 14;
        }
        Dataset.Builder b = Dataset.builder("fe-table", DatasetKind.TABLE)
                .potentialColumn("E", Units.VOLT, e, PotentialScale.AG_AGCL_SAT_KCL);
        for (Product p : Product.values()) {
            double[] v = m.fe().get(p).clone();
            double[] u = new double[n];
            for (int j = 0; j < n; j++) {
                v[j] *= 100;
                u[j] = 1.0;
            }
            b.column(new Column("FE_" + p.label(), Units.PERCENT, v));
            b.column(new Column("u(FE_" + p.label() + ")", Units.PERCENT, u));
        }
        double[] conv = m.conversion().clone();
        for (int j = 0; j < n; j++) {
            conv[j] *= 100;
        }
        b.column(new Column("conversion", Units.PERCENT, conv));
        Map<String, String> start = new java.util.HashMap<>(Map.of("pH", "14", "kNitrate", "4e-4", "kNitrite", "1e-3",
                "jHer", "10 mA/cm2", "alphaNitrate", "0.2", "kOxime", "2 L/(mol*s)", "potentials",
                "-0.3, -0.6, -0.9 V", "rtol", "1e-11"));
        Result r = run(List.of(b.build()), start);
        assertEquals(2e-4, r.value("rate.kNitrate").orElseThrow().quantity().value(), 2e-4 * 1e-4, r.toString());
        assertEquals(0.15, r.value("rate.alphaNitrate").orElseThrow().quantity().value(), 1e-5);
        assertEquals(5, r.value("rate.jHer").orElseThrow().quantity().value(), 5e-4);
        assertEquals(1.0, r.value("rate.kOxime").orElseThrow().quantity().value(), 1e-3);
        // Tafel slope of the nitrate step: ln10·RT/(0.15 F) = 394.4 mV per decade
        assertEquals(0.0591593496857215 / 0.15 * 1000, r.value("tafel.kNitrate").orElseThrow().quantity().value(), 0.01);
        assertTrue(r.value("fit.rms").orElseThrow().quantity().value() < 1e-3);
        assertTrue(r.tables().stream().anyMatch(t -> t.title().equals("Measured vs model")));
        List<NamedChart> charts = new KineticsCharts().charts(r);
        assertEquals(5, charts.size());
        Path out = Path.of("target/charts");
        Files.createDirectories(out);
        for (NamedChart c : charts) {
            ChartExport.svg(c.chart(), 900, 560, out.resolve("kinetics-" + c.id() + ".svg"));
        }
    }

    @Test
    void badInputsAreNamed() {
        Dataset noScale = Dataset.builder("t", DatasetKind.TABLE).column("E", Units.VOLT, new double[] {-0.5})
                .column("FE_CHOX", Units.PERCENT, new double[] {40}).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(List.of(noScale), Map.of()));
        assertTrue(e.getMessage().contains("reference scale"), e.getMessage());
        Dataset noFe = Dataset.builder("t", DatasetKind.TABLE)
                .potentialColumn("E", Units.VOLT, new double[] {-0.5}, PotentialScale.RHE)
                .column("I", Units.AMPERE, new double[] {1}).build();
        e = assertThrows(IllegalArgumentException.class, () -> run(List.of(noFe), Map.of()));
        assertTrue(e.getMessage().contains("no Faradaic-efficiency column"), e.getMessage());
        Dataset tooFew = Dataset.builder("t", DatasetKind.TABLE)
                .potentialColumn("E", Units.VOLT, new double[] {-0.5, -0.6}, PotentialScale.RHE)
                .column("FE_NO2-", Units.PERCENT, new double[] {80, 70}).build();
        e = assertThrows(IllegalArgumentException.class, () -> run(List.of(tooFew), Map.of()));
        assertTrue(e.getMessage().contains("cannot determine"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> run(List.of(), Map.of("rateLaw", "butler-volmer")));
        assertTrue(e.getMessage().contains("formalPotentials"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> run(List.of(tooFew), Map.of("fit", "kNitrate, kFoo")));
        assertTrue(e.getMessage().contains("kFoo"), e.getMessage());
    }

    @Test
    void butlerVolmerWithFarAwayFormalPotentialsEqualsTafel() {
        // far from E0' the back reaction vanishes (exp(f·η) ~ 1e-40) and k0·exp(−αf(E − E0')) equals the Tafel
        // k_ref·exp(−αf(E − E_ref)) when k0 = k_ref·exp(−αf(E0' − E_ref))
        double f = org.electrocat.core.potential.PotentialConverter.F / (org.electrocat.core.potential.PotentialConverter.R
                * 298.15);
        double[] e0 = {1.5, 1.5, 1.5, 1.5};
        double[] alpha = {0.15, 0.30, 0.35, 0.30};
        double[] kref = {2e-4, 2e-3, 1e-4, 5};
        double[] k0 = new double[4];
        for (int i = 0; i < 4; i++) {
            k0[i] = kref[i] * Math.exp(-alpha[i] * f * (e0[i] - (-0.5)));
        }
        CellConditions bv = new CellConditions(1, 30, 0.4, 0, 0.05, 298.15, 0, -0.5, RateLaw.BUTLER_VOLMER, e0);
        RateParameters pbv = RateParameters.of(k0[0], alpha[0], k0[1], alpha[1], k0[2], alpha[2], k0[3], alpha[3], 1);
        CascadeModel a = new CascadeModel(pbv, bv, -0.7);
        CascadeModel b = new CascadeModel(FitTest.TRUE, FitTest.CELL, -0.7);
        for (int i = 0; i < 3; i++) {
            assertEquals(b.forwardRateConstants()[i], a.forwardRateConstants()[i], 1e-12 * b.forwardRateConstants()[i]);
        }
        assertEquals(b.herRate(), a.herRate(), 1e-12 * b.herRate());
    }

    static Dataset feMapCurve(String product, double[] fe, double[] sd) {
        // echem.fe-map layout: rows (E, catalyst index, FE, sd, n); catalysts "A|B"; E vs Ag/AgCl (sat. KCl)
        return Dataset.builder("fe-map." + product, DatasetKind.TABLE).meta("product", product).meta("catalysts", "A|B")
                .potentialColumn("E", Units.VOLT, new double[] {-1.4, -1.6, -1.4, -1.6}, PotentialScale.AG_AGCL_SAT_KCL)
                .column("catalyst", Units.ONE, new double[] {0, 0, 1, 1}).column("FE", Units.PERCENT, fe)
                .column("sd", Units.PERCENT, sd).column("n", Units.ONE, new double[] {3, 3, 1, 1}).build();
    }

    @Test
    void readsTheCurvesOfAnEchemFeMapStep() {
        List<Dataset> curves = List.of(feMapCurve("CHOX", new double[] {30, 41.2, 10, 17.8}, new double[] {2, 1.5, 1, 1}),
                feMapCurve("NH4+", new double[] {5, 8, 20, 30}, new double[] {0.5, 0.7, 1, 1}));
        assertTrue(MeasuredFeMap.applies(curves));
        MeasuredSelectivity m = MeasuredFeMap.of(curves, "B", PotentialScale.RHE, 14, 298.15);
        // -1.6 V vs Ag/AgCl (sat. KCl) at pH 14 = -1.6 + 0.197 + 0.0591593497 x 14 = -0.5747691 V vs RHE
        // potentials come out in increasing order: -1.6 V first
        assertEquals(-0.5747691043142989, m.potentials()[0], 1e-9);
        assertEquals(-0.3747691043142989, m.potentials()[1], 1e-9);
        assertEquals(0.178, m.fe().get(Product.CHOX)[0], 1e-12);
        assertEquals(0.30, m.fe().get(Product.NH3)[0], 1e-12);
        assertEquals(0.01, m.feU().get(Product.CHOX)[1], 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MeasuredFeMap.of(curves, "", PotentialScale.RHE, 14, 298.15));
        assertTrue(e.getMessage().contains("'catalyst'"), e.getMessage());
    }
}
