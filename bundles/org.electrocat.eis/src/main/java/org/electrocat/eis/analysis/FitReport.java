package org.electrocat.eis.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.eis.circuit.Circuit;
import org.electrocat.eis.fit.CircuitFit;
import org.electrocat.math.fit.FitResult;

/**
 * Turns a {@link CircuitFit} into result values, a parameter table and warnings (parameters on a
 * bound, strongly correlated pairs, no convergence), the same way for single and batch fits.
 */
final class FitReport {

    /** Correlation above which a pair of parameters is reported as poorly separable. */
    static final double STRONG_CORRELATION = 0.98;

    private FitReport() {
    }

    /**
     * The unit of parameter j for {@link Quantity}: Ω, F, s and H with their dimension; the CPE's
     * Ω⁻¹ s^α and the Warburg's Ω s^−½ have no integer dimension, so they are carried as labels on a
     * dimensionless unit (display only, never converted).
     */
    static Unit unit(Circuit c, int j) {
        return switch (c.unit(j)) {
            case "Ohm" -> Units.OHM;
            case "F" -> Units.FARAD;
            case "s" -> Units.SECOND;
            case "H" -> Units.parse("Ohm s").withSymbol("H");
            case "1" -> Units.ONE;
            default -> Units.ONE.withSymbol(c.unit(j));
        };
    }

    /** Parameter values with standard errors, then χ², χ²/ν and the relative RMS residual. */
    static void values(CircuitFit fit, Result.Builder r) {
        Circuit c = fit.circuit();
        FitResult s = fit.solver();
        for (int j = 0; j < c.parameterCount(); j++) {
            String name = c.parameterNames().get(j);
            String note = s.fixed()[j] ? "fixed (constant)"
                    : String.format(Locale.ROOT, "95 %% CI [%.5g, %.5g]%s", s.confidenceLower()[j],
                            s.confidenceUpper()[j], s.atBound()[j] ? "; on a bound" : "");
            r.value(name, label(c, j), Quantity.of(s.parameter(j), s.fixed()[j] ? Double.NaN : s.standardError(j),
                    unit(c, j)), note);
        }
        r.value("chiSquare", "χ² (weighted, " + fit.weighting().id() + ")", Quantity.of(fit.chiSquare(), Units.ONE),
                "Σ of squared residuals divided by σ; " + s.degreesOfFreedom() + " degrees of freedom");
        r.value("reducedChiSquare", "χ²/ν", Quantity.of(fit.reducedChiSquare(), Units.ONE));
        r.value("relativeRms", "RMS of (Z − Z_fit)/|Z|", Quantity.of(100 * fit.relativeRms(), Units.PERCENT));
        r.value("points", "Frequencies fitted", Quantity.of(fit.data().size(), Units.ONE));
    }

    /** Human label, e.g. {@code CPE1 Q} or {@code R1}. */
    static String label(Circuit c, int j) {
        Circuit.Element e = c.elementOf(j);
        String role = e.type().role(j - e.firstParameter());
        return role.isEmpty() ? e.name() : e.name() + " " + role;
    }

    /** Parameter table: name, value, SE, relative SE, CI, unit, status. */
    static Table table(CircuitFit fit, String title) {
        Circuit c = fit.circuit();
        FitResult s = fit.solver();
        Table.Builder t = Table.builder(title).column("Parameter", null).column("Element", null)
                .column("Value", null).column("SE", null).column("SE", Units.PERCENT).column("CI 95 % low", null)
                .column("CI 95 % high", null).column("Unit", null).column("Status", null);
        for (int j = 0; j < c.parameterCount(); j++) {
            double v = s.parameter(j);
            double se = s.standardError(j);
            String status = s.fixed()[j] ? "fixed" : s.atBound()[j] ? "on bound" : "free";
            t.row(c.parameterNames().get(j), label(c, j), v, s.fixed()[j] ? "" : se,
                    s.fixed()[j] || v == 0 ? "" : 100 * se / Math.abs(v), s.confidenceLower()[j], s.confidenceUpper()[j],
                    c.unit(j), status);
        }
        return t.build();
    }

    /** Warnings a reader must see: no convergence, parameters on bounds, strong correlations, rank. */
    static List<String> warnings(CircuitFit fit, String spectrum) {
        List<String> w = new ArrayList<>();
        Circuit c = fit.circuit();
        FitResult s = fit.solver();
        String where = spectrum == null ? "" : spectrum + ": ";
        if (!fit.converged()) {
            w.add(where + "the fit did not converge (" + s.message() + "); values are the last iterate");
        }
        for (int j = 0; j < c.parameterCount(); j++) {
            if (s.atBound()[j]) {
                w.add(where + c.parameterNames().get(j) + " ended on a bound (" + s.parameter(j)
                        + "); its uncertainty is only indicative");
            }
        }
        double[][] corr = s.correlation();
        for (int a = 0; a < corr.length; a++) {
            for (int b = a + 1; b < corr.length; b++) {
                if (Math.abs(corr[a][b]) > STRONG_CORRELATION) {
                    w.add(String.format(Locale.ROOT, "%s%s and %s are correlated (r = %.3f): the data hardly separate"
                            + " them", where, c.parameterNames().get(a), c.parameterNames().get(b), corr[a][b]));
                }
            }
        }
        if (s.rank() < countFree(s)) {
            w.add(where + "the Jacobian has rank " + s.rank() + " for " + countFree(s)
                    + " free parameters: some parameters are not identifiable from these data");
        }
        return w;
    }

    private static int countFree(FitResult s) {
        int k = 0;
        for (boolean f : s.fixed()) {
            k += f ? 0 : 1;
        }
        return k;
    }
}
