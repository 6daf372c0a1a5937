package org.electrocat.mechanism.che;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.chart.ChartExport;
import org.electrocat.core.model.Dataset;
import org.electrocat.mechanism.network.NetworkYamlReader;
import org.electrocat.mechanism.network.Pathway;
import org.electrocat.mechanism.network.PathwayDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example network built from the text of Song et al.'s Figure 6 discussion reproduces the four
 * statements of the paper: Ti site *NO3 adsorption ΔG = −1.58 eV; on Ti4-iPrOH the RDS is
 * *NO3 → *NO2, uphill by 1.43 eV; on Ag4Pd2-S-Ti4 the RDS is *NO2 → *NO with 0.89 eV; on
 * Ag4Pd2(SR)8 the RDS is *NO2 → *NO on both sites, higher on Pd than on Ag. The paper's values are
 * marked as such in the file and every other value as illustrative.
 */
class PaperNumbersTest {

    static final Path EXAMPLE = Path.of("examples/song-figure6.network.yaml");
    static List<Dataset> datasets;
    static Map<String, PathwayEnergetics> byName = new HashMap<>();
    static Result result;

    @BeforeAll
    static void read() throws Exception {
        DatasetReader reader = new NetworkYamlReader();
        byte[] head = Files.readAllBytes(EXAMPLE);
        assertTrue(reader.detect(EXAMPLE, head) > 0.9);
        datasets = reader.read(EXAMPLE, Parameters.empty(), ProgressMonitor.NONE);
        for (Dataset d : datasets) {
            Pathway p = PathwayDatasets.pathway(d);
            byName.put(p.name(), PathwayEnergetics.compute(p, 0, 0, 298.15));
        }
        CheAnalysis a = new CheAnalysis();
        result = a.run(AnalysisContext.of("che", datasets,
                Parameters.resolve("test", a.parameters(), Map.of("potential", "-0.4 V"))));
    }

    static int step(Pathway p, String from, String to) {
        for (int k = 0; k < p.steps().size(); k++) {
            if (p.states().get(k).equals(from) && p.states().get(k + 1).equals(to)) {
                return k;
            }
        }
        throw new AssertionError("no step " + from + " -> " + to + " in " + p.states());
    }

    @Test
    void fourPathwaysOneDatasetEach() {
        assertEquals(List.of("Ag4Pd2(SR)8 (Pd)", "Ag4Pd2(SR)8 (Ag)", "Ti4-iPrOH (Ti)", "Ag4Pd2-S-Ti4 (Ti-S-Pd)"),
                datasets.stream().map(Dataset::name).toList());
        for (Dataset d : datasets) {
            assertEquals("true", d.meta("illustrative").orElseThrow(), d.name());
            assertEquals(64, d.provenance().sources().get(0).sha256().length());
        }
    }

    @Test
    void tiSiteBindsNitrateByMinus158() {
        PathwayEnergetics e = byName.get("Ti4-iPrOH (Ti)");
        int k = step(e.pathway(), "NO3⁻", "*NO3");
        assertEquals(-1.58, e.dG0()[k], 1e-12);
        assertFalse(e.pathway().steps().get(k).illustrative(), "the paper's value must not be marked illustrative");
    }

    @Test
    void ti4RdsIsNitrateToNitriteUphill143() {
        PathwayEnergetics e = byName.get("Ti4-iPrOH (Ti)");
        int k = step(e.pathway(), "*NO3", "*NO2");
        assertEquals(k, e.largestStep());
        assertEquals(k, e.pds());
        assertEquals(1.43, e.dG0()[k], 1e-12);
        assertFalse(e.pathway().steps().get(k).illustrative());
        // two proton-electron pairs: U_L = -1.43/2 V vs RHE
        assertEquals(-0.715, e.limitingPotential(), 1e-12);
    }

