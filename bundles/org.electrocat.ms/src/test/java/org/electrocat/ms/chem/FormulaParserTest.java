package org.electrocat.ms.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormulaParserTest {

    private final FormulaParser parser = FormulaParser.standard();

    private String hill(String text) {
        return parser.parse(text).hill();
    }

    @Test
    void monoisotopicMassesMatchPublishedValues() {
        // PubChem monoisotopic masses: caffeine 194.08037557, glucose 180.06338810, water 18.01056468
        assertEquals(194.080376, parser.parse("C8H10N4O2").monoisotopicMass(), 1e-6);
        assertEquals(180.063388, parser.parse("C6H12O6").monoisotopicMass(), 1e-6);
        assertEquals(18.010565, parser.parse("H2O").monoisotopicMass(), 1e-6);
        // 12C is 12 u exactly by definition
        assertEquals(12.0, parser.parse("C").monoisotopicMass(), 0);
        // PubChem molecular weights (standard atomic weights): caffeine 194.19, glucose 180.16
        assertEquals(194.19, parser.parse("C8H10N4O2").averageMass(), 0.01);
        assertEquals(180.16, parser.parse("C6H12O6").averageMass(), 0.01);
    }

    @Test
    void ionMassesSubtractElectrons() {
        // [M+H]+ of caffeine: 194.080376 + 1.007825 - 0.000549 = 195.087652 (cf. numpy reference below)
        assertEquals(195.087652026, parser.parse("C8H10N4O2+H+").monoisotopicMz(), 1e-8);
        // an anion gains the electron mass: [M-H]- of glucose = 180.063388 - 1.007825 + 0.000549
        assertEquals(179.056112, parser.parse("[C6H12O6-H]-").monoisotopicMz(), 1e-6);
        // doubly charged: (M + 2 H - 2 e) / 2
        Formula f = parser.parse("[C8H10N4O2+2H]2+");
        assertEquals(2, f.charge());
        assertEquals((194.08037557 + 2 * 1.007825031898 - 2 * IonMass.ELECTRON_MASS) / 2, f.monoisotopicMz(), 1e-7);
    }

    @Test
    void groupsMultipliersHydratesAndAbbreviations() {
        assertEquals("C2H6O", hill("CH3CH2OH"));
        assertEquals("C4H6CuO4", hill("Cu(OAc)2"));
        assertEquals("CuH10O9S", hill("CuSO4·5H2O"));
        assertEquals("CuH10O9S", hill("CuSO4*5H2O"));
        assertEquals("CuH10O9S", hill("CuSO4.5H2O"));
        assertEquals("[C6FeN6]4-", hill("[Fe(CN)6]4-"));
        assertEquals("C8H14O4", hill("((CH2)2(CO)(CH3))2O2"));
        assertEquals("C64H72Ag4Pd2S8", hill("Ag4Pd2(SR)8"));
        assertEquals("C100H132O14Ti4", hill("Ti4O2(TBC[4])2(iPrO)4"));
        assertEquals("C14H22O12", hill("2C6H12O6H-1+C2"), "leading multiplier, negative count, adduct");
        assertEquals(parser.parse("[Fe(CN)6]4-"), parser.parse(hill("[Fe(CN)6]4-")), "Hill output reads back");
    }

    @Test
    void paperIonsParseToTheExpectedCompositions() {
        Formula big = parser.parse("H{Ag4Pd2(SR)7-S-Ti4O2(TBC[4])2(DCM)(CH3CN)7(OH)3(H2O)}+");
        assertEquals("C159H196Ag4Cl2N7O14Pd2S8Ti4+", big.hill());
        assertEquals("C59H70Ag4Cl2NPd2S8+", hill("H2{Ag4Pd2(SR)7-S(DCM)(CH3CN)+}"));
        // (H2O)2+ : digits after a round bracket are a count, the '+' is the charge
        assertEquals("C97H125Cl2N4O15Ti4+", hill("{Ti4O2(TBC[4])2(DCM)(CH3CN)4(OH)3(H2O)2+}"));
    }

    @Test
    void isotopeLabelsAndDeuterium() {
        Formula f = parser.parse("C5[13C]H12O6");
        assertEquals(1, f.count(IsotopeTable.standard().isotope("C", 13)));
        assertEquals(5, f.count(IsotopeTable.standard().natural("C").orElseThrow()));
        assertEquals("H4N[15N]O3", hill("NH4[15]NO3"));
        // [15N]: mass of 15N (AME2020 15.00010889827) instead of 14N
        assertEquals(15.00010889827 - 14.00307400425,
                parser.parse("[15N]O3-").monoisotopicMass() - parser.parse("NO3-").monoisotopicMass(), 1e-10);
        assertEquals(parser.parse("[2H]2O").monoisotopicMass(), parser.parse("D2O").monoisotopicMass(), 0);
    }

    @Test
    void chargeNotations() {
        assertEquals(-2, parser.parse("SO4 2-").charge());
        assertEquals(-2, parser.parse("SO4^2-").charge());
        assertEquals(-2, parser.parse("SO4^-2").charge());
        assertEquals(-2, parser.parse("SO4(2-)").charge());
        assertEquals(1, parser.parse("NH4+").charge());
        assertEquals(3, parser.parse("[C8H10N4O2+3H]3+").charge());
        assertEquals(0, parser.parse("H2O").charge());
    }

    @Test
    void userAbbreviationsOverrideAndNest() {
        FormulaParser p = new FormulaParser(IsotopeTable.standard(),
                Abbreviations.defaults().withDefinitions("L = C5H4N(CH3); L2 = (L)2; Me=CD3"));
        assertEquals("C12H14N2", p.parse("L2").hill());
        assertEquals(3, p.parse("Me").count(IsotopeTable.standard().isotope("H", 2)));
    }

    @Test
    void errorsNameThePosition() {
        FormulaException e = assertThrows(FormulaException.class, () -> parser.parse("C6Xy2"));
        assertEquals(2, e.position());
        assertTrue(e.getMessage().contains("'Xy'") && e.getMessage().contains("character 3"), e.getMessage());
        assertEquals(2, assertThrows(FormulaException.class, () -> parser.parse("Ag(SR")).position());
        assertEquals(0, assertThrows(FormulaException.class, () -> parser.parse("")).position());
        assertThrows(FormulaException.class, () -> parser.parse("[99N]"));
        assertThrows(FormulaException.class, () -> parser.parse("()"));
        assertEquals(4, assertThrows(FormulaException.class, () -> parser.parse("H2O+·")).position());
        assertThrows(FormulaException.class, () -> parser.parse("[C-H2]-"), "negative count after the loss");
        assertThrows(FormulaException.class, () -> parser.parse("C99999999999"));
        FormulaParser cyclic = new FormulaParser(IsotopeTable.standard(),
                Abbreviations.none().withDefinitions("A1=B(A2); A2=(A1)2"));
        assertTrue(assertThrows(FormulaException.class, () -> cyclic.parse("A1")).getMessage().contains("itself"));
    }
}
