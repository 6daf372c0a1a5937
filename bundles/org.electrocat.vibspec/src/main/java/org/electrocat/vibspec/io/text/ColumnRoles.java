package org.electrocat.vibspec.io.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.electrocat.io.text.TextColumn;
import org.electrocat.vibspec.model.Potentials;
import org.electrocat.vibspec.model.SpectralAxes;

/**
 * What the columns of a spectrum text export mean: the x axis and intensity quantity from header
 * names and units, and the electrode potentials of series columns from headers such as
 * {@code -0.5 V}, {@code -500 mV}, {@code E=-0.5V vs RHE} or from an option.
 */
final class ColumnRoles {

    /** A potential in a header: number, V or mV, optionally "vs" and a reference. */
    private static final Pattern POTENTIAL = Pattern.compile(
            "(?:^|[^\\w.])([-+−]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(mV|V)\\b(?:\\s*vs\\.?\\s*(.+))?",
            Pattern.CASE_INSENSITIVE);

    private ColumnRoles() {
    }

    static SpectralAxes.Axis xAxis(TextColumn c, String unitOption, String techniqueOption, String headerLines) {
        String text = (c.header().text() + " " + headerLines).toLowerCase(Locale.ROOT);
        String technique = !techniqueOption.equals("auto") ? techniqueOption
                : text.contains("raman") ? "raman" : text.contains("ftir") || text.contains("ft-ir")
                        || text.contains("infrared") || text.contains("atr") || text.contains("absorb")
                        || text.contains("transmit") ? "ir" : "unknown";
        if (!unitOption.equals("auto")) {
            return SpectralAxes.x(unitOption, technique);
        }
        if (c.unit().isCompatible(Units.WAVENUMBER)) {
            return SpectralAxes.x("1/CM", technique);
        }
        if (c.unit().isCompatible(Units.METRE)) {
            return new SpectralAxes.Axis(SpectralAxes.WAVELENGTH, c.unit());
        }
        String name = c.name().toLowerCase(Locale.ROOT);
        if (name.contains("wavelength") || name.contains("lambda")) {
            return new SpectralAxes.Axis(SpectralAxes.WAVELENGTH, SpectralAxes.NM);
        }
        return SpectralAxes.x("1/CM", technique.equals("unknown") && name.contains("shift") ? "raman" : technique);
    }

    static SpectralAxes.Axis yAxis(TextColumn c, String option) {
        switch (option) {
            case "intensity":
                return new SpectralAxes.Axis(SpectralAxes.INTENSITY, Units.ARBITRARY);
            case "absorbance":
                return SpectralAxes.y("ABSORBANCE");
            case "transmittance":
                return SpectralAxes.y("TRANSMITTANCE");
            case "transmittance-percent":
                return SpectralAxes.y("%T");
            default:
                String h = c.header().text();
                SpectralAxes.Axis a = SpectralAxes.y(h);
                if (a.name().equals(SpectralAxes.INTENSITY) && c.unit().isCompatible(Units.ONE)
                        && c.unit().siFactor() == 0.01) {
                    return new SpectralAxes.Axis(SpectralAxes.TRANSMITTANCE, Units.PERCENT);
                }
                return a;
        }
    }

    /**
     * The potentials (V) of the intensity columns: the option's list, else the headers when every one
     * holds a potential, else {@code null} (not a series).
     */
    static double[] potentials(List<TextColumn> ys, String option) {
        if (!option.isBlank()) {
            String[] parts = option.split("[,;]");
            String last = parts[parts.length - 1].strip();
            boolean mv = last.toLowerCase(Locale.ROOT).endsWith("mv");
            if (parts.length != ys.size()) {
                throw new IllegalArgumentException("option potentials gives " + parts.length + " potentials for "
                        + ys.size() + " intensity columns");
            }
            double[] v = new double[parts.length];
            for (int i = 0; i < v.length; i++) {
                String p = parts[i].strip();
                boolean hasUnit = p.matches(".*[a-zA-Z]$");
                v[i] = Potentials.parseVolts(hasUnit ? p : p + (mv ? " mV" : " V"), "option potentials");
            }
            return v;
        }
        if (ys.size() < 2) {
            return null;
        }
        double[] v = new double[ys.size()];
        for (int i = 0; i < v.length; i++) {
            Matcher m = POTENTIAL.matcher(ys.get(i).header().text());
            if (!m.find()) {
                return null;
            }
            double value = Double.parseDouble(m.group(1).replace('−', '-'));
            v[i] = m.group(2).equalsIgnoreCase("mV") ? value / 1000 : value;
        }
        return v;
    }

    /** The reference option, else a reference named in the first header ({@code vs RHE}), else unspecified. */
    static PotentialScale scale(List<TextColumn> ys, PotentialScale option) {
        if (!option.equals(PotentialScale.UNKNOWN) || ys.isEmpty()) {
            return option;
        }
        Matcher m = POTENTIAL.matcher(ys.get(0).header().text());
        if (m.find() && m.group(3) != null) {
            try {
                return PotentialScale.parse(m.group(3).strip());
            } catch (IllegalArgumentException e) {
                return PotentialScale.UNKNOWN;
            }
        }
        return PotentialScale.UNKNOWN;
    }
}
