package org.electrocat.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void currentDensityNotationsAgree() {
        Unit a = Units.parse("mA cm-2");
        Unit b = Units.parse("mA/cm²");
        Unit c = Units.parse("mA·cm⁻²");
        // 1 mA cm-2 = 1e-3 A / 1e-4 m2 = 10 A m-2
        assertEquals(10.0, a.siFactor(), 1e-12);
        assertTrue(a.sameAs(b));
        assertTrue(a.sameAs(c));
        assertEquals("mA/cm²", b.symbol());
    }

    @Test
    void capacitanceConversion() {
        // 0.56 mF cm-2 = 560 uF cm-2
        assertEquals(560.0, Units.parse("mF/cm2").convert(0.56, Units.parse("uF cm-2")), 1e-9);
        // ECSA = Cdl / Cs: (0.56 mF cm-2) / (40 uF cm-2) is dimensionless 14
        Unit ratio = Units.parse("mF/cm2").divide(Units.parse("uF/cm2"));
        assertTrue(ratio.isDimensionless());
        assertEquals(14.0, 0.56 / 40 * ratio.siFactor(), 1e-12);
    }

    @Test
    void yieldRateUnits() {
        Unit u = Units.parse("umol h-1 cm-2");
        Unit v = Units.parse("µmol/(h·cm2)");
        assertTrue(u.sameAs(v));
        // 1 umol/h/cm2 in mol s-1 m-2 = 1e-6 / 3600 / 1e-4
        assertEquals(1e-6 / 3600 / 1e-4, u.siFactor(), 1e-18);
    }

    @Test
    void wavenumberAndExoticSymbols() {
        assertTrue(Units.parse("1/cm").sameAs(Units.parse("cm-1")));
        assertEquals(100.0, Units.parse("cm-1").siFactor(), 1e-12);
        assertEquals(60.0, Units.parse("min").siFactor());
        assertEquals(1e-10, Units.parse("Å").siFactor(), 1e-25);
        assertTrue(Units.parse("Ω").sameAs(Units.parse("Ohm")));
        assertEquals(1000.0, Units.parse("kOhm").siFactor(), 1e-12);
        assertEquals(1.602176634e-19, Units.parse("eV").siFactor(), 1e-30);
    }

    @Test
    void incompatibleConversionNamesBothUnits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Units.parse("mA").conversionFactorTo(Units.parse("V")));
        assertTrue(e.getMessage().contains("mA") && e.getMessage().contains("V"), e.getMessage());
    }

    @Test
    void unknownSymbolGivesPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.parse("mA cm-2 bogus"));
        assertTrue(e.getMessage().contains("position 9"), e.getMessage());
    }

    @Test
    void quantityParsing() {
        Quantity q = Quantity.parse("40 uF/cm2", Units.ONE);
        assertEquals(40e-6 / 1e-4, q.value() * q.unit().siFactor(), 1e-12);
        Quantity bare = Quantity.parse("0.197", Units.VOLT);
        assertEquals(0.197, bare.in(Units.parse("V")), 0);
        assertEquals(5.0, Quantity.parse("5eV", Units.ONE).value());
        assertEquals(1e-3, Quantity.parse("1e-3 A", Units.ONE).value());
    }
}
