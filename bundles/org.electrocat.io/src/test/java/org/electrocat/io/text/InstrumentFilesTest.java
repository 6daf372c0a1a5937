package org.electrocat.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.electrocat.io.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The reader on real instrument exports from shared/data. Reference values were read
 * independently with Python (splitting lines with str.split and converting with float() after
 * replacing the decimal comma; numpy.loadtxt for the CSV): row counts, first and last values and
 * column sums.
 */
class InstrumentFilesTest {

    private static void assertColumn(TextTable t, String header, double first, double last, double sum) {
        double[] v = t.require(header).values();
        assertEquals(first, v[0], header + " first");
        assertEquals(last, v[v.length - 1], header + " last");
        double s = 0;
        for (double x : v) {
            s += x;
        }
        assertEquals(sum, s, Math.abs(sum) * 1e-12, header + " sum");
    }

    @Test
    void ecLabDecimalCommaIso88591() throws IOException {
        Path p = SharedData.file("echem/Pt_poly_cv_CUT.mpt");
        TextTable t = TextReader.read(p);
        // the file's own header says "Nb header lines : 73": names on line 73, data from line 74
        assertEquals(73, t.headerRowLine());
        assertEquals(74, t.dataStartLine());
        assertEquals("Nb header lines : 73", t.headerLines().get(1).strip());
        assertEquals(StandardCharsets.ISO_8859_1, t.charset());
        assertEquals(TextOptions.Delimiter.TAB, t.delimiter());
        assertEquals(TextOptions.DecimalSeparator.COMMA, t.decimal());
        assertEquals(223, t.rows());
        assertEquals(16, t.columns().size());
        assertColumn(t, "time/s", 3.289600104471901, 151.810196352526, 17295.894604897985);
        assertColumn(t, "Ewe/V", 0.87869531, 0.15471299, 174.00998688190003);
        assertColumn(t, "<I>/mA", -0.002604324994466466, 0.01777131863198953, 0.319294215589981);
        assertColumn(t, "cycle number", 1, 5, 611);
        assertColumn(t, "(Q-Qo)/C", -9.8251155e-07, 0.00021868375, 0.025132302107850002);
        assertEquals("mA", t.require("<I>/mA").unit().symbol());
        assertEquals("<I>", t.require("<I>/mA").name());
        assertEquals("C", t.require("(Q-Qo)").unit().symbol());
    }

    @Test
    void ecLabDecimalPointFiles() throws IOException {
        TextTable cv = TextReader.read(SharedData.file("echem/cv.mpt"));
        assertEquals(56, cv.dataStartLine()); // "Nb header lines : 55"
        assertEquals(5103, cv.rows());
        assertEquals(TextOptions.DecimalSeparator.POINT, cv.decimal());
        assertColumn(cv, "Ewe/V", 2.4807117, 3.1632588, 15803.486515200004);
        assertColumn(cv, "<I>/mA", -1.235983972946997e-06, 0.0006838552079206513, 10112.249077442466);
        TextTable lsv = TextReader.read(SharedData.file("echem/lsv.mpt"));
        assertEquals(65, lsv.dataStartLine()); // "Nb header lines : 64"
        assertEquals(1186, lsv.rows());
        assertColumn(lsv, "<I>/mA", -6.556889057159424, -119.5750350952148, -49013.74874562816);
    }

    @Test
    void ecLabImpedanceUnits() throws IOException {
        TextTable t = TextReader.read(SharedData.file("eis/exampleDataBioLogic.mpt"));
        assertEquals(62, t.dataStartLine()); // "Nb header lines : 61"
        assertEquals(43, t.rows());
        assertEquals("Hz", t.require("freq/Hz").unit().symbol());
        assertEquals("Ohm", t.require("-Im(Z)/Ohm").unit().symbol());
        assertEquals("-Im(Z)", t.require("-Im(Z)/Ohm").name());
        assertEquals("deg", t.require("Phase(Z)").unit().symbol());
        assertEquals(1e-6, t.require("Cs/µF").unit().siFactor(), 1e-21);
        assertColumn(t, "time/s", 0.7836904905780102, 288.5022309564229, 1407.6627326734306);
    }

    @Test
    void headerlessCsvFromImpedancePy() throws IOException {
        TextTable t = TextReader.read(SharedData.file("eis/exampleData.csv"));
        assertEquals(66, t.rows());
        assertEquals(-1, t.headerRowLine());
        assertEquals(1, t.dataStartLine());
        assertEquals(TextOptions.Delimiter.COMMA, t.delimiter());
        // 19-digit numpy %.18e values: exact equality with Double.parseDouble of the same text
        assertEquals(Double.parseDouble("3.162299999999999833e-03"), t.column(0).values()[0]);
        assertEquals(Double.parseDouble("4.949989776405060160e-02"), t.column(1).values()[0]);
        assertEquals(Double.parseDouble("1.015747456493823649e-02"), t.column(2).values()[65]);
        assertEquals(1e4, t.column(0).values()[65]);
    }

    @Test
    void chInstrumentsCommaSpace() throws IOException {
        TextTable t = TextReader.read(SharedData.file("eis/exampleDataCHInstruments.txt"));
        assertEquals(17, t.headerRowLine());
        assertEquals(19, t.dataStartLine());
        assertEquals(73, t.rows());
        assertEquals(List.of("Freq/Hz", "Z'/ohm", "Z\"/ohm", "Z/ohm", "Phase/deg"), t.names());
        assertEquals("Z\"", t.column(2).name());
        assertEquals("ohm", t.column(2).unit().symbol());
        assertColumn(t, "Freq/Hz", 99610.0, 0.1, 572423.4317000004);
        assertEquals(-15860.0, t.column(2).values()[72]);
        assertEquals("Amplitude (V) = 0.025", t.headerLines().get(12));
        assertTrue(t.notes().isEmpty(), t.notes().toString());
    }
}
