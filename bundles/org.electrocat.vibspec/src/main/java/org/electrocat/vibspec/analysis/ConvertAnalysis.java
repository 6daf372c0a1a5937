package org.electrocat.vibspec.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.units.Units;
import org.electrocat.vibspec.model.SpectralAxes;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumKeys;
import org.electrocat.vibspec.process.AxisConversion;
import org.osgi.service.component.annotations.Component;

/**
 * Unit conversions ({@link AxisConversion}): Raman shift ↔ absolute wavelength with the laser
 * wavelength, wavenumber ↔ wavelength, transmittance ↔ absorbance.
 */
@Component(service = Analysis.class, property = {"electrocat.id=vibspec.convert", "electrocat.technique=vibspec"})
public final class ConvertAnalysis extends VibspecAnalysis {

    public ConvertAnalysis() {
        super("vibspec.convert", "Unit conversion",
                "Converts the x axis (Raman shift <-> scattered wavelength, shift = 1e7/laser - 1e7/lambda; wavenumber "
                + "<-> wavelength, lambda = 1e7/wavenumber) or the intensity (absorbance = -log10 T, T = 10^-A).");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.choice("to", "Convert to", "absorbance",
                        List.of("raman-shift", "wavelength", "wavenumber", "absorbance", "transmittance"),
                        "Target: raman-shift or wavenumber (cm-1), wavelength (nm), absorbance, transmittance (fraction)"),
                ParameterSpec.number("laserWavelength", "Laser wavelength", "nm", 0.0,
                        "Raman excitation wavelength; 0 takes it from the file (metadata laser.wavelength)")
                        .range(0, 1e5));
    }

    @Override
    public Result run(AnalysisContext ctx) {
        String to = ctx.parameters().choice("to");
        double laserParam = ctx.parameters().number("laserWavelength");
        return SpectrumAnalyses.process(this, ctx, (s, w) -> {
            Spectrum out = convert(s, to, laserParam);
            int bad = AxisConversion.invalid(to.equals("absorbance") || to.equals("transmittance") ? out.y() : out.x());
            if (bad > 0) {
                w.add(bad + " point(s) have no value after conversion to " + to + " (stored as NaN)");
            }
            return new Processed(out, new LinkedHashMap<>());
        }).build();
    }

    static Spectrum convert(Spectrum s, String to, double laserParam) {
        boolean cm = s.xUnit().isCompatible(Units.WAVENUMBER);
        boolean length = s.xUnit().isCompatible(Units.METRE);
        switch (to) {
            case "wavelength": {
                require(cm, s, "a cm-1 axis");
                double[] nm = SpectralAxes.RAMAN_SHIFT.equals(s.xName())
                        ? AxisConversion.ramanShiftToNm(inCm(s), laser(s, laserParam))
                        : AxisConversion.reciprocal(inCm(s));
                return s.withXY(SpectralAxes.WAVELENGTH, SpectralAxes.NM, nm, s.y());
            }
            case "raman-shift": {
                require(length, s, "a wavelength axis");
                double[] shift = AxisConversion.nmToRamanShift(s.xUnit().convert(s.x(), SpectralAxes.NM),
                        laser(s, laserParam));
                return s.withXY(SpectralAxes.RAMAN_SHIFT, Units.WAVENUMBER, shift, s.y());
            }
            case "wavenumber": {
                require(length, s, "a wavelength axis");
                double[] nu = AxisConversion.reciprocal(s.xUnit().convert(s.x(), SpectralAxes.NM));
                return s.withXY(SpectralAxes.WAVENUMBER, Units.WAVENUMBER, nu, s.y());
            }
            case "absorbance": {
                require(SpectralAxes.TRANSMITTANCE.equals(s.yName()), s, "transmittance");
                double[] t = s.yUnit().convert(s.y(), Units.ONE);
                return s.withY(SpectralAxes.ABSORBANCE, Units.ONE, AxisConversion.transmittanceToAbsorbance(t));
            }
            case "transmittance":
            default: {
                require(SpectralAxes.ABSORBANCE.equals(s.yName()), s, "absorbance");
                return s.withY(SpectralAxes.TRANSMITTANCE, Units.ONE, AxisConversion.absorbanceToTransmittance(s.y()));
            }
        }
    }

    private static double[] inCm(Spectrum s) {
        return s.xUnit().convert(s.x(), Units.WAVENUMBER);
    }

    private static double laser(Spectrum s, double param) {
        if (param > 0) {
            return param;
        }
        String m = s.meta(SpectrumKeys.LASER_WAVELENGTH);
        if (m == null) {
            throw new IllegalArgumentException("spectrum '" + s.name() + "' records no laser wavelength: give the "
                    + "parameter laserWavelength (e.g. 532 nm)");
        }
        try {
            return Double.parseDouble(m.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("spectrum '" + s.name() + "': laser wavelength '" + m + "' is not a number");
        }
    }

    private static void require(boolean ok, Spectrum s, String what) {
        if (!ok) {
            throw new IllegalArgumentException("spectrum '" + s.name() + "' has " + s.xName() + " / "
                    + s.xUnit().symbol() + " and " + s.yName() + " / " + s.yUnit().symbol() + "; this conversion needs "
                    + what);
        }
    }
}
