package org.electrocat.core.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PotentialConverterTest {

    @Test
    void nernstSlopeAt25C() {
        // ln(10) R T / F at 298.15 K = 0.05915935 V (textbook value 59.16 mV)
        assertEquals(0.0591594, PotentialConverter.at(7).nernstSlope(), 1e-7);
    }

    @Test
    void agAgClToRheInOneMolarKoh() {
        // the paper's -1.6 V vs Ag/AgCl (sat. KCl) at pH 14: -1.6 + 0.197 + 0.05916*14 = -0.5748 V vs RHE
        PotentialConverter c = PotentialConverter.at(14);
        double e = c.convert(-1.6, PotentialScale.AG_AGCL_SAT_KCL, PotentialScale.RHE);
        assertEquals(-1.6 + 0.197 + 0.0591594 * 14, e, 1e-5);
        // round trip
        assertEquals(-1.6, c.convert(e, PotentialScale.RHE, PotentialScale.AG_AGCL_SAT_KCL), 1e-12);
    }

    @Test
    void fillingMatters() {
        PotentialConverter c = PotentialConverter.at(Double.NaN);
        assertEquals(0.013, c.shift(PotentialScale.AG_AGCL_3M_KCL, PotentialScale.AG_AGCL_SAT_KCL), 1e-12);
        assertEquals(0.241 - 0.197, c.shift(PotentialScale.SCE, PotentialScale.AG_AGCL_SAT_KCL), 1e-12);
    }

    @Test
    void rheNeedsPh() {
        PotentialConverter c = PotentialConverter.at(Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> c.convert(0, PotentialScale.SCE, PotentialScale.RHE));
        assertThrows(IllegalArgumentException.class, () -> c.convert(0, PotentialScale.UNKNOWN, PotentialScale.SHE));
    }

    @Test
    void parsesCommonSpellings() {
        assertSame(PotentialScale.AG_AGCL_SAT_KCL, PotentialScale.parse("Ag/AgCl"));
        assertSame(PotentialScale.AG_AGCL_3M_KCL, PotentialScale.parse("Ag/AgCl (3M KCl)"));
        assertSame(PotentialScale.AG_AGCL_3_5M_KCL, PotentialScale.parse("Ag/AgCl 3.5 M KCl"));
        assertSame(PotentialScale.SCE, PotentialScale.parse("vs. SCE"));
        assertSame(PotentialScale.RHE, PotentialScale.parse("RHE"));
        assertEquals(0.205, PotentialScale.parse("0.205").offsetVsShe());
        assertThrows(IllegalArgumentException.class, () -> PotentialScale.parse("banana"));
    }
}
