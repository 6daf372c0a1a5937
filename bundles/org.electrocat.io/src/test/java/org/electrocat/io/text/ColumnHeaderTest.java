package org.electrocat.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.electrocat.core.units.Units;
import org.junit.jupiter.api.Test;

/** Header notations of EC-Lab, CH Instruments, Gamry, Autolab and spreadsheet exports. */
class ColumnHeaderTest {

    private static void check(String header, String name, String unitSymbol, double siFactor) {
        ColumnHeader h = ColumnHeader.parse(header);
        assertEquals(name, h.name(), header);
        assertEquals(unitSymbol, h.unit().symbol(), header);
        assertEquals(siFactor, h.unit().siFactor(), 1e-15 * siFactor, header);
        assertNull(h.note(), header);
    }

    @Test
    void slashNotation() {
        check("E/V", "E", "V", 1);
        check("<I>/mA", "<I>", "mA", 1e-3);
        check("freq/Hz", "freq", "Hz", 1);
        check("Re(Z)/Ohm", "Re(Z)", "Ohm", 1);
        check("-Im(Z)/Ohm", "-Im(Z)", "Ohm", 1);
        check("Potential/V", "Potential", "V", 1);
        check("time/s", "time", "s", 1);
        check("(Q-Qo)/C", "(Q-Qo)", "C", 1);
        check("Phase(Z)/deg", "Phase(Z)", "deg", Math.PI / 180);
        check("Z'/ohm", "Z'", "ohm", 1);
        check("Cs/µF", "Cs", "µF", 1e-6);
        check("Ewe-Ece/V", "Ewe-Ece", "V", 1);
        check("Re(Y)/Ohm-1", "Re(Y)", "Ohm-1", 1);
        // the first slash whose right side is a unit: j in mA/cm2
        check("j/mA/cm2", "j", "mA/cm2", 10);
        check("Q charge/discharge/mA.h", "Q charge/discharge", "mA.h", 3.6);
    }

    @Test
    void bracketsAndParentheses() {
        check("I (mA)", "I", "mA", 1e-3);
        check("Z' [Ohm]", "Z'", "Ohm", 1);
        check("Current(A)", "Current", "A", 1);
        check("WE(1).Potential (V)", "WE(1).Potential", "V", 1);
        // a function of a quantity is a name, not a unit: Re(C) is not "Re in coulomb"
        check("Re(C)", "Re(C)", "1", 1);
        check("Phase(Z)", "Phase(Z)", "1", 1);
        check("(Q-Qo)", "(Q-Qo)", "1", 1);
    }

    @Test
    void referenceElectrodeAfterVs() {
        ColumnHeader a = ColumnHeader.parse("E/V vs. RHE");
        assertEquals("E", a.name());
        assertEquals("V", a.unit().symbol());
        assertEquals("RHE", a.reference());
        ColumnHeader b = ColumnHeader.parse("Potential (V vs. Ag/AgCl)");
        assertEquals("Potential", b.name());
        assertEquals("Ag/AgCl", b.reference());
        ColumnHeader c = ColumnHeader.parse("E vs SCE / V");
        assertEquals("E", c.name());
        assertEquals("SCE", c.reference());
    }

    @Test
    void namesWithoutUnits() {
        check("cycle number", "cycle number", "1", 1);
        check("I Range", "I Range", "1", 1);
        check("counter inc.", "counter inc.", "1", 1);
        check("m/z", "m/z", "m/z", 1);
        assertEquals("", ColumnHeader.parse("  ").name());
    }

    @Test
    void unknownUnitKeepsTheWholeHeaderAndSaysSo() {
        ColumnHeader t = ColumnHeader.parse("Temperature/°C");
        assertEquals("Temperature/°C", t.name());
        assertEquals(Units.ONE.symbol(), t.unit().symbol());
        assertEquals("°C", t.unitText());
        assertNotNull(t.note());
        assertTrue(t.note().contains("°C"), t.note());
        ColumnHeader flag = ColumnHeader.parse("ox/red");
        assertEquals("ox/red", flag.name());
        assertTrue(flag.unit().isDimensionless());
        ColumnHeader spaced = ColumnHeader.parse("T (degC)");
        assertEquals("T (degC)", spaced.name());
        assertNotNull(spaced.note());
    }

    @Test
    void unitsRowOfGamry() {
        ColumnHeader vf = ColumnHeader.parse("Vf").withUnit("V vs. Ref.");
        assertEquals("Vf", vf.name());
        assertEquals("V", vf.unit().symbol());
        assertEquals("Ref.", vf.reference());
        assertTrue(ColumnHeader.parse("Pt").withUnit("#").unit().isDimensionless());
        ColumnHeader bits = ColumnHeader.parse("Over").withUnit("bits");
        assertNotNull(bits.note());
        assertTrue(ColumnHeader.isUnit("A"));
        assertTrue(ColumnHeader.isUnit("V vs. Ref."));
        assertFalse(ColumnHeader.isUnit("Vf"));
    }
}
