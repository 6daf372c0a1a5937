package org.electrocat.eis.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.eis.circuit.Circuit;
import org.electrocat.eis.fit.CircuitFit;
import org.electrocat.eis.fit.CircuitFitter;
import org.electrocat.eis.fit.InitialGuess;
import org.electrocat.eis.fit.ParameterText;
import org.electrocat.eis.fit.Weighting;
import org.electrocat.eis.spectrum.ImpedanceData;

/**
 * The fit options shared by {@code eis.fit} and {@code eis.batch} (named as in impedance.py:
 * circuit, initial guess, constants, bounds, weighting) turned into a {@link CircuitFitter}, plus a
 * small multi-start search: parameters the user did not give start from {@link InitialGuess} and
 * from copies with every time constant moved by 10^±1, 10^±2 ..., and the start with the lowest χ²
 * wins. impedance.py offers basin-hopping for this; a handful of deterministic starts is enough for
 * the usual one- and two-arc circuits and keeps results reproducible.
 */
final class FitSetup {

    static final ParameterSpec CIRCUIT = ParameterSpec.text("circuit", "Equivalent circuit", "R0-p(R1,CPE1)",
            "Circuit in impedance.py notation: elements R, C, L, CPE, W, Wo, Ws, K with a number suffix, '-' in"
                    + " series, p(A,B) in parallel, e.g. R0-p(R1,CPE1)-W1.");
    static final ParameterSpec INITIAL = ParameterSpec.text("initial", "Initial guesses", "",
            "Starting values, e.g. 'R0=10, R1=100, CPE1_0=1e-5, CPE1_1=0.9' (units allowed: 'R1=2 kOhm'), or a"
                    + " list in parameter order '[10, 100, 1e-5, 0.9]'; parameters left out are guessed from the data.");
    static final ParameterSpec CONSTANTS = ParameterSpec.text("constants", "Constants", "",
            "Parameters held fixed, e.g. 'R0=10' (impedance.py constants).");
    static final ParameterSpec BOUNDS = ParameterSpec.text("bounds", "Bounds", "",
            "Ranges, e.g. 'R0=0..100, CPE1_1=0.5..1' (a side may be empty); default every parameter ≥ 0 and"
                    + " CPE alpha ≤ 1, as impedance.py.");
    static final ParameterSpec WEIGHTING = ParameterSpec.choice("weighting", "Weighting", "modulus",
            List.of("modulus", "proportional", "unit"),
            "σ of the residuals: |Z| (modulus, impedance.py weight_by_modulus), |Z'| and |Z''| (proportional), or 1.");
    static final ParameterSpec STARTS = ParameterSpec.integer("starts", "Starting points", 5,
            "Number of starts for guessed parameters (time constants scaled by 1, 0.1, 10, 0.01, 100, ...);"
                    + " the fit with the lowest chi-square is kept.").range(1, 15);

    /** The parameter declarations, in order. */
    static List<ParameterSpec> specs() {
        return List.of(CIRCUIT, INITIAL, CONSTANTS, BOUNDS, WEIGHTING, STARTS);
    }

    final Circuit circuit;
    final CircuitFitter fitter;
    final double[] given;
    final int starts;

    FitSetup(Parameters p, String analysisId) {
        try {
            circuit = Circuit.parse(p.text("circuit"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(analysisId + ": parameter 'circuit': " + e.getMessage(), e);
        }
        try {
            double[] initial = ParameterText.values(circuit, "initial", p.text("initial"));
            double[] constants = ParameterText.values(circuit, "constants", p.text("constants"));
            double[][] bounds = ParameterText.ranges(circuit, "bounds", p.text("bounds"));
            boolean[] fixed = new boolean[circuit.parameterCount()];
            given = initial.clone();
            for (int j = 0; j < fixed.length; j++) {
                if (!Double.isNaN(constants[j])) {
                    fixed[j] = true;
                    given[j] = constants[j];
                }
            }
            fitter = CircuitFitter.builder(circuit).weighting(Weighting.parse(p.choice("weighting")))
                    .bounds(bounds[0], bounds[1]).fixed(fixed).build();
            double[] lo = fitter.lower();
            double[] hi = fitter.upper();
            for (int j = 0; j < fixed.length; j++) {
                if (!fixed[j] && !Double.isNaN(given[j]) && (given[j] < lo[j] || given[j] > hi[j])) {
                    throw new IllegalArgumentException("initial value of " + circuit.parameterNames().get(j) + " = "
                            + given[j] + " is outside its bounds [" + lo[j] + ", " + hi[j] + "]");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(analysisId + ": " + e.getMessage(), e);
        }
        starts = p.integer("starts");
    }

    /** True when every parameter was given (no search needed). */
    boolean allGiven() {
        for (double v : given) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fits one spectrum from the guessed starts (and {@code previous}, when not null, e.g. the
     * neighbour in a batch), keeping the lowest χ².
     */
    CircuitFit fit(ImpedanceData data, double[] previous) {
        List<double[]> candidates = new ArrayList<>();
        if (previous != null) {
            double[] prev = previous.clone();
            for (int j = 0; j < prev.length; j++) {
                if (!Double.isNaN(given[j])) {
                    prev[j] = given[j];
                }
            }
            candidates.add(prev);
        }
        double[] base = InitialGuess.complete(circuit, data, given, fitter.lower(), fitter.upper());
        candidates.add(base);
        if (!allGiven()) {
            for (int k = 1; candidates.size() < starts + (previous != null ? 1 : 0); k++) {
                double factor = Math.pow(10, (k + 1) / 2 * (k % 2 == 1 ? -1 : 1));
                candidates.add(InitialGuess.scaled(circuit, base, given, factor, fitter.lower(), fitter.upper()));
            }
        }
        CircuitFit best = null;
        IllegalArgumentException firstError = null;
        for (double[] start : candidates) {
            try {
                CircuitFit f = fitter.fit(data, start);
                if (best == null || better(f, best)) {
                    best = f;
                }
            } catch (IllegalArgumentException e) {
                if (firstError == null) {
                    firstError = e;
                }
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no start gave a finite impedance for '" + data.name() + "': "
                    + firstError.getMessage(), firstError);
        }
        return best;
    }

    private static boolean better(CircuitFit a, CircuitFit b) {
        if (a.converged() != b.converged()) {
            return a.converged();
        }
        return a.chiSquare() < b.chiSquare();
    }
}
