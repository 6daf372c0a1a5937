package org.electrocat.ms.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.ms.chem.Formula;
import org.electrocat.ms.chem.FormulaParser;
import org.junit.jupiter.api.Test;

class FineStructureTest {

    private static Formula f(String text) {
        return FormulaParser.parseStandard(text);
    }

    private static IsotopePattern all(String formula) {
        return FineStructure.threshold(f(formula), 1e-300, true, 1_000_000, ProgressMonitor.NONE);
    }

    @Test
    void chlorineTwoIsBinomial() {
        // binomial by hand with p35 = 0.757647, p37 = 0.242353 (CIAAW 2013): p35^2, 2 p35 p37, p37^2;
        // masses 2 m35, m35 + m37, 2 m37 with AME2020 m35 = 34.968852694, m37 = 36.965902573
        IsotopePattern p = all("Cl2");
        assertEquals(3, p.size());
        double[] prob = {0.574028976609, 0.367236046782, 0.058734976609};
        double[] mass = {69.937705388, 71.934755267, 73.931805146};
        for (int i = 0; i < 3; i++) {
            assertEquals(mass[i], p.mass(i), 1e-9);
            assertEquals(prob[i], p.probability(i), 1e-12);
        }
    }

    @Test
    void palladiumTetrachlorideMatchesNumpyConvolution() {
        // reference: every isotopologue of PdCl4 from numpy outer products of the exact Pd and Cl4
        // multinomials (30 configurations, sum 1 - 8e-16), m/z = (M + 2 me)/2, 8 most probable
        double[][] ref = {
            {123.888519051, 0.115225538610}, {124.888724810, 0.111557546712},
            {123.389318647, 0.094145125400}, {122.889994111, 0.090054882394},
            {123.890199871, 0.087188151780}, {122.390793707, 0.073579419095},
            {124.887043990, 0.055286805647}, {125.887249750, 0.053526852449}};
        IsotopePattern p = all("[PdCl4]2-");
        assertEquals(30, p.size());
        assertEquals(1.0, p.totalProbability(), 1e-12);
        List<FineStructure.Isotopologue> top = FineStructure.mostProbable(f("[PdCl4]2-"), 8);
        for (int i = 0; i < ref.length; i++) {
            assertEquals(ref[i][0], top.get(i).mz(), 1e-8, "m/z of isotopologue " + i);
            assertEquals(ref[i][1], top.get(i).probability(), 1e-11, "probability of isotopologue " + i);
        }
        assertEquals("37Cl", top.get(0).composition(), "106Pd 35Cl3 37Cl1 is the most probable");
    }

    @Test
    void caffeineCoverageIsTheMinimalSet() {
        // numpy over all 3240 isotopologues of C8H11N4O2+: 8 cover 0.999, 26 cover 0.99999;
        // the two most probable at 195.087652026 (0.895587645596) and 196.091006862 (0.080259676196)
        IsotopePattern p = FineStructure.coverage(f("C8H10N4O2+H+"), 0.999, 1000, ProgressMonitor.NONE);
        assertEquals(8, p.size());
        assertTrue(p.totalProbability() >= 0.999);
        double smallest = 1;
        for (int i = 0; i < p.size(); i++) {
            smallest = Math.min(smallest, p.probability(i));
        }
        assertTrue(p.totalProbability() - smallest < 0.999, "dropping the least probable peak must fall short");
        assertEquals(26, FineStructure.coverage(f("C8H10N4O2+H+"), 0.99999, 1000, ProgressMonitor.NONE).size());
        int top = p.mostProbable();
        assertEquals(195.087652026, p.mz(top), 1e-8);
        assertEquals(0.895587645596, p.probability(top), 1e-11);
        assertEquals(3240, all("C8H11N4O2+").size());
    }

    @Test
    void probabilitiesSumToOneWithinTheThreshold() {
        for (String formula : new String[] {"C100H150N30O40S2", "Ag4Pd2(SR)8", "[PdCl4]2-", "C254H377N65O75S6"}) {
            IsotopePattern p = FineStructure.threshold(f(formula), 1e-14, false, 5_000_000, ProgressMonitor.NONE);
            assertEquals(1.0, p.totalProbability(), 1e-6, formula);
            IsotopePattern c = FineStructure.coverage(f(formula), 0.99, 5_000_000, ProgressMonitor.NONE);
            assertTrue(c.totalProbability() >= 0.99 && c.totalProbability() < 0.99 + 1e-3, formula);
            for (int i = 1; i < c.size(); i++) {
                assertTrue(c.mass(i) >= c.mass(i - 1), "sorted by mass");
            }
        }
    }

    @Test
    void meanOfTheFineStructureIsTheAverageMass() {
        // the probability-weighted mean of a (nearly) complete fine structure equals the sum of the
        // elements' average masses, a separate computation
        Formula insulinLike = f("C254H377N65O75S6+");
        IsotopePattern p = FineStructure.coverage(insulinLike, 0.99999, 5_000_000, ProgressMonitor.NONE);
        assertEquals(insulinLike.averageMz(), p.centroidMz(), 2e-4);
    }

    @Test
    void coverageCountsMatchNumpy() {
        // numpy: all isotopologues above 1e-14 of the 1849 cluster ion (and with one H more), sorted,
        // cumulated: 204 / 1119 / 3383 and 205 / 1120 / 3387 peaks cover 0.9 / 0.99 / 0.999. (The
        // second formula once lost its most probable peak to rounding at a layer boundary.)
        int[][] expected = {{204, 1119, 3383}, {205, 1120, 3387}};
        String[] formulas = {"C97H125Cl2N4O15Ti4+", "[C97H126Cl2N4O15Ti4]2+"};
        double[] cov = {0.9, 0.99, 0.999};
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < 3; i++) {
                IsotopePattern p = FineStructure.coverage(f(formulas[k]), cov[i], 100_000, ProgressMonitor.NONE);
                assertEquals(expected[k][i], p.size(), formulas[k] + " at " + cov[i]);
            }
        }
    }

    @Test
    void refusesBadArguments() {
        assertThrows(IllegalArgumentException.class,
                () -> FineStructure.coverage(f("C6H6"), 1.0, 100, ProgressMonitor.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> FineStructure.coverage(f("C1000H2000"), 0.9999, 100, ProgressMonitor.NONE));
    }
}
