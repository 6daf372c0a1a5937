package org.electrocat.eis.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.eis.fit.CircuitFit;
import org.electrocat.eis.spectrum.ImpedanceData;
import org.osgi.service.component.annotations.Component;

/**
 * {@code eis.fit}: an equivalent circuit in impedance.py notation fitted to one impedance spectrum
 * by complex nonlinear least squares (see {@link org.electrocat.eis.fit.CircuitFitter}): parameters
 * with standard errors and 95 % confidence intervals, χ², χ²/ν, relative residuals, and Nyquist and
 * Bode plots with the fit drawn through the data.
 *
 * <p>Parameters: {@code circuit} (R0-p(R1,CPE1)), {@code initial}, {@code constants},
 * {@code bounds} (impedance.py syntax as text), {@code weighting} (modulus | proportional | unit,
 * default modulus), {@code starts} (5), {@code fMin}/{@code fMax} (Hz, 0 = all),
 * {@code dropInductive} (false).
 */
@Component(service = Analysis.class, property = {"electrocat.id=eis.fit", "electrocat.technique=eis"})
public final class FitAnalysis extends EisAnalysis {

    /** Points of the drawn model curve. */
    static final int DENSE_POINTS = 200;

    @Override
    public String id() {
        return "eis.fit";
    }

    @Override
    public String label() {
        return "Equivalent-circuit fit (CNLS)";
    }

    @Override
    public String description() {
        return "Fits an equivalent circuit written as in impedance.py (R0-p(R1,CPE1)-W1; R, C, L, CPE, W, Wo, Ws, K)"
                + " to an impedance spectrum by complex nonlinear least squares (Macdonald 1982; Boukamp 1986):"
                + " stacked real and imaginary residuals weighted by |Z| (modulus), by |Z'| and |Z''| (proportional)"
                + " or not at all, Levenberg–Marquardt with bounds and constants and an analytic Jacobian. Reports"
                + " parameters with standard errors (covariance scaled by χ²/ν) and 95 % Student-t intervals, χ², the"
                + " relative residuals, and correlations above 0.98.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> p = new ArrayList<>(FitSetup.specs());
        p.addAll(List.of(F_MIN, F_MAX, DROP_INDUCTIVE));
        return p;
    }

    @Override
    public Result run(AnalysisContext context) {
        Result.Builder r = Result.builder(this, context);
        Dataset input = spectrumInputs(context, r).get(0);
        ImpedanceData data = spectra(context, List.of(input), r).get(0);
        FitSetup setup = new FitSetup(context.parameters(), id());
        context.monitor().checkCancelled();
        if (data.size() * 2 <= setup.circuit.parameterCount()) {
            throw new IllegalArgumentException(id() + ": " + data.size() + " frequencies cannot determine "
                    + setup.circuit.parameterCount() + " parameters");
        }
        CircuitFit fit = setup.fit(data, null);
        FitReport.values(fit, r);
        FitReport.warnings(fit, null).forEach(r::warning);
        r.table(FitReport.table(fit, "Parameters of " + setup.circuit.text() + " for " + data.name()));
        String base = input.id();
        r.curve(Curves.spectrum(base + ".measured", data.name(), "measured", data, input.provenance()));
        r.curve(Curves.spectrum(base + ".fit", "fit " + setup.circuit.text(), "fit",
                Curves.dense(setup.circuit, fit.parameters(), data, DENSE_POINTS, "fit"), input.provenance()));
        r.curve(Curves.residuals(base + ".residuals", "residuals of " + data.name(), data.frequency(),
                fit.relativeResidualsRe(), fit.relativeResidualsIm(), input.provenance()));
        return r.build();
    }
}
