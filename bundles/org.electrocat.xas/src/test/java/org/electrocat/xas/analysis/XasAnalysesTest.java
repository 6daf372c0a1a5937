package org.electrocat.xas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Quantity;
import org.electrocat.xas.SharedData;
import org.electrocat.xas.exafs.SyntheticXafsTest;
import org.electrocat.xas.io.AthenaProjectReader;
import org.electrocat.xas.io.XasSpectra;
import org.electrocat.xas.io.XdiReader;
import org.junit.jupiter.api.Test;

class XasAnalysesTest {

    static Result run(Analysis a, List<Dataset> in, Map<String, String> p) {
        return a.run(AnalysisContext.of("step", in, Parameters.resolve(a.id(), a.parameters(), p)));
    }

    /** A normalised erf edge at e0 (step 1, flat pre-edge at 0) plus a white-line bump of height h. */
    static Dataset edge(String id, double e0, double h) {
        int n = 800;
        double[] e = new double[n];
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = 4900 + 0.5 * i;
            double g = (e[i] - e0 - 6) / 3;
            mu[i] = 0.5 * (1 + SyntheticXafsTest.erf((e[i] - e0) / 2)) + h * Math.exp(-g * g);
        }
        return XasSpectra.spectrum(id, id, e, mu, "synthetic", Map.of(), Map.of(), Provenance.NONE);
    }

    @Test
    void linearCombinationRecoversMixingWeights() {
        Dataset a = edge("A", 4980, 0.8);
        Dataset b = edge("B", 4984, 0.2);
        double[] mix = new double[a.rows()];
        for (int i = 0; i < mix.length; i++) {
            mix[i] = 0.3 * a.require("mu").get(i) + 0.7 * b.require("mu").get(i);
        }
        Dataset s = XasSpectra.spectrum("S", "S", a.require("energy").values(), mix, "synthetic", Map.of(), Map.of(),
                Provenance.NONE);
        // one normalisation for all three, so the mixture stays the same mixture of normalised spectra
        Map<String, String> p = Map.of("e0", "4982", "pre1", "-80", "pre2", "-30", "norm1", "40", "norm2", "300", "nnorm", "1");
        Result r = run(new XasLcfAnalysis(), List.of(s, a, b), p);
        Quantity wa = r.value("weight.A").orElseThrow().quantity();
        assertEquals(0.3, wa.value(), 1e-6);
        assertEquals(0.7, r.value("weight.B").orElseThrow().quantity().value(), 1e-6);
        assertEquals(0, r.value("r-factor").orElseThrow().quantity().value(), 1e-10);
        assertFalse(new XasCharts().charts(r).isEmpty());
    }

    @Test
    void oxidationStateIsInterpolatedWithPropagatedError() {
        Result r = run(new XasOxidationStateAnalysis(), List.of(edge("Ti2", 4980, 0), edge("Ti4", 4984, 0),
                edge("x", 4982, 0)), Map.of("states", "2, 4"));
        Quantity q = r.value("state.x").orElseThrow().quantity();
        assertEquals(3.0, q.value(), 0.01);
        // s = 2 + 2(E − E1)/(E2 − E1): ∂s/∂E = 0.5, ∂s/∂E1 = ∂s/∂E2 = −0.25 → σ = 0.2·√0.375
        assertEquals(0.2 * Math.sqrt(0.375), q.uncertainty(), 1e-4);
        assertThrows(IllegalArgumentException.class, () -> run(new XasOxidationStateAnalysis(),
                List.of(edge("a", 4980, 0), edge("b", 4984, 0), edge("c", 4982, 0)), Map.of("states", "2, 4, 3")));
    }

    @Test
    void exafsAnalysisOnCopperFoilGivesTheIndependentFirstShell() throws IOException {
        XdiReader reader = new XdiReader();
        Dataset cu = reader.read(SharedData.file("xas/cu_metal_rt.xdi"), Parameters.resolve("t", reader.options(), Map.of()),
                ProgressMonitor.NONE).get(0);
        Result r = run(new XasExafsAnalysis(), List.of(cu), Map.of("kmin", "3", "kmax", "14", "dk", "1", "window", "hanning",
                "kweight", "2"));
        // xas_reference.py: 2.2394 Å (numpy/scipy AUTOBK + FFT)
        assertEquals(2.2394, r.value("peak1.cu_metal_rt.xdi").orElseThrow().quantity().value(), 0.01);
        assertEquals(4, new XasCharts().charts(r).size());
        Result cal = run(new XasCalibrateAnalysis(), List.of(cu), Map.of("referenceE0", "8979.0"));
        assertEquals(8979.0 - 8980.5481, cal.value("shift").orElseThrow().quantity().value(), 0.01);
    }

    @Test
    void athenaParametersAreUsedWhenSettingsAreAutomatic() throws IOException {
        AthenaProjectReader reader = new AthenaProjectReader();
        Dataset rec = reader.read(SharedData.file("xas/tipb.prj"), Parameters.resolve("t", reader.options(), Map.of()),
                ProgressMonitor.NONE).get(0);
        Result r = run(new XasNormalizeAnalysis(), List.of(rec), Map.of());
        String id = rec.id();
        assertEquals(4975.69, r.value("e0." + id).orElseThrow().quantity().value(), 1e-9, "Athena's bkg_e0");
        // numpy with Athena's e0 and ranges (xas_reference.py): 0.321887; Athena itself stored 0.3248124
        assertEquals(0.321887, r.value("step." + id).orElseThrow().quantity().value(), 2e-4 * 0.32);
        Result given = run(new XasNormalizeAnalysis(), List.of(rec), Map.of("e0", "4980"));
        assertEquals(4980, given.value("e0." + id).orElseThrow().quantity().value(), 0);
    }
}
