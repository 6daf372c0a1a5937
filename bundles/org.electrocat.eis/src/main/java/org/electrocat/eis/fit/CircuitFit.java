package org.electrocat.eis.fit;

import java.util.Locale;
import org.electrocat.eis.circuit.Circuit;
import org.electrocat.eis.spectrum.ImpedanceData;
import org.electrocat.eis.spectrum.RelativeResiduals;
import org.electrocat.math.fit.FitResult;

/**
 * The outcome of a {@link CircuitFitter} run: the parameters with standard errors, 95 %
 * confidence intervals and correlations (from the solver's {@link FitResult}), χ² of the weighted
 * residuals, and the fitted impedance at the measured frequencies.
 *
 * <p>χ² = Σ [(Z'_fit − Z')²/σ'² + (Z''_fit − Z'')²/σ''²]; with modulus weighting it is
 * dimensionless and χ²/ν is the squared relative misfit per residual (Boukamp's χ²_ν). Relative
 * residuals are (Z − Z_fit)/|Z| of the measured Z, as Lin-KK plots show them.
 */
public final class CircuitFit {

    private final Circuit circuit;
    private final ImpedanceData data;
    private final Weighting weighting;
    private final FitResult result;
    private final double[] fitRe;
    private final double[] fitIm;

    CircuitFit(Circuit circuit, ImpedanceData data, Weighting weighting, FitResult result, double[] fitRe,
            double[] fitIm) {
        this.circuit = circuit;
        this.data = data;
        this.weighting = weighting;
        this.result = result;
        this.fitRe = fitRe;
        this.fitIm = fitIm;
    }

    public Circuit circuit() {
        return circuit;
    }

    /** The fitted spectrum. */
    public ImpedanceData data() {
        return data;
    }

    public Weighting weighting() {
        return weighting;
    }

    /** The solver's result (parameters, errors, intervals, covariance, convergence). */
    public FitResult solver() {
        return result;
    }

    /** Best-fit parameters in circuit order. */
    public double[] parameters() {
        return result.parameters();
    }

    /** Parameter by name. */
    public double parameter(String name) {
        return result.parameter(index(name));
    }

    /** Standard error by name (0 for fixed parameters). */
    public double standardError(String name) {
        return result.standardError(index(name));
    }

    private int index(String name) {
        int j = circuit.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("circuit " + circuit.text() + " has no parameter '" + name + "' ("
                    + circuit.parameterNames() + ")");
        }
        return j;
    }

    /** χ² of the weighted residuals. */
    public double chiSquare() {
        return result.chiSquare();
    }

    /** χ²/ν. */
    public double reducedChiSquare() {
        return result.reducedChiSquare();
    }

    /** True when the solver met a convergence test. */
    public boolean converged() {
        return result.converged();
    }

    /** Re Z of the fit at the measured frequencies, Ω (a copy). */
    public double[] fitRe() {
        return fitRe.clone();
    }

    /** Im Z of the fit at the measured frequencies, Ω (a copy). */
    public double[] fitIm() {
        return fitIm.clone();
    }

    /** (Z' − Z'_fit)/|Z| at each frequency. */
    public double[] relativeResidualsRe() {
        return RelativeResiduals.real(data, fitRe);
    }

    /** (Z'' − Z''_fit)/|Z| at each frequency. */
    public double[] relativeResidualsIm() {
        return RelativeResiduals.imag(data, fitIm);
    }

    /** Root-mean-square of the relative residuals over both parts. */
    public double relativeRms() {
        return RelativeResiduals.rms(relativeResidualsRe(), relativeResidualsIm());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s fit (%s weighting):%n%s", circuit.text(), weighting.id(), result);
    }
}
