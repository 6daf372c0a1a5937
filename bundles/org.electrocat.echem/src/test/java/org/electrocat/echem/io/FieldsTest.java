package org.electrocat.echem.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.electrocat.core.potential.PotentialScale;
import org.junit.jupiter.api.Test;

/** The byte-level number parser must give bit-identical results to {@link Double#parseDouble}. */
class FieldsTest {

    private static double parse(String s, boolean comma) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return Fields.number(b, 0, b.length, comma);
    }

    @Test
    void matchesJdkBitForBitOnRandomInstrumentStyleNumbers() {
        Random rnd = new Random(42);
        String[] formats = {"%.7E", "%.15E", "%.16E", "%.6f", "%.3e", "%.17g", "%s"};
        for (int i = 0; i < 200_000; i++) {
            double v = Math.scalb(rnd.nextDouble() - 0.5, rnd.nextInt(120) - 60);
            String f = formats[i % formats.length];
            String s = f.equals("%s") ? Double.toString(v) : String.format(Locale.ROOT, f, v);
            double expected = Double.parseDouble(s);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(parse(s, false)), s);
            String comma = s.replace('.', ',');
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(parse(comma, true)), comma);
        }
    }

    @Test
    void edgeCases() {
        assertEquals(-0.0, parse("-0.000E+000", false));
        assertEquals(1.0, parse("  1  ", false));
        assertEquals(37.0, parse("37", false));
        assertEquals(1e300, parse("1E300", false));
        assertEquals(4.9e-324, parse("4.9E-324", false));
        assertEquals(Double.NaN, parse("NaN", false));
        assertEquals(Double.NEGATIVE_INFINITY, parse("-Infinity", false));
        assertEquals(0.1, parse(".1", false));
        assertThrows(NumberFormatException.class, () -> parse("1d", false));
        assertThrows(NumberFormatException.class, () -> parse("0x1p3", false));
        assertThrows(NumberFormatException.class, () -> parse("", false));
        assertThrows(NumberFormatException.class, () -> parse("1,5", false));
        assertThrows(NumberFormatException.class, () -> parse("1.2.3", false));
        assertThrows(NumberFormatException.class, () -> parse("E5", false));
    }

    @Test
    void referenceElectrodeTexts() {
        assertEquals(PotentialScale.SCE, ReferenceElectrodes.resolve("SCE Saturated Calomel Electrode (0.241 V)").scale());
        assertEquals(PotentialScale.AG_AGCL_3M_KCL, ReferenceElectrodes.resolve("Ag/AgCl (0.210 V)").scale());
        assertEquals(PotentialScale.AG_AGCL_SAT_KCL, ReferenceElectrodes.resolve("Ag/AgCl").scale());
        assertEquals(PotentialScale.UNKNOWN, ReferenceElectrodes.resolve("(unspecified)").scale());
        assertEquals(PotentialScale.UNKNOWN, ReferenceElectrodes.resolve(null).scale());
        PotentialScale custom = ReferenceElectrodes.resolve("Home-made Ag wire (0,123 V)").scale();
        assertEquals(0.123, custom.offsetVsShe(), 0);
        assertEquals(PotentialScale.RHE, ReferenceElectrodes.resolve("RHE").scale());
    }
}
