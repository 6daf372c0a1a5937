package org.electrocat.xps.peaks;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spin–orbit doublets: the splitting between the two lines of a p, d or f level and their area
 * ratio, which quantum mechanics fixes at (2j₋ + 1)/(2j₊ + 1): 1:2 for p, 2:3 for d, 3:4 for f.
 * Default splittings (eV) for the levels the reference study reports, from the NIST XPS database
 * and the Handbook of X-ray Photoelectron Spectroscopy (Physical Electronics, 1992): Pd 3d 5.26,
 * Ag 3d 6.0, Ti 2p 5.7, S 2p 1.18; also Au 4f 3.67 and Pt 4f 3.33. Other levels need the splitting
 * given explicitly.
 *
 * @param splitting energy of the minor (lower-j, higher binding energy) line above the major one, eV
 * @param ratio     area of the minor line divided by the major line's
 */
public record SpinOrbit(double splitting, double ratio) {

    private static final Map<String, Double> SPLITTINGS = Map.of("pd 3d", 5.26, "ag 3d", 6.0, "ti 2p", 5.7, "s 2p", 1.18,
            "au 4f", 3.67, "pt 4f", 3.33);
    private static final Pattern LEVEL = Pattern.compile("(?i)\\b([A-Z][a-z]?)\\s*(\\d)([spdf])\\b");

    public SpinOrbit {
        if (!(splitting > 0) || !(ratio > 0) || !Double.isFinite(splitting) || !Double.isFinite(ratio)) {
            throw new IllegalArgumentException("a doublet needs a positive splitting and area ratio, got " + splitting
                    + " eV and " + ratio);
        }
    }

    /** The default doublet of a level named like {@code Pd 3d} or {@code Ti2p}, if tabulated. */
    public static Optional<SpinOrbit> lookup(String label) {
        Matcher m = LEVEL.matcher(label);
        if (!m.find()) {
            return Optional.empty();
        }
        String key = (m.group(1) + " " + m.group(2) + m.group(3)).toLowerCase(Locale.ROOT);
        Double s = SPLITTINGS.get(key);
        return s == null ? Optional.empty() : Optional.of(new SpinOrbit(s, areaRatio(m.group(3).charAt(0))));
    }

    /** (2j₋ + 1)/(2j₊ + 1) for orbital letter p, d or f. */
    public static double areaRatio(char orbital) {
        return switch (Character.toLowerCase(orbital)) {
            case 'p' -> 0.5;
            case 'd' -> 2.0 / 3.0;
            case 'f' -> 3.0 / 4.0;
            default -> throw new IllegalArgumentException("level '" + orbital + "' has no spin-orbit doublet");
        };
    }

    /** The j labels of the major and minor line ({@code 5/2}, {@code 3/2} for d), or {@code a}/{@code b}. */
    public static String[] lineLabels(String label) {
        Matcher m = LEVEL.matcher(label);
        if (!m.find()) {
            return new String[] {" a", " b"};
        }
        return switch (Character.toLowerCase(m.group(3).charAt(0))) {
            case 'p' -> new String[] {"3/2", "1/2"};
            case 'd' -> new String[] {"5/2", "3/2"};
            case 'f' -> new String[] {"7/2", "5/2"};
            default -> new String[] {" a", " b"};
        };
    }
}