    @Test
    void coupledCatalystRdsIsNitriteToNoAt089() {
        PathwayEnergetics e = byName.get("Ag4Pd2-S-Ti4 (Ti-S-Pd)");
        int k = step(e.pathway(), "*NO2 (Ti)", "*NO");
        assertEquals(k, e.largestStep());
        assertEquals(k, e.pds());
        assertEquals(0.89, e.dG0()[k], 1e-12);
        assertFalse(e.pathway().steps().get(k).illustrative());
    }

    @Test
    void ag4pd2RdsIsNitriteToNoWithPdAboveAg() {
        PathwayEnergetics pd = byName.get("Ag4Pd2(SR)8 (Pd)");
        PathwayEnergetics ag = byName.get("Ag4Pd2(SR)8 (Ag)");
        int kPd = step(pd.pathway(), "*NO2", "*NO");
        int kAg = step(ag.pathway(), "*NO2", "*NO");
        assertEquals(kPd, pd.largestStep());
        assertEquals(kAg, ag.largestStep());
        assertTrue(pd.dG0()[kPd] > ag.dG0()[kAg], "Pd must be above Ag");
        // the paper: the coupled catalyst's pathway is smoother than either monomer's
        double coupled = byName.get("Ag4Pd2-S-Ti4 (Ti-S-Pd)").dG0()[byName.get("Ag4Pd2-S-Ti4 (Ti-S-Pd)").largestStep()];
        assertTrue(coupled < ag.dG0()[kAg] && coupled < byName.get("Ti4-iPrOH (Ti)").dG0()[1]);
        // these values are not the paper's: the file must say so
        assertTrue(pd.pathway().steps().get(kPd).illustrative());
        assertTrue(ag.pathway().steps().get(kAg).illustrative());
    }

    @Test
    void analysisReportsTheNumbersAndWarnsAboutIllustrativeValues() {
        assertEquals(1.43, result.value("dGpds.Ti4-iPrOH_Ti").orElseThrow().quantity().value(), 1e-12);
        assertEquals(0.89, result.value("dGpds.Ag4Pd2-S-Ti4_Ti-S-Pd").orElseThrow().quantity().value(), 1e-12);
        // at U = -0.4 V vs RHE the 2 e- RDS of Ti4-iPrOH is 1.43 - 0.8 = 0.63 eV
        assertEquals(0.63, result.value("dGmax.Ti4-iPrOH_Ti").orElseThrow().quantity().value(), 1e-12);
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("ILLUSTRATIVE")));
        assertEquals(2, result.tables().size());
        assertEquals(4, result.curves().size());
    }

    @Test
    void diagramsRender() throws Exception {
        CheCharts charts = new CheCharts();
        assertTrue(charts.supports(result));
        List<NamedChart> list = charts.charts(result);
        assertEquals(2 + 4, list.size());
        for (NamedChart c : list) {
            String svg = ChartExport.svg(c.chart(), 800, 500);
            assertTrue(svg.contains("<svg"), c.id());
        }
        // the merged reaction coordinate holds the coupled catalyst's extra state once
        String svg = ChartExport.svg(list.get(0).chart(), 900, 500);
        assertTrue(svg.contains("(Ti)"), "merged coordinate lacks *NO2 (Ti)");
        Path out = Path.of("target/charts");
        Files.createDirectories(out);
        for (NamedChart c : list) {
            ChartExport.svg(c.chart(), 900, 560, out.resolve(c.id() + ".svg"));
        }
        // the PDS labels carry the step energies: 1.43 eV at 0 V, 1.43 - 2 x 0.4 = 0.63 eV at U = -0.4 V
        assertTrue(new String(Files.readAllBytes(out.resolve("free-energy-0V.svg")), StandardCharsets.UTF_8)
                .contains("1.43 eV"));
        assertTrue(new String(Files.readAllBytes(out.resolve("free-energy-U.svg")), StandardCharsets.UTF_8)
                .contains("0.63 eV"));
    }
}
