package org.electrocat.vibspec.io.spc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.electrocat.api.FormatException;

/**
 * The 512-byte main header of a Thermo Galactic SPC file in the new little-endian format
 * ({@code fversn = 0x4B}), as laid out in Galactic Industries' "SPC file format" specification
 * (GRAMS/32, 1996; the SPC.H structure {@code SPCHDR}). Only the fields a reader needs are kept.
 *
 * @param flags     {@code ftflgs}: TSPREC 0x01, TCGRAM 0x02, TMULTI 0x04, TRANDM 0x08, TORDRD 0x10,
 *                  TALABS 0x20, TXYXYS 0x40, TXVALS 0x80
 * @param exponent  {@code fexp}: Y scaling exponent, −128 (0x80) for IEEE floats
 * @param npts      {@code fnpts}: points per subfile (or the directory offset of XYXY files)
 * @param first     {@code ffirst}: first x of evenly spaced data
 * @param last      {@code flast}: last x of evenly spaced data
 * @param nsub      {@code fnsub}: number of subfiles
 * @param xType     {@code fxtype}
 * @param yType     {@code fytype}
 * @param zType     {@code fztype}
 * @param date      {@code fdate}: packed minute, hour, day, month, year
 * @param resolution {@code fres}
 * @param instrument {@code fsource}
 * @param comment   {@code fcmnt}
 * @param axisLabels {@code fcatxt}: x, y, z labels separated by NUL (used when TALABS is set)
 * @param logOffset {@code flogoff}: offset of the log block, 0 when none
 * @param method    {@code fmethod}
 * @param experiment {@code fexper}
 */
public record SpcHeader(int flags, int exponent, int npts, double first, double last, int nsub, int xType,
        int yType, int zType, int date, String resolution, String instrument, String comment,
        String[] axisLabels, long logOffset, String method, int experiment) {

    /** Size of the main header. */
    public static final int SIZE = 512;
    public static final int TSPREC = 0x01;
    public static final int TMULTI = 0x04;
    public static final int TALABS = 0x20;
    public static final int TXYXYS = 0x40;
    public static final int TXVALS = 0x80;
    /** {@code fexp}/{@code subexp} value meaning IEEE 32-bit floats. */
    public static final int FLOAT_EXPONENT = -128;

    /**
     * Parses the header of {@code file}.
     *
     * @throws FormatException naming the byte offset when the file is too short or not new-format SPC
     */
    static SpcHeader parse(String source, ByteBuffer file) throws FormatException {
        if (file.limit() < SIZE) {
            throw new FormatException(source, file.limit(), "header", "file of " + file.limit()
                    + " bytes is shorter than the 512-byte SPC header", null);
        }
        ByteBuffer b = file.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int version = b.get(1) & 0xFF;
        if (version == 0x4D) {
            throw new FormatException(source, 1, "fversn", "old-format SPC (version byte 0x4D) is not supported; "
                    + "save it in the new format", null);
        }
        if (version == 0x4C) {
            throw new FormatException(source, 1, "fversn", "big-endian SPC (version byte 0x4C) is not supported",
                    null);
        }
        if (version != 0x4B) {
            throw new FormatException(source, 1, "fversn", String.format("version byte 0x%02X: not a Galactic SPC "
                    + "file (expected 0x4B)", version), null);
        }
        String[] labels = new String[] {"", "", ""};
        String cat = text(b, 218, 30, false);
        String[] parts = cat.split("\0", -1);
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            labels[i] = parts[i].strip();
        }
        return new SpcHeader(b.get(0) & 0xFF, b.get(3), b.getInt(4), b.getDouble(8), b.getDouble(16), b.getInt(24),
                b.get(28) & 0xFF, b.get(29) & 0xFF, b.get(30) & 0xFF, b.getInt(32), text(b, 36, 9, true),
                text(b, 45, 9, true), text(b, 88, 130, true), labels, b.getInt(248) & 0xFFFFFFFFL,
                text(b, 264, 48, true), b.get(2) & 0xFF);
    }

    /** ISO-8859-1 text of a fixed field, cut at the first NUL when {@code nulEnds}. */
    static String text(ByteBuffer b, int offset, int length, boolean nulEnds) {
        byte[] bytes = new byte[length];
        b.get(offset, bytes);
        int n = length;
        if (nulEnds) {
            for (int i = 0; i < length; i++) {
                if (bytes[i] == 0) {
                    n = i;
                    break;
                }
            }
        }
        return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** The acquisition date as {@code yyyy-mm-dd hh:mm}, or {@code null} when not set or invalid. */
    public String isoDate() {
        int minute = date & 63;
        int hour = (date >>> 6) & 31;
        int day = (date >>> 11) & 31;
        int month = (date >>> 16) & 15;
        int year = (date >>> 20) & 4095;
        if (date == 0 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) {
            return null;
        }
        return String.format("%04d-%02d-%02d %02d:%02d", year, month, day, hour, minute);
    }
}
