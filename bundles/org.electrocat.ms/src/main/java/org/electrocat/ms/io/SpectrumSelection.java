package org.electrocat.ms.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Which spectra of a multi-spectrum file to read: {@code all}, or 1-based positions and ranges such
 * as {@code 1,3-5}; optionally only one MS level.
 */
public final class SpectrumSelection {

    private final List<int[]> ranges;
    private final int msLevel;

    private SpectrumSelection(List<int[]> ranges, int msLevel) {
        this.ranges = ranges;
        this.msLevel = msLevel;
    }

    /**
     * @param spec    {@code all} (or empty) or positions/ranges, e.g. {@code 1,3-5}
     * @param msLevel MS level to keep, 0 for all
     * @throws IllegalArgumentException naming the item it cannot read
     */
    public static SpectrumSelection parse(String spec, int msLevel) {
        List<int[]> r = new ArrayList<>();
        String s = spec == null ? "" : spec.trim();
        if (!s.isEmpty() && !s.equalsIgnoreCase("all")) {
            for (String item : s.split(",")) {
                String t = item.trim();
                try {
                    int dash = t.indexOf('-', 1);
                    int lo = Integer.parseInt((dash < 0 ? t : t.substring(0, dash)).trim());
                    int hi = dash < 0 ? lo : Integer.parseInt(t.substring(dash + 1).trim());
                    if (lo < 1 || hi < lo) {
                        throw new NumberFormatException();
                    }
                    r.add(new int[] {lo, hi});
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("spectra: '" + t + "' is not a position or range (1, 3-5)");
                }
            }
        }
        if (msLevel < 0) {
            throw new IllegalArgumentException("msLevel must be 0 (all) or a level ≥ 1, was " + msLevel);
        }
        return new SpectrumSelection(r, msLevel);
    }

    /** True when the spectrum at 1-based {@code position} with {@code level} (0 unknown) is wanted. */
    public boolean wants(int position, int level) {
        if (msLevel > 0 && level > 0 && level != msLevel) {
            return false;
        }
        if (ranges.isEmpty()) {
            return true;
        }
        for (int[] r : ranges) {
            if (position >= r[0] && position <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
