package org.electrocat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.electrocat.core.model.Column;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.junit.jupiter.api.Test;

class UnitTextTest {

    @Test
    void exponentsBecomeSuperscripts() {
        assertEquals("mA cm⁻²", UnitText.pretty("mA cm-2"));
        assertEquals("mA cm⁻²", UnitText.pretty("mA cm^-2"));
        assertEquals("µF/cm²", UnitText.pretty("uF/cm2"));
        assertEquals("µmol h⁻¹ cm⁻²", UnitText.pretty("umol h-1 cm-2"));
        assertEquals("cm⁻¹", UnitText.pretty("cm-1"));
        assertEquals("Ω cm²", UnitText.pretty("Ohm cm2"));
        assertEquals("°", UnitText.pretty("deg"));
    }

    @Test
    void symbolsWithoutExponentsStay() {
        assertEquals("m/z", UnitText.pretty("m/z"));
        assertEquals("a.u.", UnitText.pretty("a.u."));
        assertEquals("1/cm", UnitText.pretty("1/cm"));
        assertEquals("eV", UnitText.pretty("eV"));
        assertEquals("", UnitText.pretty("1"));
        assertEquals("%", UnitText.pretty("%"));
    }

    @Test
    void axisLabelsAreQuantitySlashUnitWithScale() {
        assertEquals("E / V vs Ag/AgCl (sat. KCl)",
                Axis.potential("E", Units.VOLT, PotentialScale.AG_AGCL_SAT_KCL).label());
        assertEquals("FE", Axis.of("FE", Units.ONE).label());
        assertEquals("E / V vs RHE", Axis.of(new Column("E", Units.VOLT, new double[1], PotentialScale.RHE)).label());
        assertEquals("j / mA cm⁻²", Axis.of("j", Units.parse("mA cm-2")).label());
    }
}
