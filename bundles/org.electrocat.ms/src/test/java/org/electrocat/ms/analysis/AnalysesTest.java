package org.electrocat.ms.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Units;
import org.electrocat.ms.report.MsCharts;
import org.junit.jupiter.api.Test;

class AnalysesTest {

    static final String PAPER = "3592: H{Ag4Pd2(SR)7-S-Ti4O2(TBC[4])2(DCM)(CH3CN)7(OH)3(H2O)}+;"
            + " 1764: H2{Ag4Pd2(SR)7-S(DCM)(CH3CN)+}; 1849: {Ti4O2(TBC[4])2(DCM)(CH3CN)4(OH)3(H2O)2+}";

    static Result run(Analysis a, List<Dataset> inputs, Map<String, String> params) {
        return a.run(AnalysisContext.of("step", inputs, Parameters.resolve("test", a.parameters(), params)));
    }

    static double value(Result r, String key) {
        return r.value(key).orElseThrow(() -> new AssertionError("no value " + key + " in " + r.values()))
                .quantity().value();
    }

    static int column(Table t, String header) {
        return t.headers().indexOf(header);
    }

    @Test
    void paperAssignmentsFromTheirFormulas() {
        Result r = run(new AssignAnalysis(), List.of(), Map.of("candidates", PAPER, "observed", "3592.42, 1764.75, 1849.67", "resolvingPower", "10000"));
        Table t = r.tables().get(0);
        // reference values: numpy, from the same isotope table but a separate method (nominal-mass
        // convolution of the element distributions keeping each cluster's mean mass; average and
        // monoisotopic from the element masses), m/z = (M - me)/1
        double[] mono = {3584.416844, 1757.691879, 1847.643064};
        double[] most = {3592.422764, 1765.691513, 1849.646605};
        double[] avg = {3592.556026, 1764.940656, 1849.465034};
        double[] nearest = {3592.4228, 1764.6925, 1849.6466};
        for (int i = 0; i < 3; i++) {
            List<Object> row = t.rows().get(i);
            assertEquals(mono[i], (Double) row.get(column(t, "monoisotopic m/z")), 1e-5);
            // at R = 10000 each nominal cluster merges into one peak whose centroid is within 1 mDa of the cluster mean
            assertEquals(most[i], (Double) row.get(column(t, "most abundant peak m/z")), 1e-3);
            assertEquals(avg[i], (Double) row.get(column(t, "average (envelope centroid) m/z")), 1e-5);
            assertEquals(nearest[i], (Double) row.get(column(t, "nearest envelope peak m/z")), 1e-3);
        }
        assertEquals("C159H196Ag4Cl2N7O14Pd2S8Ti4+", t.rows().get(0).get(1));
        // 3592.42 and 1849.67 are the most abundant peaks (-0.8 and +13 ppm); 1764.75 is the third
        // highest peak (89 %) of a flat-topped envelope (1763.69: 99.5 %, 1765.69: 100 %)
        assertEquals(-0.77, value(r, "error.0"), 0.5);
        assertEquals(12.7, value(r, "error.2"), 0.5);
        assertTrue(value(r, "rms.nearest.peak") < 25);
        assertTrue(value(r, "rms.average_envelope_centroid_".replace("_envelope_centroid_", "")) > 80);
        assertTrue(r.value("convention").orElseThrow().label().contains("single isotope peaks"));
        assertTrue(r.value("convention").orElseThrow().note().contains("2 of 3"));
        assertFalse(new MsCharts().charts(r).isEmpty());
    }

    /** Clusters of {Ti4O2(TBC[4])2(DCM)(CH3CN)4(OH)3(H2O)2}+ (m/z, probability) from numpy nominal convolution. */
    static final double[][] CLUSTERS_1849 = {
        {1842.657930, 0.001293}, {1843.654490, 0.006298}, {1844.654062, 0.015130}, {1845.650808, 0.045607},
        {1846.650561, 0.077273}, {1847.647679, 0.145596}, {1848.647955, 0.166326}, {1849.646605, 0.174669},
        {1850.646542, 0.142815}, {1851.645942, 0.102390}, {1852.645790, 0.062549}, {1853.645592, 0.033541},
        {1854.645584, 0.015812}, {1855.645671, 0.006619}, {1856.645894, 0.002474}};

