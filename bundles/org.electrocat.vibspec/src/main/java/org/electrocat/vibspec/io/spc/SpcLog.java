package org.electrocat.vibspec.io.spc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.electrocat.api.FormatException;

/**
 * The optional log block of an SPC file (structure {@code LOGSTC}: {@code logsizd} block size,
 * {@code logsizm} memory size, {@code logtxto} offset of the ASCII text, binary and disk sizes, 44
 * spare bytes) whose text holds {@code key=value} lines (instrument settings). Offsets and sizes are
 * checked against the file before the text is read.
 */
final class SpcLog {

    private static final int HEADER = 64;
    /** Log text longer than this is cut (it is only metadata). */
    private static final int MAX_TEXT = 1 << 20;

    private SpcLog() {
    }

    /** The log lines as metadata {@code spc.log.<key>} (a line without '=' goes to {@code spc.log.line<n>}). */
    static Map<String, String> read(String source, ByteBuffer file, long offset) throws FormatException {
        Map<String, String> m = new LinkedHashMap<>();
        if (offset == 0) {
            return m;
        }
        long size = file.limit();
        if (offset < SpcHeader.SIZE || offset + HEADER > size) {
            throw new FormatException(source, 248, "flogoff", "log block offset " + offset
                    + " lies outside the file of " + size + " bytes", null);
        }
        ByteBuffer b = file.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        long blockSize = b.getInt((int) offset) & 0xFFFFFFFFL;
        long textOffset = b.getInt((int) offset + 8) & 0xFFFFFFFFL;
        long start = offset + textOffset;
        if (textOffset < HEADER || start > size) {
            throw new FormatException(source, offset + 8, "logtxto", "log text offset " + textOffset
                    + " lies outside the file", null);
        }
        long end = Math.min(size, Math.min(offset + Math.max(blockSize, textOffset), start + MAX_TEXT));
        byte[] text = new byte[(int) (end - start)];
        b.get((int) start, text);
        int n = 0;
        while (n < text.length && text[n] != 0) {
            n++;
        }
        String[] lines = new String(text, 0, n, StandardCharsets.ISO_8859_1).split("\r\n|\n|\r");
        int plain = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put("spc.log." + line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            } else {
                m.put("spc.log.line" + (++plain), line.strip());
            }
        }
        return m;
    }
}
