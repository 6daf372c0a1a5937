package org.electrocat.vibspec.io.spc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.units.Units;
import org.electrocat.vibspec.io.SpectrumReaderOptions;
import org.electrocat.vibspec.io.VibspecReader;
import org.electrocat.vibspec.model.SpectralAxes;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumKeys;
import org.osgi.service.component.annotations.Component;

/**
 * Reads Thermo Galactic SPC files in the new little-endian format ({@code fversn 0x4B}; Galactic
 * Industries, "SPC file format", 1996): single spectra with evenly spaced x (FFIRST..FLAST), with an
 * x array (TXVALS), multifiles sharing one x (TMULTI) and multifiles with their own x per subfile
 * (TXYXYS). Y values are IEEE floats (exponent 0x80) or 32/16-bit integers scaled by
 * 2^(exponent−32) / 2^(exponent−16). Axis types map to names and units ({@link SpcAxisTypes}); the
 * log block's {@code key=value} text becomes metadata {@code spc.log.<key>}.
 *
 * <p>Every length is checked against the file size before anything is allocated: a header claiming
 * two billion points in an 8 kB file is a {@link FormatException} naming the field and byte offset.
 * Each subfile becomes one {@code spectrum} dataset (the z value of a multifile in {@code spc.z}).
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=vibspec.spc", "electrocat.technique=vibspec"})
public final class SpcReader extends VibspecReader {

    /** Reader id. */
    public static final String ID = "vibspec.spc";

    public SpcReader() {
        super(ID, "Thermo Galactic GRAMS SPC (.spc)", List.of("spc"));
    }
    /** Largest file read into memory. */
    static final long MAX_FILE = 1L << 30;
    private static final int SUBHEADER = 32;

    @Override
    public double detect(Path file, byte[] head) {
        try {
            if (head == null || head.length < SpcHeader.SIZE) {
                return 0;
            }
            int version = head[1] & 0xFF;
            int xType = head[28] & 0xFF;
            boolean typesPlausible = (xType <= 30 || xType == 255) && ((head[29] & 0xFF) <= 26
                    || (head[29] & 0xFF) >= 128 && (head[29] & 0xFF) <= 131);
            if (version == 0x4B && typesPlausible) {
                return 0.9;
            }
            return (version == 0x4B || version == 0x4D || version == 0x4C) && file.toString().toLowerCase().endsWith(
                    ".spc") ? 0.5 : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE) {
            throw new FormatException(file, 0, null, "SPC file of " + size + " bytes exceeds the 1 GiB this reader "
                    + "holds in memory");
        }
        ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        List<Spectrum> spectra = parse(file.toString(), file.getFileName().toString(), buf, monitor);
        return SpectrumReaderOptions.datasets(file, spectra, options, ID, version());
    }

    /** Decodes every subfile of an SPC image. */
    static List<Spectrum> parse(String source, String name, ByteBuffer b, ProgressMonitor monitor)
            throws FormatException {
        SpcHeader h = SpcHeader.parse(source, b);
        long size = b.limit();
        boolean multi = h.has(SpcHeader.TMULTI);
        boolean xyxy = h.has(SpcHeader.TXYXYS);
        boolean xvals = h.has(SpcHeader.TXVALS);
        int nsub = multi ? h.nsub() : 1;
        if (nsub < 1 || (long) nsub * SUBHEADER > size - SpcHeader.SIZE) {
            throw new FormatException(source, 24, "fnsub", nsub + " subfiles cannot fit in " + size + " bytes", null);
        }
        if (!xyxy) {
            long bytesPerPoint = (h.has(SpcHeader.TSPREC) ? 2 : 4) * (long) nsub + (xvals ? 4 : 0);
            if (h.npts() < 1 || h.npts() * bytesPerPoint > size - SpcHeader.SIZE - (long) nsub * SUBHEADER) {
                throw new FormatException(source, 4, "fnpts", h.npts() + " points per subfile cannot fit in a file of "
                        + size + " bytes (" + nsub + " subfile" + (nsub == 1 ? "" : "s") + ")", null);
            }
        }
        Map<String, String> meta = metadata(h, source, b);
        long pos = SpcHeader.SIZE;
        double[] commonX = null;
        if (xvals && !xyxy) {
            commonX = floats(b, pos, h.npts());
            pos += 4L * h.npts();
        }
        List<Spectrum> out = new ArrayList<>();
        for (int s = 0; s < nsub; s++) {
            monitor.checkCancelled();
            if (pos + SUBHEADER > size) {
                throw new FormatException(source, pos, "subheader " + (s + 1), "the file ends before subfile " + (s + 1)
                        + " of " + nsub + ": truncated", null);
            }
            int subExp = b.get((int) pos + 1);
            float z = b.getFloat((int) pos + 4);
            int n = xyxy ? b.getInt((int) pos + 16) : h.npts();
            pos += SUBHEADER;
            boolean floats = h.exponent() == SpcHeader.FLOAT_EXPONENT || (multi && subExp == SpcHeader.FLOAT_EXPONENT);
            int ySize = floats ? 4 : h.has(SpcHeader.TSPREC) ? 2 : 4;
            long need = (long) n * (ySize + (xyxy ? 4 : 0));
            if (n < 1 || need > size - pos) {
                throw new FormatException(source, pos - SUBHEADER + 16, xyxy ? "subnpts" : "fnpts", "subfile " + (s + 1)
                        + " claims " + n + " points (" + need + " bytes) but only " + (size - pos) + " bytes remain",
                        null);
            }
            double[] x;
            if (xyxy) {
                x = floats(b, pos, n);
                pos += 4L * n;
            } else if (commonX != null) {
                x = commonX;
            } else {
                x = evenlySpaced(h.first(), h.last(), n);
            }
            double[] y = ordinates(b, pos, n, floats, ySize, multi ? subExp : h.exponent());
            pos += (long) n * ySize;
            Map<String, String> m = new LinkedHashMap<>(meta);
            if (multi) {
                m.put("spc.subfile", String.valueOf(s + 1));
                m.put("spc.z", Float.toString(z));
                SpectralAxes.Axis za = SpcAxisTypes.x(h.zType());
                m.put("spc.z.axis", za.name() + " / " + za.unit().symbol());
            }
            out.add(spectrum(h, nsub == 1 ? name : name + " #" + (s + 1), x, y, m));
        }
        return out;
    }

    private static Spectrum spectrum(SpcHeader h, String name, double[] x, double[] y, Map<String, String> meta) {
        SpectralAxes.Axis xa = SpcAxisTypes.x(h.xType());
        SpectralAxes.Axis ya = SpcAxisTypes.y(h.yType());
        String technique = h.xType() == 13 ? "raman" : h.xType() == 1 ? "ir" : "unknown";
        meta.put(SpectrumKeys.TECHNIQUE, technique);
        if (ya.name().equals(SpectralAxes.TRANSMITTANCE) || ya.name().equals(SpectralAxes.REFLECTANCE)) {
            // the format does not say fraction or percent; instruments write %T, so values above 2 mean percent
            double max = Double.NEGATIVE_INFINITY;
            for (double v : y) {
                max = Math.max(max, v);
            }
            if (max > 2) {
                ya = new SpectralAxes.Axis(ya.name(), Units.PERCENT);
                meta.put("spc.note", ya.name() + " taken as percent: values reach " + max);
            }
        }
        return new Spectrum(name, xa.name(), xa.unit(), x, ya.name(), ya.unit(), y, Double.NaN, null, meta);
    }

    private static double[] evenlySpaced(double first, double last, int n) {
        double[] x = new double[n];
        double step = n > 1 ? (last - first) / (n - 1) : 0;
        for (int i = 0; i < n; i++) {
            x[i] = first + i * step;
        }
        return x;
    }

    private static double[] floats(ByteBuffer b, long pos, int n) {
        double[] v = new double[n];
        int p = (int) pos;
        for (int i = 0; i < n; i++) {
            v[i] = b.getFloat(p + 4 * i);
        }
        return v;
    }

    /** Y values: floats, or integers times 2^(exp−32) (32-bit) / 2^(exp−16) (16-bit, TSPREC). */
    private static double[] ordinates(ByteBuffer b, long pos, int n, boolean floats, int ySize, int exp) {
        if (floats) {
            return floats(b, pos, n);
        }
        double[] v = new double[n];
        int p = (int) pos;
        double scale = Math.scalb(1.0, exp - (ySize == 2 ? 16 : 32));
        for (int i = 0; i < n; i++) {
            v[i] = (ySize == 2 ? b.getShort(p + 2 * i) : b.getInt(p + 4 * i)) * scale;
        }
        return v;
    }

    private static Map<String, String> metadata(SpcHeader h, String source, ByteBuffer b) throws FormatException {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("source.format", "Thermo Galactic SPC (new format)");
        put(m, "spc.comment", h.comment());
        put(m, "spc.resolution", h.resolution());
        put(m, "spc.instrument", h.instrument());
        put(m, "spc.method", h.method());
        put(m, "spc.date", h.isoDate());
        m.put("spc.flags", String.format("0x%02X", h.flags()));
        m.put("spc.xtype", String.valueOf(h.xType()));
        m.put("spc.ytype", String.valueOf(h.yType()));
        if (h.has(SpcHeader.TALABS)) {
            put(m, "spc.xlabel", h.axisLabels()[0]);
            put(m, "spc.ylabel", h.axisLabels()[1]);
            put(m, "spc.zlabel", h.axisLabels()[2]);
        }
        m.putAll(SpcLog.read(source, b, h.logOffset()));
        if (m.containsKey("spc.log.RAMANFREQ")) {
            try {
                // Nicolet FT-Raman logs give the laser as a wavenumber in cm-1 (e.g. 9395 for Nd:YAG)
                double wn = Double.parseDouble(m.get("spc.log.RAMANFREQ").strip());
                if (wn > 0) {
                    m.put(SpectrumKeys.LASER_WAVELENGTH, Double.toString(1e7 / wn));
                }
            } catch (NumberFormatException ignored) {
                // not a number: keep the log text only
            }
        }
        return m;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value.strip());
        }
    }
}
