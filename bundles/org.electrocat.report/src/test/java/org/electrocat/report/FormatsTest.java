package org.electrocat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.electrocat.report.internal.Formats;
import org.junit.jupiter.api.Test;

/** GUM rounding (JCGM 100:2008 §7.2.6): two significant digits of uncertainty, value to match. */
class FormatsTest {

    @Test
    void massesKeepFourDecimals() {
        var mz = org.electrocat.core.units.Units.parse("m/z");
        assertEquals("3592.4227", Formats.value(org.electrocat.core.units.Quantity.of(3592.42271, mz)));
        assertEquals("1849.6466", Formats.value(org.electrocat.core.units.Quantity.of(1849.64662, org.electrocat.core.units.Units.parse("Da"))));
        // other units keep four significant digits
        assertEquals("-1.285", Formats.value(org.electrocat.core.units.Quantity.of(-1.28504, org.electrocat.core.units.Units.VOLT)).replace('−', '-'));
    }

    @Test
    void valueRoundedToTheUncertaintysPlace() {
        assertEquals("0.563 ± 0.012", Formats.valueWithUncertainty(0.5634, 0.0123));
        assertEquals("14.08 ± 0.31", Formats.valueWithUncertainty(14.08, 0.31));
        assertEquals("118.4 ± 6.2", Formats.valueWithUncertainty(118.4, 6.2));
        assertEquals("12350 ± 120", Formats.valueWithUncertainty(12345, 123));
        assertEquals("−0.250 ± 0.033", Formats.valueWithUncertainty(-0.25, 0.033));
    }

    @Test
    void roundingCarryKeepsTwoDigits() {
        // 0.0996 rounds to 0.10, whose second significant digit is the hundredth
        assertEquals("0.56 ± 0.10", Formats.valueWithUncertainty(0.5634, 0.0996));
    }

    @Test
    void extremeMagnitudesShareAPowerOfTen() {
        assertEquals("(4.21 ± 0.13)×10⁻⁷", Formats.valueWithUncertainty(4.21e-7, 1.3e-8));
        // an uncertainty of 4e-7 keeps two significant digits: 0.040 (×10⁻⁵)
        assertEquals("(2.030 ± 0.040)×10⁻⁵", Formats.valueWithUncertainty(2.03e-5, 4e-7));
        assertEquals("(6.022 ± 0.012)×10⁶", Formats.valueWithUncertainty(6.022e6, 1.2e4));
    }

    @Test
    void missingOrAbsentUncertainty() {
        assertEquals("0.86", Formats.valueWithUncertainty(0.86, Double.NaN));
        assertEquals("0.9991", Formats.valueWithUncertainty(0.99912, Double.NaN));
        assertEquals(Formats.MISSING, Formats.valueWithUncertainty(Double.NaN, 0.1));
        assertEquals("5 ± 0", Formats.valueWithUncertainty(5, 0));
    }
}
