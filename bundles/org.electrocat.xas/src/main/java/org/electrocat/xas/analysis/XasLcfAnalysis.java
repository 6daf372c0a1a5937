package org.electrocat.xas.analysis;

import java.util.List;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.math.calculus.Extrapolation;
import org.electrocat.math.calculus.Interpolation;
import org.electrocat.xas.xanes.LinearCombination;
import org.electrocat.xas.xanes.PreEdge;
import org.osgi.service.component.annotations.Component;

/**
 * {@code xas.lcf}: the first input (the sample) as a linear combination of the others (references),
 * all normalised the same way, over [E0 + emin, E0 + emax] of the sample, references interpolated
 * onto the sample's energies ({@link LinearCombination}).
 */
@Component(service = org.electrocat.api.Analysis.class, property = {"electrocat.id=xas.lcf", "electrocat.technique=xas"})
public final class XasLcfAnalysis extends XasAnalysis {

    @Override
    public String id() {
        return "xas.lcf";
    }

    @Override
    public String label() {
        return "XANES linear-combination fit";
    }

    @Override
    public String description() {
        return "Fits the first spectrum's normalised (or flattened) µ(E) by weighted references, optionally with weights "
                + "summing to 1 and non-negative (exhaustive active sets); weights with standard errors, R-factor.";
    }

    @Override
    public int minInputs() {
        return 2;
    }

    @Override
    public int maxInputs() {
        return 1 + LinearCombination.MAX_REFERENCES;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return concat(normalisation(), List.of(
                ParameterSpec.number("emin", "Fit from", "eV", -20.0, "Start of the fit range relative to the sample's E0.")
                        .range(-1000, 1000),
                ParameterSpec.number("emax", "Fit to", "eV", 30.0, "End of the fit range relative to the sample's E0.")
                        .range(-1000, 3000),
                ParameterSpec.choice("spectrum", "Spectrum", "norm", List.of("norm", "flat"), "Normalised or flattened µ(E)."),
                ParameterSpec.bool("sumToOne", "Weights sum to 1", true, "Constrain Σ weights = 1."),
                ParameterSpec.bool("nonNegative", "Weights ≥ 0", true, "Constrain every weight to be ≥ 0.")));
    }

    @Override
    public Result run(AnalysisContext c) {
        Dataset sample = c.inputs().get(0);
        PreEdge.Result s = normalize(sample, c.parameters());
        boolean flat = c.parameters().choice("spectrum").equals("flat");
        double[] e = sample.require("energy").array();
        double lo = s.e0() + c.parameters().number("emin");
        double hi = s.e0() + c.parameters().number("emax");
        int[] range = PreEdge.range(e, lo, hi, 5, "fit [emin, emax]");
        int from = range[0];
        int to = range[1];
        double[] x = java.util.Arrays.copyOfRange(e, from, to);
        double[] y = java.util.Arrays.copyOfRange(flat ? s.flat() : s.norm(), from, to);
        int nr = c.inputs().size() - 1;
        double[][] refs = new double[nr][];
        for (int i = 0; i < nr; i++) {
            Dataset d = c.inputs().get(i + 1);
            PreEdge.Result r = normalize(d, c.parameters());
            double[] re = d.require("energy").array();
            if (re[0] > x[0] || re[re.length - 1] < x[x.length - 1]) {
                throw new IllegalArgumentException("reference '" + d.name() + "' (" + re[0] + "–" + re[re.length - 1]
                        + " eV) does not cover the fit range " + x[0] + "–" + x[x.length - 1] + " eV");
            }
            refs[i] = Interpolation.linear(re, flat ? r.flat() : r.norm(), Extrapolation.ERROR).values(x);
        }
        LinearCombination.Result fit = LinearCombination.fit(y, refs, c.parameters().bool("sumToOne"),
                c.parameters().bool("nonNegative"));
        Result.Builder b = Result.builder(this, c);
        Table.Builder t = Table.builder("Linear combination of " + sample.name()).column("reference", null)
                .column("weight", Units.ONE);
        Dataset.Builder curve = Dataset.builder(sample.id() + "-lcf", DatasetKind.SPECTRUM).name(sample.name() + " LCF")
                .provenance(sample.provenance()).column("energy", Units.ELECTRONVOLT, x).column("sample", Units.ONE, y)
                .column("fit", Units.ONE, fit.fit());
        for (int i = 0; i < nr; i++) {
            Dataset d = c.inputs().get(i + 1);
            Quantity w = Quantity.of(fit.weights()[i], fit.errors()[i], Units.ONE);
            b.value("weight." + d.id(), "Weight of " + d.name(), w);
            t.row(d.name(), w);
            double[] part = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                part[j] = fit.weights()[i] * refs[i][j];
            }
            curve.column("component: " + d.name(), Units.ONE, part);
        }
        b.value("r-factor", "R-factor", Quantity.of(fit.rFactor(), Units.ONE), "Σ(data − fit)²/Σ data²");
        return b.table(t.build()).curve(curve.meta("xas.curves", "lcf").build()).build();
    }
}
