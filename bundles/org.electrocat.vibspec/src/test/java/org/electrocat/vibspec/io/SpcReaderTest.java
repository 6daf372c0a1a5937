package org.electrocat.vibspec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electrocat.api.FormatException;
import org.electrocat.core.model.Dataset;
import org.electrocat.vibspec.io.spc.SpcReader;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.testing.Fixtures;
import org.electrocat.vibspec.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPC: the two shared samples (values computed independently with numpy: {@code np.frombuffer(...,
 * '<i4') * 2.0**(fexp-32)}, {@code np.linspace(ffirst, flast, fnpts)}) and files written here byte by
 * byte for the layouts the samples do not cover, plus hostile headers.
 */
class SpcReaderTest {

    @TempDir
    Path dir;

    @Test
    void ftirPolystyreneTransmittance() throws IOException {
        Spectrum s = Spectrum.of(Fixtures.read(new SpcReader(), SharedData.file("raman_ir/Ft-ir.spc")).get(0));
        assertEquals(1776, s.size());
        assertEquals("wavenumber", s.xName());
        assertEquals("transmittance", s.yName());
        assertEquals("%", s.yUnit().symbol());
        assertEquals(4000.0, s.x()[0], 0);
        assertEquals(450.0, s.x()[1775], 1e-9);
        assertEquals(95.13749694824219, s.y()[0], 1e-12);
        assertEquals(94.88349151611328, s.y()[1775], 1e-12);
        assertEquals(150493.73670387268, sum(s.y()), 1e-7);
        assertEquals(698.0, s.x()[argmin(s.y())], 1e-9); // polystyrene's strongest band, ring out-of-plane
        assertEquals("FT-IR Spectrum Example", s.meta("spc.comment"));
        assertEquals("ir", s.meta("spectrum.technique"));
    }

    @Test
    void ftRamanWithLogBlock() throws IOException {
        Spectrum s = Spectrum.of(Fixtures.read(new SpcReader(), SharedData.file("raman_ir/RAMAN.SPC")).get(0));
        assertEquals(3632, s.size());
        assertEquals("Raman shift", s.xName());
        assertEquals(3996.8232421875, s.x()[0], 1e-9);
        assertEquals(-3005.9560546875005, s.x()[3631], 1e-9);
        assertEquals(0.01710212230682373, s.y()[0], 1e-15);
        assertEquals(6484.2582359313965, sum(s.y()), 1e-8);
        assertEquals("Rmn Intensity", s.meta("spc.ylabel"));
        assertEquals("Nicolet", s.meta("spc.log.MODEL"));
        assertEquals("50", s.meta("spc.log.SCANS"));
        assertEquals(1e7 / 9395, Double.parseDouble(s.meta("laser.wavelength")), 1e-9); // RAMANFREQ= 9395 cm-1
    }

