package org.electrocat.eis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.electrocat.eis.circuit.Circuit;
import org.junit.jupiter.api.Test;

/**
 * eis.bode and eis.batch on a synthetic potential series, R0-p(R1,C1) with a charge-transfer
 * resistance falling exponentially with potential (Butler–Volmer-like, R1 = 2000 Ω·exp(5·(E + 0.9 V))
 * for E from −0.9 to −1.3 V): the phase peak sits at f = √(1 + R1/R0)/(2πR1C1) (from maximising
 * tan(−φ) = R1x/(R0(1 + x²) + R1), x = ωR1C1), and the batch fit returns R1(E).
 */
class SeriesAnalysesTest {

    static final double R0 = 20;
    static final double C1 = 2e-5;
    static final double[] E = {-0.9, -1.0, -1.1, -1.2, -1.3};

    static double r1(double e) {
        return 2000 * Math.exp(5 * (e + 0.9));
    }

    /** One spectrum per potential, 10 points per decade 100 kHz → 10 mHz, optional relative noise. */
    static List<Dataset> series(double noise) {
        Circuit c = Circuit.parse("R0-p(R1,C1)");
        List<Dataset> out = new ArrayList<>();
        Random rnd = new Random(9);
        for (double e : E) {
            int n = 71;
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = 1e5 * Math.pow(10, -i / 10.0);
            }
            double[] re = new double[n];
            double[] im = new double[n];
            c.impedance(f, new double[] {R0, r1(e), C1}, re, im);
            for (int i = 0; i < n; i++) {
                double m = Math.hypot(re[i], im[i]);
                re[i] += noise * m * rnd.nextGaussian();
                im[i] += noise * m * rnd.nextGaussian();
            }
            double[] ev = new double[n];
            Arrays.fill(ev, e);
            out.add(Dataset.builder(String.format(java.util.Locale.ROOT, "peis_%.1fV", e), DatasetKind.IMPEDANCE)
                    .column("f", Units.HERTZ, f).column("Z'", Units.OHM, re).column("Z''", Units.OHM, im)
                    .potentialColumn("E", Units.VOLT, ev, PotentialScale.AG_AGCL_SAT_KCL).build());
        }
        return out;
    }

    static Result run(Analysis a, List<Dataset> in, Map<String, String> p) {
        return a.run(AnalysisContext.of("step", in, Parameters.resolve("test", a.parameters(), p)));
    }

    @Test
    void bodePhasePeaksFollowTheAnalyticMaximum() {
        Result r = run(new BodeAnalysis(), series(0), Map.of());
        Table peaks = r.tables().stream().filter(t -> t.title().equals("Phase peaks")).findFirst().orElseThrow();
        assertEquals(E.length, peaks.rows().size(), "one peak per spectrum");
        for (int s = 0; s < E.length; s++) {
            List<Object> row = peaks.rows().get(s);
            assertEquals(E[s], (Double) row.get(1), 1e-12, "potential from the dataset's E column");
            double r1 = r1(E[s]);
            double expected = Math.sqrt(1 + r1 / R0) / (2 * Math.PI * r1 * C1);
            double x = Math.sqrt((R0 + r1) / R0);
            double phase = Math.toDegrees(Math.atan(r1 * x / (2 * (R0 + r1))));
            // 10 points per decade: the parabola vertex places the peak within 0.02 decade
            assertEquals(Math.log10(expected), Math.log10((Double) row.get(2)), 0.02, "E = " + E[s]);
            assertEquals(phase, (Double) row.get(3), 0.2, "E = " + E[s]);
        }
        // each bell-shaped phase curve has two inflections, symmetric about the peak in log f
        Table inf = r.tables().stream().filter(t -> t.title().startsWith("Inflection")).findFirst().orElseThrow();
        assertEquals(2 * E.length, inf.rows().size());
        double lo = Math.log10((Double) inf.rows().get(0).get(2));
        double hi = Math.log10((Double) inf.rows().get(1).get(2));
        double peak = Math.log10((Double) peaks.rows().get(0).get(2));
        assertEquals(peak - lo, hi - peak, 0.05);
        assertTrue(r.tables().get(0).headers().get(1).contains("Ag/AgCl"));
    }

    @Test
    void batchRecoversResistanceAgainstPotential() {
        Result r = run(new BatchAnalysis(), series(0.003), Map.of("circuit", "R0-p(R1,C1)"));
        Dataset params = r.curves().stream().filter(d -> "parameters".equals(d.metadata().get(Curves.ROLE)))
                .findFirst().orElseThrow();
        assertEquals(PotentialScale.AG_AGCL_SAT_KCL, params.require("E").scale());
        for (int s = 0; s < E.length; s++) {
            double se = params.require("SE R1").get(s);
            assertTrue(se > 0 && se < 0.02 * r1(E[s]));
            assertEquals(r1(E[s]), params.require("R1").get(s), 4 * se, "E = " + E[s]);
            assertEquals(C1, params.require("C1").get(s), 4 * params.require("SE C1").get(s));
        }
        assertEquals(0, r.value("notConverged").orElseThrow().quantity().value());
    }

    @Test
    void givenPotentialsAndTheirCountAreChecked() {
        Result r = run(new BatchAnalysis(), series(0.003), Map.of("circuit", "R0-p(R1,C1)", "potentials",
                "-900, -1000, -1100, -1200, -1300 mV", "reference", "RHE"));
        Dataset params = r.curves().stream().filter(d -> "parameters".equals(d.metadata().get(Curves.ROLE)))
                .findFirst().orElseThrow();
        assertEquals(-1.3, params.require("E").get(4), 1e-12);
        assertEquals(PotentialScale.RHE, params.require("E").scale());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(new BodeAnalysis(),
                series(0), Map.of("potentials", "-0.9, -1.0")));
        assertTrue(e.getMessage().contains("2 values for 5 spectra"), e.getMessage());
    }
}
