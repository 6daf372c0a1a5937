package org.electrocat.eis.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.eis.circuit.Circuit;
import org.electrocat.eis.fit.CircuitFit;
import org.electrocat.eis.spectrum.ImpedanceData;
import org.osgi.service.component.annotations.Component;

/**
 * {@code eis.batch}: one equivalent circuit fitted to every spectrum of a series (one per potential
 * or per time), with the same options as {@code eis.fit}; each fit may also start from its
 * neighbour's parameters ({@code propagate}, on by default), which keeps a smoothly changing series
 * on one branch of solutions. Parameters and their standard errors are tabulated and plotted against
 * the DC potential, the time or the position in the series, with χ²/ν per spectrum for quality control.
 */
@Component(service = Analysis.class, property = {"electrocat.id=eis.batch", "electrocat.technique=eis"})
public final class BatchAnalysis extends EisAnalysis {

    @Override
    public String id() {
        return "eis.batch";
    }

    @Override
    public String label() {
        return "Batch equivalent-circuit fits";
    }

    @Override
    public String description() {
        return "Fits one circuit (impedance.py notation) to each spectrum of a series by CNLS as eis.fit does, optionally"
                + " starting each fit from the previous spectrum's result, and tabulates and plots the parameters with"
                + " standard errors against potential, time or index, with χ²/ν and convergence per spectrum.";
    }

    @Override
    int maxSpectra() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> p = new ArrayList<>(FitSetup.specs());
        p.add(ParameterSpec.bool("propagate", "Start from the neighbour", true,
                "Also start each fit from the previous spectrum's parameters (the lowest χ² still wins)."));
        p.addAll(List.of(SeriesAxis.AGAINST, SeriesAxis.POTENTIALS, SeriesAxis.SCALE, F_MIN, F_MAX, DROP_INDUCTIVE));
        return p;
    }

    @Override
    public Result run(AnalysisContext context) {
        Result.Builder r = Result.builder(this, context);
        List<Dataset> inputs = spectrumInputs(context, r);
        List<ImpedanceData> spectra = spectra(context, inputs, r);
        Parameters p = context.parameters();
        SeriesAxis axis = SeriesAxis.of(inputs, p);
        FitSetup setup = new FitSetup(p, id());
        Circuit c = setup.circuit;
        int np = c.parameterCount();
        int n = spectra.size();
        double[][] value = new double[np][n];
        double[][] error = new double[np][n];
        double[] reduced = new double[n];
        String xHeader = axis.name() + (axis.scale() != null ? " " + axis.scale() : "");
        Table.Builder t = Table.builder("Parameters of " + c.text() + " per spectrum").column("Spectrum", null)
                .column(xHeader, axis.unit());
        for (int j = 0; j < np; j++) {
            t.column(c.parameterNames().get(j), FitReport.unit(c, j));
        }
        t.column("χ²/ν", Units.ONE).column("Converged", null);
        double[] previous = null;
        int failed = 0;
        for (int s = 0; s < n; s++) {
            context.monitor().checkCancelled();
            ImpedanceData d = spectra.get(s);
            CircuitFit fit = setup.fit(d, p.bool("propagate") ? previous : null);
            previous = fit.parameters();
            FitReport.warnings(fit, d.name()).forEach(r::warning);
            failed += fit.converged() ? 0 : 1;
            List<Object> row = new ArrayList<>();
            row.add(d.name());
            row.add(axis.values()[s]);
            for (int j = 0; j < np; j++) {
                value[j][s] = fit.solver().parameter(j);
                error[j][s] = fit.solver().fixed()[j] ? 0 : fit.solver().standardError(j);
                row.add(Quantity.of(value[j][s], fit.solver().fixed()[j] ? Double.NaN : error[j][s], FitReport.unit(c, j)));
            }
            reduced[s] = fit.reducedChiSquare();
            row.add(reduced[s]);
            row.add(fit.converged() ? "yes" : "no");
            t.row(row.toArray());
            r.curve(Curves.spectrum(inputs.get(s).id() + ".measured", BodeAnalysis.legend(d, axis, s), "measured", d,
                    inputs.get(s).provenance()).toBuilder().meta("eis.series.index", String.valueOf(s)).build());
            r.curve(Curves.spectrum(inputs.get(s).id() + ".fit", "fit " + BodeAnalysis.legend(d, axis, s), "fit",
                    Curves.dense(c, fit.parameters(), d, FitAnalysis.DENSE_POINTS, "fit"), inputs.get(s).provenance())
                    .toBuilder().meta("eis.series.index", String.valueOf(s)).build());
        }
        r.value("spectra", "Spectra fitted", Quantity.of(n, Units.ONE), "series axis: " + axis.note());
        r.value("notConverged", "Fits without convergence", Quantity.of(failed, Units.ONE));
        double worst = 0;
        for (double v : reduced) {
            worst = Math.max(worst, v);
        }
        r.value("worstReducedChiSquare", "Largest χ²/ν", Quantity.of(worst, Units.ONE));
        r.table(t.build());
        Dataset.Builder vs = Dataset.builder(context.stepId() + ".parameters", DatasetKind.GENERIC)
                .name("parameters against " + axis.name()).meta(Curves.ROLE, "parameters").meta("eis.circuit", c.text());
        if (axis.scale() != null) {
            vs.potentialColumn(axis.name(), axis.unit(), axis.values().clone(), axis.scale());
        } else {
            vs.column(axis.name(), axis.unit(), axis.values().clone());
        }
        for (int j = 0; j < np; j++) {
            vs.column(c.parameterNames().get(j), FitReport.unit(c, j), value[j]);
            vs.column("SE " + c.parameterNames().get(j), FitReport.unit(c, j), error[j]);
        }
        vs.column("reduced chi2", Units.ONE, reduced);
        r.curve(vs.build());
        if (!axis.known()) {
            r.warning("no " + axis.name() + " known for the spectra (" + axis.note()
                    + "): give 'potentials' or choose against=index");
        }
        return r.build();
    }
}
