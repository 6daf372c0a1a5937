package org.electrocat.echem.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.math.fit.LinearFit;
import org.electrocat.math.fit.LinearFitResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code echem.calibration}: a linear calibration curve for product quantification and the
 * conversion of sample readings to concentrations and amounts.
 *
 * <p>Method: least squares of response (absorbance, or analyte/internal-standard peak area ratio
 * for NMR/GC) against standard concentration ({@link LinearFit}), ordinary (default) or weighted by
 * one of the models of {@link CalibrationWeighting} (1/y, 1/y², 1/x, 1/x², replicate variance
 * 1/s²; Miller &amp; Miller §5.10). LOD = 3.3·σ/slope and LOQ = 10·σ/slope with σ the response
 * standard deviation near the blank: s(y/x) unweighted, s(y/x)w/√w_low weighted (w_low the weight
 * of the lowest standard, so σ is the model's noise there), or the standard error of the intercept
 * of the chosen fit (ICH Q2(R2), Validation of Analytical Procedures, 2023, §"based on the standard
 * deviation of the response and the slope"). A sample reading y0 (mean of m replicates) gives
 * c = (y0 − a)/b with s_c by inverse prediction (Miller &amp; Miller eq. 5.9, weighted §5.10 with
 * the reading's own weight), times the dilution factor; the amount is c·V. Colorimetric methods: 8-hydroxyquinoline (NH2OH), indophenol blue (NH4⁺),
 * Griess (NO2⁻).
 */
@Component(service = Analysis.class, property = {"electrocat.id=echem.calibration", "electrocat.technique=echem"})
public final class CalibrationAnalysis extends EchemAnalysis {

    static final Map<String, String> METHOD_PRODUCT = Map.of("hydroxyquinoline", "NH2OH", "indophenol", "NH4+",
            "griess", "NO2-", "internal-standard", "", "other", "");

    @Override
    public String id() {
        return "echem.calibration";
    }

    @Override
    public String label() {
        return "Calibration curve and product quantification";
    }

    @Override
    public String description() {
        return "Linear calibration (absorbance or internal-standard area ratio vs concentration): slope, intercept,"
                + " R², LOD = 3.3 s/slope, LOQ = 10 s/slope (ICH Q2); sample readings with dilution factors to"
                + " concentrations and amounts with inverse-prediction uncertainties (Miller & Miller).";
    }

    @Override
    public List<String> inputKinds() {
        return List.of(DatasetKind.TABLE, DatasetKind.GENERIC);
    }

    @Override
    public int minInputs() {
        return 0;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.choice("method", "Method", "other", List.of("hydroxyquinoline", "indophenol", "griess",
                        "internal-standard", "other"), "Quantification method: hydroxyquinoline (8-hydroxyquinoline,"
                        + " NH2OH), indophenol (indophenol blue, NH4+), griess (NO2-), internal-standard (NMR/GC"
                        + " area ratio), other."),
                ParameterSpec.text("product", "Product", "", "Product quantified (CHOX, NH2OH, NO2-, NH4+ ...);"
                        + " empty = the method's product."),
                ParameterSpec.text("standards", "Standard concentrations", "", "Concentrations of the standards, e.g."
                        + " '0, 10, 20, 40, 80 uM' (empty = first column of the input table)."),
                ParameterSpec.text("responses", "Standard responses", "", "Absorbances (or area ratios) of the"
                        + " standards in the same order, e.g. '0.005, 0.121, 0.232, 0.468, 0.911' (empty = second"
                        + " column of the input table)."),
                ParameterSpec.text("samples", "Sample responses", "", "Readings of the samples, e.g. '0.35, 0.41'."),
                ParameterSpec.text("dilution", "Dilution factors", "1", "Dilution factor of the samples: one for"
                        + " all, or one per sample ('10, 10, 20')."),
                ParameterSpec.integer("replicates", "Replicates per sample", 1, "Number of replicate readings"
                        + " averaged into each sample response (m in the inverse-prediction error).").range(1, 1000),
                ParameterSpec.number("volume", "Electrolyte volume", "mL", 0.0, "Volume the concentration refers to,"
                        + " to report amounts (0 = concentrations only).").range(0, 1e7),
                ParameterSpec.choice("lodBasis", "LOD basis", "residual", List.of("residual", "intercept"),
                        "σ for LOD/LOQ: residual standard deviation s(y/x) (weighted: the model's response SD at"
                                + " the lowest standard) or standard error of the intercept."),
                ParameterSpec.choice("weighting", "Weighting", "none", CalibrationWeighting.NAMES,
                        "Weights of the standards: none (ordinary least squares), 1/y, 1/y2, 1/x, 1/x2, or"
                                + " replicate (1/s² from standards given more than once, ≥ 2 per level); use a"
                                + " weighting when the noise grows with the response (Miller & Miller §5.10)."));
    }

    @Override
    public Result run(AnalysisContext context) {
        var in = inputs(context);
        Parameters p = context.parameters();
        Result.Builder r = Result.builder(this, context);
        Standards std = standards(in.isEmpty() ? null : in.get(0), p);
        Unit cu = std.unit();
        double[] c = std.concentrations();
        double[] a = std.responses();
        CalibrationWeighting weighting = CalibrationWeighting.of(p.choice("weighting"));
        double[] w = weighting.weights(c, a);
        LinearFitResult fit = w == null ? LinearFit.fit(c, a) : LinearFit.fitWeighted(c, a, w);
        String product = p.text("product").isBlank() ? METHOD_PRODUCT.get(p.choice("method")) : p.text("product");
        if (fit.slope() == 0) {
            throw new IllegalArgumentException(id() + ": calibration slope is zero; responses do not vary");
        }
        double sigma = p.choice("lodBasis").equals("intercept") ? fit.interceptStandardError()
                : fit.residualStandardDeviation() / Math.sqrt(CalibrationWeighting.lowestWeight(c, w));
        double lod = 3.3 * sigma / Math.abs(fit.slope());
        double loq = 10 * sigma / Math.abs(fit.slope());
        Unit perConc = Units.ONE.divide(cu);
        r.value("slope", "Slope", Quantity.of(fit.slope(), fit.slopeStandardError(), perConc), "response per " + cu.symbol());
        r.value("intercept", "Intercept", Quantity.of(fit.intercept(), fit.interceptStandardError(), Units.ONE));
        r.value("r2", "R²", Quantity.of(fit.rSquared(), Units.ONE));
        r.value("sYX", w == null ? "Residual standard deviation s(y/x)" : "Weighted residual standard deviation"
                + " s(y/x)w", Quantity.of(fit.residualStandardDeviation(), Units.ONE), w == null ? ""
                        : "weights " + weighting.id() + " (relative; σ_i = s(y/x)w/√w_i)");
        String lodNote = "σ = " + p.choice("lodBasis") + (w == null ? "" : ", weighting " + weighting.id());
        r.value("lod", "Limit of detection (3.3σ/slope)", Quantity.of(lod, cu), lodNote);
        r.value("loq", "Limit of quantification (10σ/slope)", Quantity.of(loq, cu), w == null ? "" : lodNote);
        r.value("standards", "Number of standards", Quantity.of(c.length, Units.ONE));
        if (c.length < 3) {
            r.warning("only " + c.length + " standards: no uncertainty, LOD or LOQ can be estimated");
        } else if (fit.rSquared() < 0.99) {
            r.warning(String.format(Locale.ROOT, "R² = %.4f < 0.99: check the standards for outliers or curvature",
                    fit.rSquared()));
        }
        CalibrationSamples.Outcome samples = CalibrationSamples.convert(fit, p, cu, lod, loq, c, a, weighting,
                product);
        samples.warnings().forEach(r::warning);
        for (int i = 0; i < samples.concentrations().size(); i++) {
            r.value("c." + (i + 1), "Sample " + (i + 1) + " concentration (undiluted)", samples.concentrations().get(i));
            if (!samples.amounts().isEmpty()) {
                r.value("amount." + (i + 1), "Sample " + (i + 1) + " amount", samples.amounts().get(i),
                        samples.feInputs().get(i));
            }
        }
        r.table(standardsTable(c, a, fit, cu));
        if (samples.table() != null) {
            r.table(samples.table());
        }
        r.curve(CalibrationSamples.curves(c, a, fit, cu, samples));
        return r.build();
    }

    /** Standards: concentrations in {@code unit} and responses. */
    private record Standards(double[] concentrations, double[] responses, Unit unit) {
    }

    /** From the parameters, else from the input table's first two columns. */
    private Standards standards(Dataset table, Parameters p) {
        String st = p.text("standards");
        String rs = p.text("responses");
        if (!st.isBlank() || !rs.isBlank()) {
            List<Quantity> conc = QuantityText.parseList(st, Units.parse("uM"));
            List<Quantity> resp = QuantityText.parseList(rs, Units.ONE);
            if (conc.size() != resp.size()) {
                throw new IllegalArgumentException(id() + ": " + conc.size() + " standard concentrations but "
                        + resp.size() + " responses");
            }
            Unit cu = conc.get(0).unit();
            if (!cu.isCompatible(Units.parse("mol/L")) && !cu.isDimensionless()) {
                throw new IllegalArgumentException(id() + ": standards are in " + cu.symbol() + ", not a concentration");
            }
            return new Standards(QuantityText.values(conc, cu), QuantityText.values(resp, Units.ONE), cu);
        }
        if (table == null || table.columns().size() < 2) {
            throw new IllegalArgumentException(id() + ": give 'standards' and 'responses', or an input table whose"
                    + " first two columns are concentration and response");
        }
        Column c = table.columns().get(0);
        Column a = table.columns().get(1);
        if (!c.unit().isCompatible(Units.parse("mol/L")) && !c.unit().isDimensionless()) {
            throw new IllegalArgumentException(id() + ": column '" + c.name() + "' of table '" + table.id() + "' is in "
                    + c.unit().symbol() + ", not a concentration");
        }
        return new Standards(c.values(), a.values(), c.unit());
    }

    private static Table standardsTable(double[] c, double[] a, LinearFitResult fit, Unit cu) {
        Table.Builder t = Table.builder("Calibration standards").column("c", cu).column("response", Units.ONE)
                .column("fitted", Units.ONE).column("residual", Units.ONE);
        for (int i = 0; i < c.length; i++) {
            t.row(c[i], a[i], fit.predict(c[i]), a[i] - fit.predict(c[i]));
        }
        return t.build();
    }
}
