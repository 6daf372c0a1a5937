package org.electrocat.echem.io;

import java.util.Map;

/**
 * Column ids of the EC-Lab binary data module ("VMP data") and how each is stored.
 *
 * <p>How this table was derived (clean room, no third-party parser consulted): the two paired
 * sample runs {@code cv.mpr}/{@code cv.mpt} (EC-Lab 11.12, data module version 2) and
 * {@code lsv.mpr}/{@code lsv.mpt} (EC-Lab 11.33, version 3) list their column ids after the point
 * count and the column count; the .mpt of the same run lists the exported columns in the same
 * order (plus columns EC-Lab computes on export, such as {@code P/W} = Ewe·I and
 * {@code Ewe-Ece/V}). For each id the storage width was fixed by requiring that
 * {@code points × record size + header = module length} in both files, and the type by decoding
 * every row and comparing it with the .mpt: float32 columns agree to the 8 digits the .mpt prints
 * (max. relative difference 5e-8), float64 columns to the last digit (5e-16), and the flag
 * bits reproduce the integer columns of every row exactly (bit masks found by testing each bit
 * against each flag column). Ids not in the table are refused with the id and its byte offset
 * rather than guessed, because a wrong width would silently misalign every later column.
 */
final class MprColumns {

    /** Storage of a column in a record. */
    enum Storage {
        /** Bits of the shared flag byte. */
        FLAG(0),
        /** Little-endian IEEE float32. */
        FLOAT32(4),
        /** Little-endian IEEE float64. */
        FLOAT64(8),
        /** Little-endian unsigned 16-bit integer. */
        UINT16(2);

        final int width;

        Storage(int width) {
            this.width = width;
        }
    }

    /**
     * One known column id.
     *
     * @param header  the column header EC-Lab writes to the .mpt for it (name/unit)
     * @param storage how it is stored
     * @param mask    for flags: the bits of the flag byte (shifted down by the mask's lowest bit)
     */
    record Spec(String header, Storage storage, int mask) {
    }

    private static final Map<Integer, Spec> BY_ID = Map.ofEntries(
            // flags: one byte per record holds all of them (bits 5 and 6 are set in some rows but
            // belong to no exported column in the samples, so they are not interpreted)
            Map.entry(1, new Spec("mode", Storage.FLAG, 0x03)),
            Map.entry(2, new Spec("ox/red", Storage.FLAG, 0x04)),
            Map.entry(3, new Spec("error", Storage.FLAG, 0x08)),
            Map.entry(21, new Spec("control changes", Storage.FLAG, 0x10)),
            Map.entry(65, new Spec("counter inc.", Storage.FLAG, 0x80)),
            Map.entry(4, new Spec("time/s", Storage.FLOAT64, 0)),
            Map.entry(6, new Spec("Ewe/V", Storage.FLOAT32, 0)),
            Map.entry(11, new Spec("<I>/mA", Storage.FLOAT64, 0)),
            Map.entry(19, new Spec("control/V", Storage.FLOAT32, 0)),
            Map.entry(24, new Spec("cycle number", Storage.FLOAT64, 0)),
            Map.entry(39, new Spec("I Range", Storage.UINT16, 0)),
            Map.entry(434, new Spec("(Q-Qo)/C", Storage.FLOAT32, 0)),
            Map.entry(441, new Spec("<Ece>/V", Storage.FLOAT32, 0)));

    private MprColumns() {
    }

    /** The spec of a column id, or {@code null} when the id is unknown. */
    static Spec of(int id) {
        return BY_ID.get(id);
    }

    /** Number of known ids (for the report of what the reader supports). */
    static int knownCount() {
        return BY_ID.size();
    }
}
