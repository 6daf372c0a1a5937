package org.electrocat.mechanism.kinetics;

import java.util.List;
import java.util.Locale;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.math.fit.FitResult;
import org.electrocat.mechanism.MechanismAnalysis;
import org.osgi.service.component.annotations.Component;

/**
 * {@code mechanism.kinetics}: the cascade NO3⁻ → NO2⁻ → NH2OH → (NH3 | + cyclohexanone → oxime) with
 * competing HER ({@link CascadeModel}), potential-dependent rate constants (Tafel or Butler–Volmer,
 * {@link RateLaw}), integrated over the electrolysis time ({@link CascadeSimulator}: Dormand–Prince
 * 8(5,3) or the stiff {@link Rosenbrock23}) to predict the Faradaic efficiency of every product and the
 * cyclohexanone conversion against potential and time. With a measured table (FE per product against
 * potential, optionally conversion; {@link MeasuredSelectivity}) or the curves of an earlier
 * {@code echem.fe-map} step ({@link MeasuredFeMap}, one catalyst) as input it fits the rate parameters
 * by weighted Levenberg–Marquardt ({@link KineticFit}) and reports them with standard errors,
 * correlations and the measured-vs-model comparison. Parameters: {@link KineticsSettings}.
 */
@Component(service = Analysis.class, property = {"electrocat.id=mechanism.kinetics", "electrocat.technique=mechanism"})
public final class KineticsAnalysis extends MechanismAnalysis {

    /** Analysis id. */
    public static final String ID = "mechanism.kinetics";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Kinetic cascade model (nitrate to oxime, HER)";
    }

    @Override
    public String description() {
        return "Batch model NO3- -> NO2- -> NH2OH -> NH3, NH2OH + cyclohexanone -> oxime (solution), HER; Tafel or"
                + " Butler-Volmer rate constants; ODEs integrated with Dormand-Prince 8(5,3) or a Rosenbrock 2(3)"
                + " stiff method (Shampine & Reichelt 1997); FE per product and CHO conversion vs potential and time;"
                + " rate parameters fitted to measured FE by weighted Levenberg-Marquardt with standard errors.";
    }

    @Override
    public List<String> inputKinds() {
        return List.of(DatasetKind.TABLE, DatasetKind.GENERIC);
    }

    @Override
    public int minInputs() {
        return 0;
    }

    /** One measured table, or the per-product curves of an {@code echem.fe-map} step. */
    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return KineticsSettings.SPECS;
    }

    @Override
    public Result run(AnalysisContext context) {
        KineticsSettings s = KineticsSettings.read(context.parameters());
        Result.Builder r = Result.builder(this, context);
        RateParameters params = s.initial();
        MeasuredSelectivity measured = null;
        FitResult fit = null;
        boolean[] free = null;
        if (!context.inputs().isEmpty()) {
            measured = MeasuredFeMap.applies(context.inputs())
                    ? MeasuredFeMap.of(context.inputs(), s.catalyst(), s.scale(), s.pH(), s.cell().temperature())
                    : MeasuredSelectivity.of(context.single(), s.scale(), s.pH(), s.cell().temperature());
            measured.notes().forEach(r::warning);
            free = s.freeParameters(measured);
            if (free != null) {
                context.monitor().subTask("fitting rate parameters");
                fit = new KineticFit(measured, s.cell(), s.time(), s.simulator(), context.monitor())
                        .fit(s.initial(), free, s.absoluteSigma());
                params = new RateParameters(fit.parameters());
                fitWarnings(fit, free, r);
            }
        } else {
            r.warning("no measured data: the model runs with the given rate parameters; the defaults are"
                    + " illustrative, not fitted to the paper's data");
        }
        KineticsOutputs out = new KineticsOutputs(s, params, context.monitor());
        out.predict();
        out.addModel(r);
        if (measured != null) {
            out.addComparison(r, measured, new KineticFit(measured, s.cell(), s.time(), s.simulator(),
                    context.monitor()));
        }
        out.addParameters(r, fit, free);
        out.addTimeCourse(r);
        return r.build();
    }

    private static void fitWarnings(FitResult fit, boolean[] free, Result.Builder r) {
        if (!fit.converged()) {
            r.warning("the fit did not converge: " + fit.message());
        }
        for (int i = 0; i < free.length; i++) {
            if (free[i] && fit.atBound()[i]) {
                r.warning("fitted " + RateParameters.NAMES.get(i) + " ended on its bound; its error is only indicative");
            }
        }
        double[][] c = fit.correlation();
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < free.length; i++) {
            for (int j = i + 1; j < free.length; j++) {
                if (free[i] && free[j] && Math.abs(c[i][j]) > 0.95) {
                    pairs.append(pairs.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s–%s (%.3f)",
                            RateParameters.NAMES.get(i), RateParameters.NAMES.get(j), c[i][j]));
                }
            }
        }
        if (pairs.length() > 0) {
            r.warning("strongly correlated fitted parameters (|r| > 0.95): " + pairs + ". The data determine"
                    + " combinations of them better than each: FE alone fix ratios of rates (add conversion data or"
                    + " fix parameters), and k and α decorrelate when 'referencePotential' lies mid-way in the"
                    + " measured potentials");
        }
        if (fit.rank() < countTrue(free)) {
            r.warning("the fit's Jacobian has rank " + fit.rank() + " for " + countTrue(free)
                    + " free parameters: some are not determined by the data; fix them (parameter 'fit')");
        }
        r.value("fit.chi2", "χ² of the fit", Quantity.of(fit.chiSquare(), Units.ONE), "Σ w (model − measured)², in"
                + " (percentage points)² × weight");
        r.value("fit.reducedChi2", "Reduced χ²", Quantity.of(fit.reducedChiSquare(), Units.ONE),
                "ν = " + fit.degreesOfFreedom());
    }

    private static int countTrue(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }
}
