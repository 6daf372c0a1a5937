package org.electrocat.echem.io;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.FormatException;
import org.electrocat.api.ProgressMonitor;

/**
 * Decodes the "VMP data" module of an .mpr file into one array per column.
 *
 * <p>Payload layout (versions 2 and 3): uint32 point count, uint8 column count, uint16 column ids,
 * zero padding, then the records from byte 405 (version 2) or 406 (version 3). A record is the
 * flag byte (when any flag column is present; at the place of the first flag id) followed by the
 * other columns in id order, each as {@link MprColumns.Storage} says.
 *
 * @param headers column headers as the .mpt would write them
 * @param columns the values, one array per header
 */
record MprDataModule(List<String> headers, double[][] columns) {

    private static final int IDS_AT = 5;

    static MprDataModule decode(Path file, ByteBuffer buf, MprFile.Module m, ProgressMonitor monitor)
            throws FormatException {
        long headerSize;
        if (m.version() == 2) {
            headerSize = 405;
        } else if (m.version() == 3) {
            headerSize = 406;
        } else {
            throw new FormatException(file, m.headerAt() + 45, "VMP data version", "data module version "
                    + m.version() + " is not supported (known: 2, 3); export the run as .mpt from EC-Lab");
        }
        if (m.length() < IDS_AT) {
            throw new FormatException(file, m.payloadAt(), "VMP data", "data module of " + m.length()
                    + " bytes is too short for its header");
        }
        int base = (int) m.payloadAt();
        long points = Integer.toUnsignedLong(buf.getInt(base));
        int count = buf.get(base + 4) & 0xff;
        if (IDS_AT + 2L * count > headerSize) {
            throw new FormatException(file, base + 4, "column count", count + " columns do not fit the "
                    + headerSize + "-byte data header");
        }
        List<String> headers = new ArrayList<>();
        List<MprColumns.Spec> specs = new ArrayList<>();
        int[] offsets = new int[count];
        int record = 0;
        int flagOffset = -1;
        for (int c = 0; c < count; c++) {
            int at = base + IDS_AT + 2 * c;
            int id = buf.getShort(at) & 0xffff;
            MprColumns.Spec spec = MprColumns.of(id);
            if (spec == null) {
                throw new FormatException(file, at, "column id", "unknown column id " + id + " (column " + (c + 1)
                        + " of " + count + "); its width is unknown, so no later column can be located."
                        + " Export the run as .mpt from EC-Lab, and report the id with the matching .mpt column");
            }
            if (spec.storage() == MprColumns.Storage.FLAG) {
                if (flagOffset < 0) {
                    flagOffset = record;
                    record += 1;
                }
                offsets[c] = flagOffset;
            } else {
                offsets[c] = record;
                record += spec.storage().width;
            }
            headers.add(spec.header());
            specs.add(spec);
        }
        long expected = headerSize + points * record;
        if (expected > m.length()) {
            long complete = record == 0 ? 0 : (m.length() - headerSize) / record;
            throw new FormatException(file, m.payloadAt() + m.length(), "VMP data", "the module holds "
                    + (m.length() - headerSize) + " data bytes, but " + points + " points of " + record
                    + " bytes need " + points * record + " (only " + complete + " complete points): truncated file");
        }
        if (expected < m.length()) {
            throw new FormatException(file, m.payloadAt(), "VMP data", (m.length() - expected)
                    + " bytes more than " + points + " points of " + record + " bytes: the column layout is not"
                    + " what this reader knows; export the run as .mpt");
        }
        double[][] cols = new double[count][(int) points];
        int start = base + (int) headerSize;
        for (int c = 0; c < count; c++) {
            fill(buf, start, record, offsets[c], specs.get(c), cols[c]);
            monitor.checkCancelled();
        }
        return new MprDataModule(headers, cols);
    }

    /** Decodes one column; one tight loop per storage type. */
    private static void fill(ByteBuffer buf, int start, int record, int offset, MprColumns.Spec spec, double[] out) {
        int p = start + offset;
        switch (spec.storage()) {
            case FLOAT64:
                for (int i = 0; i < out.length; i++, p += record) {
                    out[i] = buf.getDouble(p);
                }
                break;
            case FLOAT32:
                for (int i = 0; i < out.length; i++, p += record) {
                    out[i] = buf.getFloat(p);
                }
                break;
            case UINT16:
                for (int i = 0; i < out.length; i++, p += record) {
                    out[i] = buf.getShort(p) & 0xffff;
                }
                break;
            case FLAG:
            default:
                int mask = spec.mask();
                int shift = Integer.numberOfTrailingZeros(mask);
                for (int i = 0; i < out.length; i++, p += record) {
                    out[i] = (buf.get(p) & mask) >>> shift;
                }
                break;
        }
    }
}
