package org.electrocat.echem.analysis;

import static org.electrocat.echem.analysis.Runs.run;
import static org.electrocat.echem.analysis.Runs.uncertainty;
import static org.electrocat.echem.analysis.Runs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.echem.io.BioLogicMptReader;
import org.electrocat.echem.testing.SharedData;
import org.junit.jupiter.api.Test;

/** echem.ca, echem.fe and echem.recyclability against analytic cases and EC-Lab's own charge counter. */
class ChargeAndFaradaicTest {

    private static final double F = 96485.33212;

    @Test
    void constantCurrentIntegratesToCurrentTimesTime() {
        Dataset d = Runs.constantCa("ca", -2e-3, 3600, 3601);
        Result r = run(new ChronoamperometryAnalysis(), List.of(d), Map.of("area", "0.5 cm2"));
        assertEquals(7.2, value(r, "charge"), 1e-12);
        assertEquals(-7.2, value(r, "netCharge"), 1e-12);
        assertEquals(-2.0, value(r, "meanCurrent"), 1e-12);
        assertEquals(-4.0, value(r, "currentDensity"), 1e-12);
        assertEquals(0, uncertainty(r, "charge"), 1e-12);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        Result w = run(new ChronoamperometryAnalysis(), List.of(d), Map.of("tStart", "100", "tEnd", "200 s",
                "currentUncertainty", "1 %"));
        assertEquals(0.2, value(w, "charge"), 1e-12);
        assertEquals(0.002, uncertainty(w, "charge"), 1e-12);
        assertEquals(100, value(w, "duration"), 1e-12);
        assertEquals("echem.ca", r.provenance().steps().get(0).operation());
    }

    @Test
    void chargeOfRealLsvMatchesEcLabCoulombCounter() throws IOException {
        BioLogicMptReader reader = new BioLogicMptReader();
        Dataset d = reader.read(SharedData.file("echem/lsv.mpt"), Parameters.resolve("r", reader.options(), Map.of()),
                ProgressMonitor.NONE).get(0);
        Result r = run(new ChronoamperometryAnalysis(), List.of(d), Map.of());
        // numpy.trapezoid(I, t) on the same columns
        assertEquals(-8.133424988248116, value(r, "netCharge"), 1e-9);
        // EC-Lab's own (Q-Qo)/C column, last minus first row: -8.1345549 - (-1.3113778e-6)
        assertEquals(-8.1345535886, value(r, "netCharge"), 8.1345 * 5e-4);
        assertEquals(1186, value(r, "points"), 0);
        assertEquals(1, r.provenance().sources().size());
    }

