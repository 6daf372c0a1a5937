package org.electrocat.vibspec.model;

import java.util.Locale;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;

/**
 * Names and units of the axes of vibrational spectra, and their recognition from the words files
 * use ({@code 1/CM}, {@code TRANSMITTANCE}, {@code Raman Shift (cm-1)}, {@code Abs}).
 */
public final class SpectralAxes {

    public static final String RAMAN_SHIFT = "Raman shift";
    public static final String WAVENUMBER = "wavenumber";
    public static final String WAVELENGTH = "wavelength";
    public static final String INTENSITY = "intensity";
    public static final String ABSORBANCE = "absorbance";
    public static final String TRANSMITTANCE = "transmittance";
    public static final String REFLECTANCE = "reflectance";
    public static final String KUBELKA_MUNK = "Kubelka-Munk";
    /** Nanometre. */
    public static final Unit NM = Units.parse("nm");
    /** Micrometre. */
    public static final Unit UM = Units.parse("um");

    /**
     * An axis: quantity name and unit.
     *
     * @param name quantity, e.g. {@link #RAMAN_SHIFT}
     * @param unit its unit
     */
    public record Axis(String name, Unit unit) {
    }

    private SpectralAxes() {
    }

    /** True when the x quantity is a wavenumber-like axis in cm⁻¹ (Raman shift or IR wavenumber). */
    public static boolean isWavenumberAxis(Spectrum s) {
        return s.xUnit().isCompatible(Units.WAVENUMBER);
    }

    /** True for IR-like x axes that are drawn from high to low wavenumber. */
    public static boolean isInfrared(Spectrum s) {
        return WAVENUMBER.equals(s.xName()) || "ir".equals(s.meta(SpectrumKeys.TECHNIQUE));
    }

    /**
     * The technique a file describes, from its data-type text: {@code raman}, {@code ir} or
     * {@code unknown}.
     */
    public static String technique(String dataType) {
        String t = dataType == null ? "" : dataType.toUpperCase(Locale.ROOT);
        if (t.contains("RAMAN")) {
            return "raman";
        }
        if (t.contains("INFRARED") || t.contains("IR ") || t.equals("IR") || t.contains("FTIR") || t.contains("FT-IR")
                || t.contains("ATR")) {
            return "ir";
        }
        return "unknown";
    }

    /**
     * The x axis for a unit word and technique: cm⁻¹ is a Raman shift for Raman data and a wavenumber
     * otherwise; nm and µm are wavelengths.
     *
     * @return {@code null} when the unit word is not recognised
     */
    public static Axis x(String unitWord, String technique) {
        String u = unitWord == null ? "" : unitWord.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (u.equals("1/CM") || u.equals("CM-1") || u.equals("CM^-1") || u.equals("CM⁻¹") || u.equals("WAVENUMBERS")
                || u.equals("WAVENUMBER") || u.equals("1/CM-1")) {
            return new Axis("raman".equals(technique) ? RAMAN_SHIFT : WAVENUMBER, Units.WAVENUMBER);
        }
        if (u.equals("NANOMETERS") || u.equals("NANOMETRES") || u.equals("NM")) {
            return new Axis(WAVELENGTH, NM);
        }
        if (u.equals("MICROMETERS") || u.equals("MICROMETRES") || u.equals("UM") || u.equals("µM")
                || u.equals("MICRONS")) {
            return new Axis(WAVELENGTH, UM);
        }
        return null;
    }

    /**
     * The intensity axis for a unit word: transmittance, absorbance, reflectance, Kubelka-Munk (all
     * dimensionless, or % when the word says percent) or intensity in arbitrary units.
     */
    public static Axis y(String unitWord) {
        String u = unitWord == null ? "" : unitWord.strip().toUpperCase(Locale.ROOT);
        boolean percent = u.contains("%") || u.contains("PERCENT");
        Unit unit = percent ? Units.PERCENT : Units.ONE;
        if (u.startsWith("TRANS") || u.equals("%T") || u.equals("T")) {
            return new Axis(TRANSMITTANCE, unit);
        }
        if (u.startsWith("ABS") || u.equals("A")) {
            return new Axis(ABSORBANCE, Units.ONE);
        }
        if (u.startsWith("REFL") || u.equals("%R") || u.equals("R")) {
            return new Axis(REFLECTANCE, unit);
        }
        if (u.startsWith("KUBELKA")) {
            return new Axis(KUBELKA_MUNK, Units.ONE);
        }
        if (u.contains("COUNT")) {
            return new Axis(INTENSITY, Units.parse("counts"));
        }
        return new Axis(INTENSITY, Units.ARBITRARY);
    }
}