    /** A profile spectrum: the clusters shifted by {@code ppm}, as Gaussians of FWHM m/R, on a 0.005 grid. */
    static Dataset syntheticSpectrum(double ppm, double resolvingPower, int charge) {
        int n = 4000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (1838 + i * 0.005) / charge;
        }
        for (double[] c : CLUSTERS_1849) {
            double mz = (c[0] + (charge - 1) * 1.00727646688) / charge * (1 + ppm * 1e-6);
            double sigma = mz / resolvingPower / 2.3548200450309493;
            for (int i = 0; i < n; i++) {
                double d = (x[i] - mz) / sigma;
                y[i] += 1e6 * c[1] * Math.exp(-0.5 * d * d);
            }
        }
        return Dataset.builder("synthetic", DatasetKind.SPECTRUM).column("m/z", Units.MASS_TO_CHARGE, x)
                .column("intensity", Units.ARBITRARY, y).meta("ms.spectrum.type", "profile").build();
    }

    @Test
    void assignmentAgainstAMeasuredProfile() {
        Dataset spectrum = syntheticSpectrum(5.0, 10000, 1);
        String cands = "right: {Ti4O2(TBC[4])2(DCM)(CH3CN)4(OH)3(H2O)2}+;"
                + " isobaric: {Ti4O2(TBC[4])2(CH2S2H6)(CH3CN)4(OH)3(H2O)2}+";
        Result r = run(new AssignAnalysis(), List.of(spectrum), Map.of("candidates", cands, "tolerance", "40 ppm",
                "resolvingPower", "10000"));
        Table t = r.tables().get(0);
        List<Object> right = t.rows().get(0);
        List<Object> wrong = t.rows().get(1);
        assertEquals(5.0, (Double) right.get(column(t, "error") + 1), 0.2, "the +5 ppm shift is found");
        double scoreRight = (Double) right.get(column(t, "pattern score"));
        assertTrue(scoreRight > 0.995, "score " + scoreRight);
        double scoreWrong = (Double) wrong.get(column(t, "pattern score"));
        // S2H6 for Cl2: 69.991 vs 69.938 u (-23 ppm here) and a much weaker M+2 pattern
        assertTrue(scoreWrong < scoreRight - 0.02, "isobaric candidate scores " + scoreWrong);
        // without Cl2 its most abundant peak is one nominal mass lower, so that convention misses by ~1 Da
        assertTrue((Double) wrong.get(column(t, "error") + 1) > 400);
        assertEquals(1, right.get(column(t, "z from spacing")));
        assertEquals("right", r.value("best.score").orElseThrow().label().replace("Best pattern score: ", ""));
        // the same ion doubly charged: the spacing says 2
        Dataset doubly = syntheticSpectrum(0, 20000, 2);
        Result r2 = run(new AssignAnalysis(), List.of(doubly),
                Map.of("candidates", "[Ti4O2(TBC[4])2(DCM)(CH3CN)4(OH)3(H2O)2H]2+"));
        assertEquals(2, r2.tables().get(0).rows().get(0).get(3));
        assertTrue(r2.warnings().isEmpty(), r2.warnings().toString());
    }

    @Test
    void scansAreAveragedOnTheFirstGrid() {
        double[] x1 = {0, 1, 2, 3, 4};
        double[] x2 = {0.5, 1.5, 2.5, 3.5, 4.5};
        Dataset a = Dataset.builder("a", DatasetKind.SPECTRUM).column("m/z", Units.MASS_TO_CHARGE, x1)
                .column("intensity", Units.ARBITRARY, new double[] {0, 1, 2, 3, 4}).build();
        Dataset b = Dataset.builder("b", DatasetKind.SPECTRUM).column("m/z", Units.MASS_TO_CHARGE, x2)
                .column("intensity", Units.ARBITRARY, new double[] {1.5, 4.5, 7.5, 10.5, 13.5}).build();
        // y = x and y = 3x: the mean is 2x where both scans are defined; at x = 0 scan b is out of range
        double[] avg = org.electrocat.ms.match.SpectrumAverage.of(List.of(a, b)).require("intensity").array();
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0, 2, 4, 6, 8}, avg, 1e-12);
    }

    @Test
    void patternValuesAndTables() {
        Result r = run(new PatternAnalysis(), List.of(), Map.of("formula", "[C8H10N4O2+H]+"));
        assertEquals(195.087652026, value(r, "mz.monoisotopic"), 1e-8);
        assertEquals(195.087652026, value(r, "mz.most.probable.isotopologue"), 1e-8);
        assertEquals(8, value(r, "fine.peaks"), 0);
        assertEquals(4, r.curves().size(), "profile, centroids, top-peak profile and isotopologues; no measured input");
        assertThrows(IllegalArgumentException.class,
                () -> run(new PatternAnalysis(), List.of(), Map.of("formula", "C8H10N4O2")));
    }

    @Test
    void nitrogen15LabellingShiftsByOneDaltonPerNitrogen() {
        // assumed fragments of cyclohexanone oxime for the paper's 15N experiment (m/z 32, 55, 114):
        // HNO+ (31), C3H4N+ (54), M+ C6H11NO+ (113), each with one N
        Result r = run(new LabelAnalysis(), List.of(), Map.of("fragments", "HNO+; C3H4N+; M: C6H11NO+",
                "observedLabelled", "32, 55, 114", "enrichment", "1"));
        double delta = 15.00010889827 - 14.00307400425; // AME2020
        assertEquals(delta, value(r, "delta"), 1e-10);
        Table t = r.tables().get(0);
        for (int i = 0; i < 3; i++) {
            List<Object> row = t.rows().get(i);
            assertEquals(delta, (Double) row.get(column(t, "expected n·Δm/|z|")), 1e-9);
            assertEquals(delta, (Double) row.get(column(t, "calculated shift")), 2e-3);
            assertEquals(0, (Double) row.get(column(t, "observed − calculated")), 0.1, "nominal match " + i);
        }
        // C6H11[15N]O+: 72 + 11 x 1.007825031898 + 15.00010889827 + 15.99491461926 - me
        assertEquals(114.0805497, (Double) t.rows().get(2).get(column(t, "labelled m/z")), 2e-4);
    }
}
