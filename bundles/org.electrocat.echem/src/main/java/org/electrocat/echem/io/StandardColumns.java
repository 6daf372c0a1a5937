package org.electrocat.echem.io;

import java.util.Locale;
import java.util.Map;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;

/**
 * The column names every echem reader produces, so analyses need not know the instrument:
 * {@link #TIME}, {@link #E}, {@link #I}, {@link #CYCLE}, {@link #CHARGE}, and for impedance
 * {@link #FREQUENCY}, {@link #Z_REAL}, {@link #Z_IMAG} (signed Im Z, negative for a capacitive
 * response), {@link #Z_MOD}, {@link #PHASE}. Columns a vendor has that are not listed keep the
 * vendor's name (without the unit).
 */
public final class StandardColumns {

    public static final String TIME = "time";
    /** Working-electrode potential vs the reference; carries the reference scale. */
    public static final String E = "E";
    /** Control (set) potential; carries the reference scale. */
    public static final String E_CONTROL = "E_control";
    /** Counter-electrode potential vs the reference; carries the reference scale. */
    public static final String E_COUNTER = "E_ce";
    public static final String I = "I";
    public static final String CYCLE = "cycle";
    public static final String CHARGE = "Q";
    public static final String FREQUENCY = "f";
    public static final String Z_REAL = "Z'";
    /** Imaginary part of Z with its sign (BioLogic's -Im(Z) is negated on reading). */
    public static final String Z_IMAG = "Z''";
    public static final String Z_MOD = "|Z|";
    public static final String PHASE = "phase";

    /**
     * How a vendor column maps to a standard one.
     *
     * @param name      standard name
     * @param potential true when the column is a potential against the reference electrode
     * @param factor    multiply the values by this ({@code -1} for BioLogic's {@code -Im(Z)})
     */
    public record Mapping(String name, boolean potential, double factor) {
    }

    private static final Map<String, Mapping> BY_VENDOR_NAME = Map.ofEntries(
            Map.entry("time", new Mapping(TIME, false, 1)),
            Map.entry("t", new Mapping(TIME, false, 1)),
            Map.entry("ewe", new Mapping(E, true, 1)),
            Map.entry("vf", new Mapping(E, true, 1)),
            Map.entry("vdc", new Mapping(E, true, 1)),
            Map.entry("potential", new Mapping(E, true, 1)),
            Map.entry("e", new Mapping(E, true, 1)),
            Map.entry("control", new Mapping(E_CONTROL, true, 1)),
            Map.entry("ece", new Mapping(E_COUNTER, true, 1)),
            Map.entry("i", new Mapping(I, false, 1)),
            Map.entry("im", new Mapping(I, false, 1)),
            Map.entry("idc", new Mapping(I, false, 1)),
            Map.entry("current", new Mapping(I, false, 1)),
            Map.entry("cycle number", new Mapping(CYCLE, false, 1)),
            Map.entry("cycle", new Mapping(CYCLE, false, 1)),
            Map.entry("(q-qo)", new Mapping(CHARGE, false, 1)),
            Map.entry("charge", new Mapping(CHARGE, false, 1)),
            Map.entry("freq", new Mapping(FREQUENCY, false, 1)),
            Map.entry("frequency", new Mapping(FREQUENCY, false, 1)),
            Map.entry("re(z)", new Mapping(Z_REAL, false, 1)),
            Map.entry("zreal", new Mapping(Z_REAL, false, 1)),
            Map.entry("z'", new Mapping(Z_REAL, false, 1)),
            Map.entry("-im(z)", new Mapping(Z_IMAG, false, -1)),
            Map.entry("im(z)", new Mapping(Z_IMAG, false, 1)),
            Map.entry("zimag", new Mapping(Z_IMAG, false, 1)),
            Map.entry("z\"", new Mapping(Z_IMAG, false, 1)),
            Map.entry("z''", new Mapping(Z_IMAG, false, 1)),
            Map.entry("|z|", new Mapping(Z_MOD, false, 1)),
            Map.entry("zmod", new Mapping(Z_MOD, false, 1)),
            Map.entry("z", new Mapping(Z_MOD, false, 1)),
            Map.entry("phase(z)", new Mapping(PHASE, false, 1)),
            Map.entry("zphz", new Mapping(PHASE, false, 1)),
            Map.entry("phase", new Mapping(PHASE, false, 1)));

    private StandardColumns() {
    }

    /**
     * The standard mapping of a vendor column name (without unit), or a mapping that keeps the
     * vendor name. Averaged columns ({@code <I>}, {@code <Ewe>}) map like plain ones.
     *
     * @param vendorName the name as the file writes it, e.g. {@code <I>}, {@code Ewe}, {@code Vf}
     * @param unit       the column's unit: a name such as {@code control} maps to a potential only in volts
     */
    public static Mapping map(String vendorName, Unit unit) {
        String key = vendorName.trim().toLowerCase(Locale.ROOT);
        if (key.startsWith("<") && key.endsWith(">")) {
            key = key.substring(1, key.length() - 1);
        }
        Mapping m = BY_VENDOR_NAME.get(key);
        if (m == null) {
            return new Mapping(vendorName.trim(), false, 1);
        }
        Unit expected = expectedUnit(m.name());
        if (expected != null && !unit.isCompatible(expected)) {
            // e.g. control/mA in galvanostatic runs is not a potential
            return new Mapping(vendorName.trim(), false, 1);
        }
        return m;
    }

    /** The dimension a standard column must have, or {@code null} for none. */
    private static Unit expectedUnit(String standardName) {
        switch (standardName) {
            case TIME:
                return Units.SECOND;
            case E:
            case E_CONTROL:
            case E_COUNTER:
                return Units.VOLT;
            case I:
                return Units.AMPERE;
            case CHARGE:
                return Units.COULOMB;
            case FREQUENCY:
                return Units.HERTZ;
            case Z_REAL:
            case Z_IMAG:
            case Z_MOD:
                return Units.OHM;
            case PHASE:
                return Units.DEGREE;
            default:
                return null;
        }
    }

    /**
     * Splits a header such as {@code <I>/mA} or {@code (Q-Qo)/mA.h} at its last '/' into name and
     * unit; headers without a readable unit ({@code ox/red}, {@code cycle number}) stay whole with
     * unit 1. Vendor spellings {@code sec} and {@code V vs. Ref.} are understood.
     */
    public static String[] splitHeader(String header) {
        String h = header.trim();
        int slash = h.lastIndexOf('/');
        if (slash > 0 && slash < h.length() - 1) {
            String unitText = h.substring(slash + 1).trim();
            if (parseUnit(unitText) != null) {
                return new String[] {h.substring(0, slash).trim(), unitText};
            }
        }
        return new String[] {h, "1"};
    }

    /** Parses a vendor unit, or {@code null} when it is not one. */
    public static Unit parseUnit(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("sec")) {
            return Units.SECOND.withSymbol("s");
        }
        if (t.startsWith("V vs")) {
            return Units.VOLT;
        }
        if (t.isEmpty() || t.equals("#") || t.equals("1")) {
            return Units.ONE;
        }
        try {
            return Units.parseLenient(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
