package org.electrocat.echem.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.FormatException;

/**
 * The module structure of an EC-Lab binary file (.mpr), as observed in EC-Lab 11.12 and 11.33
 * files: the magic {@code BIO-LOGIC MODULAR FILE} followed by {@code 0x1A}, padding to byte 52,
 * then modules back to back. Each module has a 57-byte header: the tag {@code MODULE}, a
 * 10-character short name ({@code VMP Set}, {@code VMP data}, {@code VMP LOG}), a 25-character
 * long name, the payload length (uint32 LE), a version (uint32 LE) and an 8-character date,
 * followed by the payload. All lengths are checked against the file size before anything is read.
 */
final class MprFile {

    static final byte[] MAGIC = "BIO-LOGIC MODULAR FILE\u001a".getBytes(StandardCharsets.ISO_8859_1);
    static final int FIRST_MODULE = 52;
    static final int MODULE_HEADER = 57;
    private static final byte[] MODULE_TAG = "MODULE".getBytes(StandardCharsets.ISO_8859_1);

    /**
     * One module.
     *
     * @param shortName e.g. {@code VMP data}
     * @param longName  e.g. {@code VMP data}
     * @param headerAt  byte offset of the module's {@code MODULE} tag
     * @param payloadAt byte offset of the payload
     * @param length    payload length in bytes
     * @param version   module version
     * @param date      date as written ({@code 03/02/21} or {@code 01.10.18})
     */
    record Module(String shortName, String longName, long headerAt, long payloadAt, long length, long version,
            String date) {
    }

    private MprFile() {
    }

    static boolean hasMagic(byte[] head) {
        if (head.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** Lists the modules; fails naming the byte offset of the first inconsistency. */
    static List<Module> modules(Path file, ByteBuffer buf) throws FormatException {
        buf.order(ByteOrder.LITTLE_ENDIAN);
        long size = buf.limit();
        byte[] head = new byte[(int) Math.min(size, MAGIC.length)];
        buf.get(0, head);
        if (!hasMagic(head)) {
            throw new FormatException(file, 0, "magic", "not an EC-Lab binary file: it does not start with"
                    + " 'BIO-LOGIC MODULAR FILE'");
        }
        List<Module> out = new ArrayList<>();
        long pos = FIRST_MODULE;
        while (pos < size) {
            if (pos + MODULE_HEADER > size) {
                throw new FormatException(file, pos, "module header", "the file ends inside a module header ("
                        + (size - pos) + " of " + MODULE_HEADER + " bytes): truncated file");
            }
            int p = (int) pos;
            for (int i = 0; i < MODULE_TAG.length; i++) {
                if (buf.get(p + i) != MODULE_TAG[i]) {
                    throw new FormatException(file, pos, "module tag", "expected 'MODULE' after the previous"
                            + " module; the file is damaged or uses a module layout this reader does not know");
                }
            }
            String shortName = text(buf, p + 6, 10);
            String longName = text(buf, p + 16, 25);
            long length = Integer.toUnsignedLong(buf.getInt(p + 41));
            long version = Integer.toUnsignedLong(buf.getInt(p + 45));
            String date = text(buf, p + 49, 8);
            long payload = pos + MODULE_HEADER;
            if (payload + length > size) {
                throw new FormatException(file, pos + 41, "module '" + shortName + "' length", "the header says "
                        + length + " bytes but only " + (size - payload) + " remain: truncated file");
            }
            out.add(new Module(shortName, longName, pos, payload, length, version, date));
            pos = payload + length;
        }
        return out;
    }

    /** The module with the given short name, or {@code null}. */
    static Module find(List<Module> modules, String shortName) {
        for (Module m : modules) {
            if (m.shortName().equals(shortName)) {
                return m;
            }
        }
        return null;
    }

    /** Fixed-width Latin-1 text, trailing spaces and NULs removed. */
    static String text(ByteBuffer buf, int at, int len) {
        byte[] b = new byte[len];
        buf.get(at, b);
        return new String(b, StandardCharsets.ISO_8859_1).replace('\0', ' ').strip();
    }

    /**
     * A length-prefixed (Pascal) string inside a module, or {@code null} when the length byte does
     * not fit {@code maxLen} or the module, or the text is not printable.
     */
    static String pascal(ByteBuffer buf, Module m, int offset, int maxLen) {
        if (offset + 1 > m.length()) {
            return null;
        }
        int at = (int) (m.payloadAt() + offset);
        int len = buf.get(at) & 0xff;
        if (len == 0 || len > maxLen || offset + 1 + len > m.length()) {
            return null;
        }
        String s = text(buf, at + 1, len);
        for (char c : s.toCharArray()) {
            if (c < 0x20) {
                return null;
            }
        }
        return s;
    }

    /**
     * An OLE automation date (days since 1899-12-30, float64) inside a module, rounded to the
     * millisecond; {@code null} when out of the module or implausible (before 1990 or after 2100).
     */
    static LocalDateTime oleDate(ByteBuffer buf, Module m, int offset) {
        if (offset + 8 > m.length()) {
            return null;
        }
        double days = buf.getDouble((int) (m.payloadAt() + offset));
        if (!(days > 32874 && days < 73051)) { // 1990-01-01 .. 2100-01-01
            return null;
        }
        long millis = Math.round(days * 86_400_000.0);
        return LocalDateTime.of(1899, 12, 30, 0, 0).plusNanos(millis * 1_000_000L);
    }
}
