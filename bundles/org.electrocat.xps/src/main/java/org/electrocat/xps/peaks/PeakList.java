package org.electrocat.xps.peaks;

import java.util.ArrayList;
import java.util.List;

/**
 * The peaks of a fit, written as text in a study or on the command line, one per {@code ;} or line:
 * {@code label position [singlet | doublet | doublet(splitting, ratio)]}, e.g.
 * {@code Pd 3d 335.6; Ag 3d 368.2; S 2p 162 doublet(1.18, 2:1); C-O 286.3}. A label naming a
 * tabulated level ({@link SpinOrbit#lookup}) is a doublet unless marked {@code singlet}; a ratio
 * {@code 3:2} means major:minor areas, a plain number is minor/major.
 */
public final class PeakList {

    /**
     * One requested peak.
     *
     * @param label    name, e.g. {@code Pd 3d}
     * @param position starting position (binding energy of the major line), eV
     * @param doublet  the doublet, or {@code null} for a single line
     */
    public record Peak(String label, double position, SpinOrbit doublet) {
    }

    private PeakList() {
    }

    /**
     * Parses the list.
     *
     * @throws IllegalArgumentException naming the item that cannot be read
     */
    public static List<Peak> parse(String text) {
        List<Peak> out = new ArrayList<>();
        for (String raw : text.split("[;\n]")) {
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            out.add(item(item));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no peaks given (e.g. 'Pd 3d 335.6; Ag 3d 368.2')");
        }
        return out;
    }

    private static Peak item(String item) {
        String head = item;
        String mode = "";
        int d = item.toLowerCase(java.util.Locale.ROOT).indexOf("doublet");
        int s = item.toLowerCase(java.util.Locale.ROOT).indexOf("singlet");
        if (d >= 0) {
            head = item.substring(0, d).trim();
            mode = item.substring(d).trim();
        } else if (s >= 0) {
            head = item.substring(0, s).trim();
            mode = "singlet";
        }
        String[] tokens = head.split("\\s+");
        int pos = -1;
        for (int i = tokens.length - 1; i >= 0; i--) {
            if (isNumber(tokens[i])) {
                pos = i;
                break;
            }
        }
        if (pos < 1) {
            throw new IllegalArgumentException("peak '" + item + "': expected 'label position', e.g. 'Pd 3d 335.6'");
        }
        String label = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, pos));
        double position = Double.parseDouble(tokens[pos]);
        SpinOrbit doublet;
        if (mode.equals("singlet")) {
            doublet = null;
        } else if (mode.startsWith("doublet") && mode.contains("(")) {
            if (!mode.endsWith(")")) {
                throw new IllegalArgumentException("peak '" + item + "': write doublet(splitting, ratio)");
            }
            String[] args = mode.substring(mode.indexOf('(') + 1, mode.length() - 1).split(",");
            if (args.length != 2) {
                throw new IllegalArgumentException("peak '" + item + "': write doublet(splitting, ratio), e.g. doublet(5.26, 3:2)");
            }
            doublet = new SpinOrbit(number(args[0], item), ratio(args[1].trim(), item));
        } else if (mode.startsWith("doublet")) {
            doublet = SpinOrbit.lookup(label).orElseThrow(() -> new IllegalArgumentException("peak '" + item
                    + "': no tabulated doublet for '" + label + "'; write doublet(splitting, ratio)"));
        } else {
            doublet = SpinOrbit.lookup(label).orElse(null);
        }
        return new Peak(label, position, doublet);
    }

    private static double ratio(String t, String item) {
        if (t.contains(":")) {
            String[] p = t.split(":");
            return number(p[1], item) / number(p[0], item);
        }
        return number(t, item);
    }

    private static double number(String t, String item) {
        try {
            return Double.parseDouble(t.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("peak '" + item + "': '" + t.trim() + "' is not a number");
        }
    }

    private static boolean isNumber(String t) {
        try {
            Double.parseDouble(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
