package org.electrocat.echem.io;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electrocat.core.potential.PotentialScale;

/**
 * Turns the reference-electrode text of an instrument file into a {@link PotentialScale}.
 * EC-Lab writes {@code SCE Saturated Calomel Electrode (0.241 V)}: a name and the electrode's
 * potential vs SHE. The number wins over the name when both are given, because it is what the
 * operator entered: a name that matches a known electrode with the same potential (within 1.5 mV)
 * gives that scale; otherwise a custom scale with the file's potential is made, and the choice is
 * explained in {@link Resolved#note()}.
 */
public final class ReferenceElectrodes {

    private static final Pattern POTENTIAL = Pattern.compile("\\(\\s*([-+]?\\d+(?:[.,]\\d+)?)\\s*V\\s*\\)");
    private static final double TOLERANCE_V = 0.0015;
    private static final List<PotentialScale> KNOWN = List.of(PotentialScale.SHE, PotentialScale.NHE,
            PotentialScale.AG_AGCL_SAT_KCL, PotentialScale.AG_AGCL_3M_KCL, PotentialScale.AG_AGCL_3_5M_KCL,
            PotentialScale.AG_AGCL_1M_KCL, PotentialScale.SCE, PotentialScale.HG_HGO_1M_KOH,
            PotentialScale.HG_HGO_1M_NAOH, PotentialScale.MSE_SAT_K2SO4);

    /**
     * A resolved reference.
     *
     * @param scale the scale ({@link PotentialScale#UNKNOWN} when the file does not say)
     * @param note  how it was found, for the dataset metadata
     */
    public record Resolved(PotentialScale scale, String note) {
    }

    private ReferenceElectrodes() {
    }

    /** Resolves the text of a reference-electrode header field ({@code null} or blank = not given). */
    public static Resolved resolve(String text) {
        if (text == null || text.isBlank()) {
            return unknown("the file does not name the reference electrode");
        }
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.contains("unspecified") || lower.equals("none") || lower.equals("unknown") || lower.equals("ref")) {
            return unknown("the file says the reference electrode is '" + t + "'");
        }
        Matcher m = POTENTIAL.matcher(t);
        double fileVolts = Double.NaN;
        String name = t;
        if (m.find()) {
            fileVolts = Double.parseDouble(m.group(1).replace(',', '.'));
            name = (t.substring(0, m.start()) + t.substring(m.end())).trim();
        }
        PotentialScale byName = null;
        try {
            byName = PotentialScale.parse(name);
            if (!byName.isConvertible()) {
                byName = null;
            }
        } catch (IllegalArgumentException e) {
            byName = null;
        }
        if (Double.isNaN(fileVolts)) {
            return byName == null ? unknown("reference electrode '" + t + "' is not a known electrode")
                    : new Resolved(byName, "reference '" + t + "' read from the file as " + byName.name());
        }
        if (byName != null && !byName.isPhDependent()
                && Math.abs(byName.offsetVsShe() - fileVolts) <= TOLERANCE_V) {
            return new Resolved(byName, "reference '" + t + "' read from the file as " + byName.name());
        }
        if (byName != null && byName.isPhDependent()) {
            return new Resolved(byName, "reference '" + t + "' read from the file as RHE");
        }
        String family = byName == null ? null : family(byName.name());
        for (PotentialScale k : KNOWN) {
            if (family != null && family.equals(family(k.name())) && Math.abs(k.offsetVsShe() - fileVolts) <= TOLERANCE_V) {
                return new Resolved(k, "reference '" + t + "' matched by its potential to " + k.name());
            }
        }
        PotentialScale custom = PotentialScale.custom(name.isEmpty() ? "reference" : name + " ("
                + String.format(Locale.ROOT, "%.3f", fileVolts) + " V vs SHE)", fileVolts);
        return new Resolved(custom, "reference '" + t + "' taken with the file's potential "
                + fileVolts + " V vs SHE");
    }

    private static String family(String scaleName) {
        int p = scaleName.indexOf(" (");
        return p < 0 ? scaleName : scaleName.substring(0, p);
    }

    /** An unknown reference, with the reason and the way out in the note. */
    public static Resolved unknown(String why) {
        return new Resolved(PotentialScale.UNKNOWN, why + "; potentials are vs an unspecified reference:"
                + " give the reader option 'reference' to convert them");
    }
}