    /** A new-format header; the caller fills the body. */
    static ByteBuffer header(int size, int flags, int exp, int npts, double first, double last, int nsub, int xType,
            int yType) {
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) flags).put(1, (byte) 0x4B).put(3, (byte) exp).putInt(4, npts).putDouble(8, first)
                .putDouble(16, last).putInt(24, nsub).put(28, (byte) xType).put(29, (byte) yType);
        return b;
    }

    Path write(ByteBuffer b) throws IOException {
        Path f = dir.resolve("t.spc");
        Files.write(f, b.array());
        return f;
    }

    @Test
    void xyFileWithFloatOrdinates() throws IOException {
        // TXVALS: 3 float x values after the header, then subheader and 3 float y values
        ByteBuffer b = header(512 + 12 + 32 + 12, 0x80, -128, 3, 0, 0, 1, 3, 2);
        b.putFloat(512, 400.5f).putFloat(516, 401.25f).putFloat(520, 410f);
        b.putFloat(556, 0.5f).putFloat(560, -1.25f).putFloat(564, 3f);
        Spectrum s = Spectrum.of(Fixtures.read(new SpcReader(), write(b)).get(0));
        assertEquals("wavelength", s.xName());
        assertEquals("nm", s.xUnit().symbol());
        assertEquals("absorbance", s.yName());
        assertArrayEquals(new double[] {400.5, 401.25, 410}, s.x(), 0);
        assertArrayEquals(new double[] {0.5, -1.25, 3}, s.y(), 0);
    }

    @Test
    void multifileWithIntegerOrdinatesPerSubfileExponent() throws IOException {
        // TMULTI, evenly spaced 100..102 cm-1, two subfiles with exponents 3 and 10:
        // y = int * 2^(exp - 32)
        ByteBuffer b = header(512 + 2 * (32 + 12), 0x04, 3, 3, 100, 102, 2, 13, 0);
        b.put(513, (byte) 3).putFloat(516, -0.5f);
        b.putInt(544, 1 << 29).putInt(548, -(1 << 30)).putInt(552, 3);
        b.put(557, (byte) 10).putFloat(560, -0.7f);
        b.putInt(588, 1 << 22).putInt(592, 0).putInt(596, -(1 << 23));
        List<Dataset> ds = Fixtures.read(new SpcReader(), write(b));
        assertEquals(2, ds.size());
        Spectrum s1 = Spectrum.of(ds.get(0));
        Spectrum s2 = Spectrum.of(ds.get(1));
        assertArrayEquals(new double[] {100, 101, 102}, s1.x(), 0);
        assertArrayEquals(new double[] {1, -2, 3 * Math.pow(2, -29)}, s1.y(), 0);
        assertArrayEquals(new double[] {1, 0, -2}, s2.y(), 0);
        assertEquals("-0.7", s2.meta("spc.z"));
        assertEquals("t_2", ds.get(1).id());
    }

    @Test
    void xyxyMultifileWithOwnAxesAnd16BitOrdinates() throws IOException {
        // TMULTI|TXVALS|TXYXYS|TSPREC: each subfile has subnpts, its x floats, then 16-bit y * 2^(exp-16)
        ByteBuffer b = header(512 + (32 + 8 + 4) + (32 + 12 + 6), 0xC5, 0, 0, 0, 0, 2, 1, 128);
        b.put(513, (byte) 2).putInt(528, 2).putFloat(544, 1000f).putFloat(548, 999f);
        b.putShort(552, (short) 0x4000).putShort(554, (short) -0x8000);
        int p = 556;
        b.put(p + 1, (byte) 0).putInt(p + 16, 3).putFloat(p + 32, 5f).putFloat(p + 36, 6f).putFloat(p + 40, 7f);
        b.putShort(p + 44, (short) 1).putShort(p + 46, (short) 2).putShort(p + 48, (short) -3);
        List<Dataset> ds = Fixtures.read(new SpcReader(), write(b));
        Spectrum s1 = Spectrum.of(ds.get(0));
        Spectrum s2 = Spectrum.of(ds.get(1));
        assertArrayEquals(new double[] {1000, 999}, s1.x(), 0);
        assertArrayEquals(new double[] {1, -2}, s1.y(), 0); // 0x4000 * 2^(2-16) = 1
        assertArrayEquals(new double[] {5, 6, 7}, s2.x(), 0);
        assertArrayEquals(new double[] {1 / 65536.0, 2 / 65536.0, -3 / 65536.0}, s2.y(), 0);
        assertEquals("transmittance", s1.yName());
        assertEquals("1", s1.yUnit().symbol()); // values below 2: a fraction, not percent
    }

    FormatException fails(ByteBuffer b) {
        return assertThrows(FormatException.class, () -> Fixtures.read(new SpcReader(), write(b)));
    }

    @Test
    void hugePointCountIsRefusedBeforeAllocating() {
        FormatException e = fails(header(600, 0, 0, 2_000_000_000, 0, 1, 1, 1, 0));
        assertEquals("fnpts", e.field());
        assertEquals(4, e.line());
    }

    @Test
    void hugeSubfileCount() {
        FormatException e = fails(header(600, 0x04, 0, 2, 0, 1, Integer.MAX_VALUE, 1, 0));
        assertEquals("fnsub", e.field());
    }

    @Test
    void hugeXyxySubfilePoints() {
        ByteBuffer b = header(600, 0xC4, 0, 0, 0, 0, 1, 1, 0);
        b.putInt(528, 1_000_000_000);
        FormatException e = fails(b);
        assertEquals("subnpts", e.field());
        assertEquals(528, e.line());
    }

    @Test
    void truncatedSecondSubfile() {
        FormatException e = fails(header(512 + 32 + 8 + 10, 0x04, 0, 2, 0, 1, 2, 1, 0));
        assertTrue(e.getMessage().contains("cannot fit"), e.getMessage());
    }

    @Test
    void logOffsetOutsideFile() {
        ByteBuffer b = header(512 + 32 + 8, 0, 0, 2, 0, 1, 1, 1, 0);
        b.putInt(248, 1 << 20);
        assertEquals("flogoff", fails(b).field());
    }

    @Test
    void oldFormatShortFileAndNonSpc() {
        ByteBuffer old = header(600, 0, 0, 2, 0, 1, 1, 1, 0);
        old.put(1, (byte) 0x4D);
        assertTrue(fails(old).getMessage().contains("old-format"));
        assertEquals("header", fails(ByteBuffer.allocate(100)).field());
        ByteBuffer other = ByteBuffer.allocate(600);
        other.put(1, (byte) 'P');
        assertTrue(fails(other).getMessage().contains("not a Galactic SPC"));
    }

    @Test
    void detection() {
        SpcReader r = new SpcReader();
        assertEquals(0.9, r.detect(dir.resolve("a"), header(512, 0, 0, 1, 0, 1, 1, 13, 0).array()), 0);
        assertEquals(0, r.detect(dir.resolve("a"), "##TITLE=x".getBytes()));
        assertEquals(0, r.detect(dir.resolve("a"), new byte[600]));
    }

    static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }

    static int argmin(double[] v) {
        int k = 0;
        for (int i = 1; i < v.length; i++) {
            k = v[i] < v[k] ? i : k;
        }
        return k;
    }
}
