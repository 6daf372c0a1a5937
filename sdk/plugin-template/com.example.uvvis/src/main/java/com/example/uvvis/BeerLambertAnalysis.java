package com.example.uvvis;

import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * Concentration from absorbance by the Beer-Lambert law, A = ε·l·c (IUPAC Gold Book, "Beer-Lambert
 * law", doi:10.1351/goldbook.B00626): the absorbance at the analytical wavelength (linear
 * interpolation between the two nearest measured wavelengths) divided by the molar absorption
 * coefficient and the path length.
 *
 * <p>Parameters: {@code wavelength} analytical wavelength in nm (default 450 nm);
 * {@code epsilon} molar absorption coefficient in L/(mol·cm) (required); {@code pathLength}
 * cuvette path length in cm (default 1 cm). Results: {@code A} (absorbance, 1) and {@code c}
 * (mol/L). Valid in the linear range of the law (A below about 1); a warning says when A is above.
 */
@Component(service = Analysis.class, property = {"electrocat.id=uvvis.beer-lambert", "electrocat.technique=uvvis"})
public final class BeerLambertAnalysis implements Analysis {

    @Override
    public String id() {
        return "uvvis.beer-lambert";
    }

    @Override
    public String label() {
        return "Beer-Lambert quantification";
    }

    @Override
    public String technique() {
        return "uvvis";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "c = A / (epsilon * l) at the analytical wavelength (A linearly interpolated).";
    }

    @Override
    public List<String> inputKinds() {
        return List.of(DatasetKind.SPECTRUM);
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.number("wavelength", "Analytical wavelength", "nm", 450.0, "where the absorbance is read")
                        .range(100, 3000),
                ParameterSpec.number("epsilon", "Molar absorption coefficient", "L/(mol*cm)", null,
                        "of the species at the analytical wavelength").range(1e-12, 1e9),
                ParameterSpec.number("pathLength", "Path length", "cm", 1.0, "of the cuvette").range(1e-6, 100));
    }

    @Override
    public Result run(AnalysisContext c) {
        Dataset d = c.single();
        double[] nm = d.require("wavelength").valuesIn(Units.parse("nm"));
        double[] a = d.require("A").array();
        double lambda = c.parameters().number("wavelength");
        double absorbance = interpolate(nm, a, lambda);
        double conc = absorbance / (c.parameters().number("epsilon") * c.parameters().number("pathLength"));
        Result.Builder r = Result.builder(this, c)
                .value("A", "Absorbance at " + lambda + " nm", Quantity.of(absorbance, Units.ONE))
                .value("c", "Concentration", Quantity.of(conc, Units.parse("mol/L")));
        if (absorbance > 1) {
            r.warning("absorbance " + absorbance + " is above 1: outside the linear range of the Beer-Lambert law, dilute");
        }
        return r.build();
    }

    /** y at x by linear interpolation in (xs, ys), xs ascending or descending; x must lie within xs. */
    static double interpolate(double[] xs, double[] ys, double x) {
        for (int i = 1; i < xs.length; i++) {
            double x0 = xs[i - 1];
            double x1 = xs[i];
            if ((x - x0) * (x - x1) <= 0 && x0 != x1) {
                return ys[i - 1] + (ys[i] - ys[i - 1]) * (x - x0) / (x1 - x0);
            }
        }
        throw new IllegalArgumentException("wavelength " + x + " nm is outside the measured range " + xs[0] + " to "
                + xs[xs.length - 1] + " nm");
    }
}