    @Test
    void signChangeAndNaNAreWarned() {
        Dataset d = Runs.ca("ca", 1, new double[] {1, -1, 1, Double.NaN, 1});
        Result r = run(new ChronoamperometryAnalysis(), List.of(d), Map.of());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("NaN")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("changes sign")));
        assertEquals(1.0, value(r, "charge"), 1e-12); // two triangle pairs of 0.5
    }

    @Test
    void faradaicEfficiencyFromChargeParameter() {
        Result r = run(new FaradaicEfficiencyAnalysis(), List.of(), Map.of("charge", "100 C", "chargeUncertainty",
                "1 C", "products", "CHOX: 100 ± 2 umol; NO2-: 0.05 mmol", "duration", "3600 s", "area", "2 cm2",
                "catalystMass", "0.5 mg"));
        double fe = 6 * F * 100e-6 / 100 * 100;
        assertEquals(fe, value(r, "fe.CHOX"), 1e-9);
        assertEquals(fe * Math.sqrt(0.02 * 0.02 + 0.01 * 0.01), uncertainty(r, "fe.CHOX"), 1e-9);
        assertEquals(2 * F * 50e-6 / 100 * 100, value(r, "fe.NO2-"), 1e-9);
        assertTrue(Double.isNaN(uncertainty(r, "fe.NO2-")), "no amount uncertainty given: unknown, not zero");
        assertEquals(100 / 1.0 / 2, value(r, "rate.CHOX"), 1e-9); // umol h-1 cm-2
        assertEquals(200, value(r, "rateMass.CHOX"), 1e-9); // umol h-1 mg-1
        assertEquals(6 * F * 100e-6 / 3600 / 2 * 1e3, value(r, "j.CHOX"), 1e-9); // mA cm-2
        assertEquals(value(r, "fe.CHOX") + value(r, "fe.NO2-"), value(r, "fe.total"), 1e-9);
    }

    @Test
    void faradaicEfficiencyFromChronoamperogramAndConcentration() {
        // 10 mA for 1 h = 36 C; 2 mM CHOX in 10 mL = 20 umol
        Dataset d = Runs.constantCa("ca", -10e-3, 3600, 7201);
        Result r = run(new FaradaicEfficiencyAnalysis(), List.of(d), Map.of("products", "oxime: 2 mM",
                "volume", "10 mL", "area", "1 cm2"));
        double fe = 6 * F * 20e-6 / 36 * 100;
        assertEquals(fe, value(r, "fe.CHOX"), 1e-9);
        assertEquals(fe / 100 * 10, value(r, "j.CHOX"), 1e-9, "j_i = FE_i · |j|");
        assertEquals(20, value(r, "rate.CHOX"), 1e-9);
        assertFalse(r.curves().isEmpty());
    }

    @Test
    void overHundredPercentAndBadProductsAreReported() {
        Result r = run(new FaradaicEfficiencyAnalysis(), List.of(), Map.of("charge", "1 C", "products",
                "H2: 10 umol"));
        assertTrue(value(r, "fe.H2") > 100);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("> 100")));
        assertThrows(IllegalArgumentException.class, () -> run(new FaradaicEfficiencyAnalysis(), List.of(),
                Map.of("charge", "1 C", "products", "XYZ: 1 umol")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(
                new FaradaicEfficiencyAnalysis(), List.of(), Map.of("charge", "1 C", "products", "CHOX: 1 mM")));
        assertTrue(e.getMessage().contains("volume"));
        Result custom = run(new FaradaicEfficiencyAnalysis(), List.of(), Map.of("charge", "1 C", "products",
                "N2O(n=8): 1 umol"));
        assertEquals(8 * F * 1e-6 * 100, value(custom, "fe.N2O"), 1e-9);
    }

    @Test
    void recyclabilityRetention() {
        double[] amps = {-10e-3, -9.5e-3, -9e-3};
        double[] fe = {40, 39, 38};
        StringBuilder amounts = new StringBuilder();
        List<Dataset> runs = new java.util.ArrayList<>();
        for (int k = 0; k < 3; k++) {
            runs.add(Runs.constantCa("run" + (k + 1), amps[k], 3600, 3601));
            double q = Math.abs(amps[k]) * 3600;
            double n = fe[k] / 100 * q / (6 * F) * 1e6;
            amounts.append(k > 0 ? ", " : "").append(n).append(" ± ").append(n * 0.01);
        }
        amounts.append(" umol");
        Result r = run(new RecyclabilityAnalysis(), runs, Map.of("amounts", amounts.toString()));
        assertEquals(40, value(r, "fe.first"), 1e-9);
        assertEquals(95, value(r, "fe.retention"), 1e-9);
        assertEquals(95 * Math.sqrt(2) * 0.01, uncertainty(r, "fe.retention"), 1e-9);
        assertEquals(90, value(r, "j.retention"), 1e-9);
        assertEquals(-1, value(r, "fe.trend"), 1e-9);
        assertEquals(39, value(r, "fe.mean"), 1e-9);
        assertEquals(1, uncertainty(r, "fe.mean"), 1e-9);
    }

    @Test
    void missingColumnsAndWrongUnitsNameDatasetAndColumn() {
        Dataset noTime = Dataset.builder("run7", org.electrocat.core.model.DatasetKind.TIME_SERIES)
                .column("I", org.electrocat.core.units.Units.MILLIAMPERE, new double[] {1, 2, 3}).build();
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
                () -> run(new ChronoamperometryAnalysis(), List.of(noTime), Map.of()));
        assertTrue(a.getMessage().contains("run7") && a.getMessage().contains("time"), a.getMessage());
        Dataset voltsAsCurrent = Dataset.builder("run8", org.electrocat.core.model.DatasetKind.TIME_SERIES)
                .column("time", org.electrocat.core.units.Units.SECOND, new double[] {0, 1, 2})
                .column("I", org.electrocat.core.units.Units.VOLT, new double[] {1, 2, 3}).build();
        IllegalArgumentException b = assertThrows(IllegalArgumentException.class,
                () -> run(new ChronoamperometryAnalysis(), List.of(voltsAsCurrent), Map.of()));
        assertTrue(b.getMessage().contains("run8") && b.getMessage().contains("'I'") && b.getMessage().contains("V"),
                b.getMessage());
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class, () -> run(
                new ChronoamperometryAnalysis(), List.of(Runs.constantCa("ca", 1e-3, 10, 11)), Map.of("tStart", "20 s")));
        assertTrue(c.getMessage().contains("time window"), c.getMessage());
        IllegalArgumentException k = assertThrows(IllegalArgumentException.class, () -> run(new LsvAnalysis(),
                List.of(Runs.constantCa("ca", 1e-3, 10, 11)), Map.of()));
        assertTrue(k.getMessage().contains("potential"), k.getMessage());
    }
}
