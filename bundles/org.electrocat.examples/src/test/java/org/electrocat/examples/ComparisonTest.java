package org.electrocat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.junit.jupiter.api.Test;

/** The paper-vs-ElectroCat comparison against hand-computed differences and verdicts. */
class ComparisonTest {

    private static Result result(String id, String key, Quantity q) {
        return Result.builder(id, "echem.fe", "0.1.0", "echem").value(key, key, q).build();
    }

    @Test
    void lastDigitSetsTheRoundingAllowance() {
        assertEquals(0.05, ReportedValue.halfLastDigit("41.2 %"), 1e-15);
        assertEquals(0.5, ReportedValue.halfLastDigit("7"), 1e-15);
        assertEquals(0.005, ReportedValue.halfLastDigit("-0.90 V"), 1e-15);
        assertEquals(5e-5, ReportedValue.halfLastDigit("1.5e-3 A"), 1e-18);
        assertEquals(0.05, ReportedValue.halfLastDigit("1.0 eV"), 1e-15); // 'e' of eV is a unit, not an exponent
    }

    @Test
    void parsesLinesAndNamesTheBadOne() {
        List<ReportedValue> v = ReportedValue.parse("# comment\nFE | 41.2 % | fe_a | fe.CHOX\n\nCdl | 0.56 mF/cm2 | cdl |"
                + " cdl\n");
        assertEquals(2, v.size());
        assertEquals(41.2, v.get(0).reported().value());
        assertEquals("%", v.get(0).reported().unit().symbol());
        assertEquals("cdl", v.get(1).key());
        assertEquals(4, v.get(1).line());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportedValue.parse("FE | 41.2 % | fe_a | fe.CHOX\nonly | two"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
                () -> ReportedValue.parse("FE | forty % | fe_a | fe.CHOX"));
        assertTrue(n.getMessage().contains("line 1"), n.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportedValue.parse("\n# nothing\n"));
    }

    @Test
    void verdictAllowsCoverageTimesUncertaintyPlusRounding() {
        ReportedValue fe = ReportedValue.parse("FE | 41.2 % | s | fe.CHOX").get(0);
        // |41.3 - 41.2| = 0.10 <= 2 * 0.04 + 0.05 = 0.13
        Comparison near = Comparison.of(fe, Map.of("s", result("s", "fe.CHOX", Quantity.of(41.3, 0.04,
                Units.PERCENT))), 2);
        assertEquals("agrees", near.verdict());
        assertEquals(0.1, near.difference(), 1e-12);
        assertEquals(100 * 0.1 / 41.2, near.relative(), 1e-10);
        // |41.5 - 41.2| = 0.30 > 2 * 0.068 + 0.05 = 0.186
        Comparison far = Comparison.of(fe, Map.of("s", result("s", "fe.CHOX", Quantity.of(41.5, 0.068,
                Units.PERCENT))), 2);
        assertEquals("differs", far.verdict());
        // without an uncertainty only the rounding counts: 41.24 is within 41.2 ± 0.05
        assertEquals("agrees", Comparison.of(fe, Map.of("s", result("s", "fe.CHOX", Quantity.of(41.24,
                Units.PERCENT))), 2).verdict());
    }

    @Test
    void convertsTheReportedUnitToTheComputedOne() {
        ReportedValue cdl = ReportedValue.parse("Cdl | 0.56 mF/cm2 | c | cdl").get(0);
        Comparison c = Comparison.of(cdl, Map.of("c", result("c", "cdl", Quantity.of(561, 2, Units.parse("uF/cm2")))),
                2);
        assertEquals(1.0, c.difference(), 1e-9); // 561 - 560 uF/cm2
        assertEquals("agrees", c.verdict()); // 1 <= 2*2 + 5 (0.005 mF/cm2 = 5 uF/cm2)
        ReportedValue volts = ReportedValue.parse("E | -0.9 V | c | cdl").get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Comparison.of(volts,
                Map.of("c", result("c", "cdl", Quantity.of(0.56, Units.parse("mF/cm2")))), 2));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("V"), e.getMessage());
    }

    @Test
    void missingStepsAndKeysAreListedNotHidden() {
        ReportedValue fe = ReportedValue.parse("FE | 41.2 % | gone | fe.CHOX").get(0);
        Comparison c = Comparison.of(fe, Map.of(), 2);
        assertFalse(c.isComputed());
        assertTrue(c.verdict().contains("'gone'"), c.verdict());
        ReportedValue key = ReportedValue.parse("FE | 41.2 % | s | fe.NH3").get(0);
        assertTrue(Comparison.of(key, Map.of("s", result("s", "fe.CHOX", Quantity.of(41, Units.PERCENT))), 2)
                .verdict().contains("'fe.NH3'"));
    }

    @Test
    void analysisWritesTheTableAndCounts() {
        PaperComparison a = new PaperComparison();
        Parameters p = Parameters.resolve("test", a.parameters(), Map.of("reported",
                "FE | 41.2 % | s | fe.CHOX\nFE mix | 17.8 % | s | fe.mix\nCdl | 0.56 mF/cm2 | failed | cdl"));
        Result s = Result.builder("s", "echem.fe", "0.1.0", "echem").value("fe.CHOX", "FE", Quantity.of(41.3, 0.04,
                Units.PERCENT)).value("fe.mix", "FE", Quantity.of(19.0, 0.1, Units.PERCENT)).build();
        Result r = a.run(new AnalysisContext("cmp", List.of(), p, Map.of(), Map.of("s", s), ProgressMonitor.NONE));
        assertEquals(3, r.value("compared").get().quantity().value());
        assertEquals(1, r.value("agree").get().quantity().value());
        assertEquals(1, r.value("differ").get().quantity().value());
        assertEquals(1, r.value("missing").get().quantity().value());
        assertEquals(1, r.warnings().size());
        Table t = r.tables().get(0);
        assertEquals(3, t.rows().size());
        assertEquals(6.74, (Double) t.rows().get(1).get(4), 1e-12); // 100 * 1.2 / 17.8 = 6.7416 to 0.01 %
        assertEquals("17.8 %", t.rows().get(1).get(1));
        assertEquals("differs", t.rows().get(1).get(5));
        assertEquals(1, new ExampleCharts().charts(r).size());
    }
}
