package org.electrocat.echem.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.echem.chart.EchemChartContributor;
import org.junit.jupiter.api.Test;

/** echem.fe-map pools replicate FE runs per catalyst and potential. */
class FeMapTest {

    private static final double F = 96485.33212;

    /** An echem.fe result whose CHOX FE is {@code fe} % (charge 10 C, n = 6). */
    private static Result fe(String step, String catalyst, String potential, double fe) {
        double umol = fe / 100 * 10 / (6 * F) * 1e6;
        FaradaicEfficiencyAnalysis a = new FaradaicEfficiencyAnalysis();
        Parameters p = Parameters.resolve(a.id(), a.parameters(), Map.of("charge", "10 C", "products",
                "CHOX: " + umol + " ± " + umol * 0.02 + " umol; NO2-: 1 umol", "catalyst", catalyst, "potential",
                potential));
        return a.run(new AnalysisContext(step, List.of(), p, Map.of(), Map.of(), ProgressMonitor.NONE));
    }

    private static Result map(Map<String, Result> earlier, Map<String, String> params) {
        FeMapAnalysis a = new FeMapAnalysis();
        return a.run(new AnalysisContext("map", List.of(), Parameters.resolve(a.id(), a.parameters(), params),
                Map.of(), earlier, ProgressMonitor.NONE));
    }

    private static Map<String, Result> runs() {
        Map<String, Result> m = new LinkedHashMap<>();
        String s = " V vs Ag/AgCl (sat. KCl)";
        m.put("fe1", fe("fe1", "Ag4Pd2-S-Ti4", "-1.6" + s, 40));
        m.put("fe2", fe("fe2", "Ag4Pd2-S-Ti4", "-1.6" + s, 42));
        m.put("fe3", fe("fe3", "Ag4Pd2-S-Ti4", "-1.4" + s, 30));
        m.put("fe4", fe("fe4", "Ti4-iPrOH", "-1.6" + s, 10));
        return m;
    }

    @Test
    void replicatesArePooledAndTheBestCellFound() {
        Result r = map(runs(), Map.of("products", "CHOX"));
        assertEquals(42 - 1, Runs.value(r, "best.CHOX"), 1e-9, "mean of 40 and 42");
        assertTrue(r.value("best.CHOX").orElseThrow().note().contains("Ag4Pd2-S-Ti4 at -1.600 V"));
        Dataset cells = r.curves().get(0);
        assertEquals(3, cells.rows());
        int k = -1;
        for (int i = 0; i < cells.rows(); i++) {
            if (cells.require("n").get(i) == 2) {
                k = i;
            }
        }
        assertEquals(41, cells.require("FE").get(k), 1e-9);
        assertEquals(Math.sqrt(2), cells.require("sd").get(k), 1e-9, "sample SD of 40 and 42");
        assertEquals(4, Runs.value(r, "runs"), 0);
        List<String> ops = r.provenance().steps().stream().map(st -> st.operation()).toList();
        assertTrue(ops.contains("echem.fe") && ops.get(ops.size() - 1).equals("echem.fe-map"), ops.toString());
        List<NamedChart> charts = new EchemChartContributor().charts(r);
        assertEquals(2, charts.size());
        for (NamedChart c : charts) {
            BufferedImage img = c.chart().createBufferedImage(500, 300);
            assertEquals(300, img.getHeight());
        }
        Result all = map(runs(), Map.of());
        assertFalse(all.value("best.NO2-").isEmpty(), "every product found is mapped by default");
    }

    @Test
    void unlabelledRunsAndMixedScalesAreRefused() {
        Map<String, Result> m = runs();
        m.put("fe5", fe("fe5", "", "", 5));
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> map(m, Map.of()));
        assertTrue(a.getMessage().contains("fe5"), a.getMessage());
        Map<String, Result> n = runs();
        n.put("fe6", fe("fe6", "Ti4-iPrOH", "-0.6 V vs RHE", 5));
        IllegalArgumentException b = assertThrows(IllegalArgumentException.class, () -> map(n, Map.of()));
        assertTrue(b.getMessage().contains("one scale"), b.getMessage());
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
                () -> map(runs(), Map.of("steps", "fe1, nope")));
        assertTrue(c.getMessage().contains("nope"), c.getMessage());
        assertThrows(IllegalArgumentException.class, () -> fe("x", "A", "minus one volt", 5));
    }
}
