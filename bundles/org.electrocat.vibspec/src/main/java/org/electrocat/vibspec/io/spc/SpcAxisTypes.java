package org.electrocat.vibspec.io.spc;

import org.electrocat.core.units.Units;
import org.electrocat.vibspec.model.SpectralAxes;

/**
 * The axis type codes of the SPC specification ({@code fxtype}, {@code fytype}, {@code fztype};
 * Galactic SPC.H {@code XARB ... XHOURS}, {@code YARB ... YEMISN}) as quantity names and units.
 * Codes without a unit in ElectroCat's table (days, years, degrees Fahrenheit...) keep their name
 * and a dimensionless unit.
 */
final class SpcAxisTypes {

    private static final String[][] X = {
        {"x", "1"}, {SpectralAxes.WAVENUMBER, "cm-1"}, {SpectralAxes.WAVELENGTH, "um"},
        {SpectralAxes.WAVELENGTH, "nm"}, {"time", "s"}, {"time", "min"}, {"frequency", "Hz"},
        {"frequency", "kHz"}, {"frequency", "MHz"}, {"m/z", "m/z"}, {"chemical shift", "ppm"}, {"time (days)", "1"},
        {"time (years)", "1"}, {SpectralAxes.RAMAN_SHIFT, "cm-1"}, {"energy", "eV"}, {"x (text labels)", "1"},
        {"diode number", "1"}, {"channel", "1"}, {"angle", "deg"}, {"temperature (F)", "1"},
        {"temperature (C)", "1"}, {"temperature", "K"}, {"data point", "1"}, {"time", "ms"}, {"time", "us"},
        {"time", "ns"}, {"frequency", "GHz"}, {"length", "cm"}, {"length", "m"}, {"length", "mm"}, {"time", "h"},
    };

    private static final String[][] Y = {
        {SpectralAxes.INTENSITY, "a.u."}, {"interferogram", "a.u."}, {SpectralAxes.ABSORBANCE, "1"},
        {SpectralAxes.KUBELKA_MUNK, "1"}, {SpectralAxes.INTENSITY, "counts"}, {"voltage", "V"}, {"angle", "deg"},
        {"current", "mA"}, {"length", "mm"}, {"voltage", "mV"}, {"log(1/R)", "1"}, {"percent", "%"},
        {SpectralAxes.INTENSITY, "a.u."}, {"relative intensity", "1"}, {"energy", "a.u."}, {"y", "1"},
        {"level (dB)", "1"}, {"y", "1"}, {"y", "1"}, {"temperature (F)", "1"}, {"temperature (C)", "1"},
        {"temperature", "K"}, {"index of refraction", "1"}, {"extinction coefficient", "1"}, {"real part", "1"},
        {"imaginary part", "1"}, {"complex", "1"},
    };

    private static final String[][] Y_INVERTED = {
        {SpectralAxes.TRANSMITTANCE, "1"}, {SpectralAxes.REFLECTANCE, "1"}, {SpectralAxes.INTENSITY, "a.u."},
        {"emission", "a.u."},
    };

    private SpcAxisTypes() {
    }

    /** The x (or z) axis of a type code; unknown codes (including 255, double interferogram) are generic. */
    static SpectralAxes.Axis x(int code) {
        String[] e = code >= 0 && code < X.length ? X[code] : new String[] {"x (type " + code + ")", "1"};
        return new SpectralAxes.Axis(e[0], Units.parse(e[1]));
    }

    /** The y axis of a type code; codes from 128 are the "valley-peak" types (transmission, reflectance...). */
    static SpectralAxes.Axis y(int code) {
        String[] e;
        if (code >= 128 && code - 128 < Y_INVERTED.length) {
            e = Y_INVERTED[code - 128];
        } else if (code >= 0 && code < Y.length) {
            e = Y[code];
        } else {
            e = new String[] {"y (type " + code + ")", "1"};
        }
        return new SpectralAxes.Axis(e[0], Units.parse(e[1]));
    }
}
