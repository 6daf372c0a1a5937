package org.electrocat.eis.fit;

import org.electrocat.eis.circuit.Circuit;
import org.electrocat.eis.spectrum.ImpedanceData;

/**
 * Starting values for parameters the user did not give, read off the spectrum (impedance.py leaves
 * this to the user, which is where most of its "bad fit" reports start). The scales used:
 * R_hf = Z' at the highest frequency, R_span = Z'(f_min) − R_hf (at least 10 % of the median |Z|),
 * and ω_peak = 2π f at the largest −Z''. Then, element by element in string order:
 * <ul>
 * <li>the first R gets R_hf (the series resistance), every further R an equal share of R_span;</li>
 * <li>C = 1/(ω_peak R), CPE Q = 1/(R ω_peak^α) with α = 0.9, K τ = 1/ω_peak;</li>
 * <li>L = max(Z''(f_max), 10⁻³|Z(f_max)|)/ω_max;</li>
 * <li>W: A_W such that |Z_W(ω_min)| = R_span/2; Wo/Ws: Z0 = R, τ = 1/ω_min;</li>
 * </ul>
 * where R is the share of R_span. Values are finally moved inside the bounds.
 * {@link #scaled} gives alternative starts with every time constant moved by a factor, for a
 * multi-start search.
 */
public final class InitialGuess {

    private InitialGuess() {
    }

    /**
     * A full starting vector: {@code given} where finite, the heuristics elsewhere.
     *
     * @param given one value per parameter, NaN where the user gave none
     * @param lower lower bounds
     * @param upper upper bounds
     */
    public static double[] complete(Circuit circuit, ImpedanceData data, double[] given, double[] lower,
            double[] upper) {
        ImpedanceData a = data.ascending();
        int n = a.size();
        double wMin = 2 * Math.PI * a.frequency()[0];
        double wMax = 2 * Math.PI * a.frequency()[n - 1];
        double rHigh = a.re()[n - 1];
        double[] mod = new double[n];
        int peak = 0;
        for (int i = 0; i < n; i++) {
            mod[i] = a.modulus(i);
            if (-a.im()[i] > -a.im()[peak]) {
                peak = i;
            }
        }
        double[] sorted = mod.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[n / 2];
        if (!(rHigh > 0)) {
            rHigh = 0.01 * median;
        }
        double span = Math.max(a.re()[0] - rHigh, 0.1 * median);
        double wPeak = 2 * Math.PI * a.frequency()[peak];
        int resistors = 0;
        for (Circuit.Element e : circuit.elements()) {
            resistors += e.type() == org.electrocat.eis.circuit.ElementType.R ? 1 : 0;
        }
        double share = resistors > 1 ? span / (resistors - 1) : span;
        double[] x = new double[circuit.parameterCount()];
        boolean firstR = true;
        for (Circuit.Element e : circuit.elements()) {
            int j = e.firstParameter();
            switch (e.type()) {
                case R -> {
                    x[j] = firstR ? rHigh : share;
                    firstR = false;
                }
                case C -> x[j] = 1 / (wPeak * share);
                case L -> x[j] = Math.max(a.im()[n - 1], 1e-3 * mod[n - 1]) / wMax;
                case CPE -> {
                    x[j + 1] = 0.9;
                    x[j] = 1 / (share * Math.pow(wPeak, 0.9));
                }
                case W -> x[j] = 0.5 * share * Math.sqrt(wMin / 2);
                case WO, WS -> {
                    x[j] = share;
                    x[j + 1] = 1 / wMin;
                }
                case K -> {
                    x[j] = share;
                    x[j + 1] = 1 / wPeak;
                }
                default -> throw new IllegalStateException(e.type().toString());
            }
        }
        for (int j = 0; j < x.length; j++) {
            if (Double.isFinite(given[j])) {
                x[j] = given[j];
            }
        }
        return inside(x, lower, upper);
    }

    /**
     * The start with every time-constant-like parameter the user did not give (C, CPE Q, L, W's A_W,
     * τ of Wo/Ws/K) multiplied by {@code factor} (A_W by √factor, Q so that its ω scale moves by the
     * same factor), to try other basins.
     */
    public static double[] scaled(Circuit circuit, double[] start, double[] given, double factor, double[] lower,
            double[] upper) {
        double[] x = start.clone();
        for (Circuit.Element e : circuit.elements()) {
            int j = e.firstParameter();
            switch (e.type()) {
                case C, L -> x[j] *= factor;
                case CPE -> x[j] *= Math.pow(factor, x[j + 1]);
                case W -> x[j] *= Math.sqrt(factor);
                case WO, WS, K -> x[j + 1] *= factor;
                default -> {
                }
            }
        }
        for (int j = 0; j < x.length; j++) {
            if (Double.isFinite(given[j])) {
                x[j] = given[j];
            }
        }
        return inside(x, lower, upper);
    }

    private static double[] inside(double[] x, double[] lower, double[] upper) {
        for (int j = 0; j < x.length; j++) {
            if (x[j] < lower[j]) {
                x[j] = lower[j];
            }
            if (x[j] > upper[j]) {
                x[j] = upper[j];
            }
            if (!Double.isFinite(x[j])) {
                x[j] = Double.isFinite(lower[j]) ? lower[j] : Double.isFinite(upper[j]) ? upper[j] : 1;
            }
        }
        return x;
    }
}
